package dev.aiwire.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the uploads allow before anything reads it, with the
 * 413 error page. Runs ahead of the CSRF check, which would otherwise read a truncated
 * form and answer 403.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(UploadSizeFilter.class);

	private final long maxBytes;

	UploadSizeFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			logger.info("Refused a {} byte request to {} (at most {} bytes)", length, request.getRequestURI(),
					this.maxBytes);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
