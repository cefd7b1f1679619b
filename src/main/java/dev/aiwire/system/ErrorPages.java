package dev.aiwire.system;

import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.TagNotFoundException;
import dev.aiwire.quote.SpeakerNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * One place that turns "not found" into a real 404 page. Pages of the JSON API answer with JSON
 * through their own advice; anything unexpected falls to the 500 page, which shows no detail.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

	@ExceptionHandler({ ArticleNotFoundException.class, TagNotFoundException.class, SpeakerNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest() {
		return "error/400";
	}

}
