package dev.aiwire.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.aiwire.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The one place that turns "not found" into a 404: every {@link NotFoundException} of any
 * module, and an address no controller answers. Under {@code /api/} the answer is JSON
 * ({@code {"status": 404, "error": "Not Found", "message": ...}}), elsewhere the 404
 * page; the message is in the interface's language. Anything unexpected falls to the 500
 * page, which shows no detail.
 */
@ControllerAdvice
class ErrorPages {

	private static final String API = "/api/";

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, NoHandlerFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound(Exception ex, HttpServletRequest request, Locale locale) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + API)) {
			return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		}
		MessageSourceResolvable what = (ex instanceof NotFoundException notFound) ? notFound
				: new DefaultMessageSourceResolvable(new String[] { "not-found.address" },
						new Object[] { request.getRequestURI() });
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", HttpStatus.NOT_FOUND.value());
		body.put("error", HttpStatus.NOT_FOUND.getReasonPhrase());
		body.put("message", this.messages.getMessage(what, locale));
		ModelAndView json = new ModelAndView(new JacksonJsonView(), body);
		json.setStatus(HttpStatus.NOT_FOUND);
		return json;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest() {
		return "error/400";
	}

}
