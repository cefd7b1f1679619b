package dev.aiwire.article.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import dev.aiwire.article.ArticleMovedException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriUtils;

/**
 * An old slug of a renamed article, in a page or JSON address, redirects for good (301)
 * to the same address with the new slug. Ordered first: the site's one not-found handler
 * would take it otherwise, as the {@link dev.aiwire.NotFoundException} it is.
 */
@ControllerAdvice(assignableTypes = { ArticleController.class, ArticleApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class MovedArticles {

	@ExceptionHandler(ArticleMovedException.class)
	ResponseEntity<Void> moved(ArticleMovedException ex, HttpServletRequest request) {
		return redirect(ex, request);
	}

	/**
	 * The same address as the request's, with the article's new slug as its last segment.
	 */
	private static ResponseEntity<Void> redirect(ArticleMovedException ex, HttpServletRequest request) {
		String path = request.getRequestURI();
		String base = path.substring(0, path.lastIndexOf('/') + 1);
		String target = base + UriUtils.encodePathSegment(ex.newSlug(), java.nio.charset.StandardCharsets.UTF_8);
		if (request.getQueryString() != null) {
			target += "?" + request.getQueryString();
		}
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(target)).build();
	}

}
