package dev.aiwire.article.web;

import java.util.Map;

import dev.aiwire.article.ArticleMovedException;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.ArticleService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of articles. */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

	private final ArticleService articles;

	ArticleApiController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping
	ApiArticle.Page list(@RequestParam(defaultValue = "1") int page) {
		return ApiArticle.Page.of(this.articles.latest(Math.max(1, page)));
	}

	@GetMapping("/{slug}")
	ApiArticle show(@PathVariable String slug) {
		return ApiArticle.of(this.articles.show(slug));
	}

	@ExceptionHandler(ArticleMovedException.class)
	ResponseEntity<Void> moved(ArticleMovedException ex, jakarta.servlet.http.HttpServletRequest request) {
		return MovedArticles.redirect(ex, request);
	}

	@ExceptionHandler(ArticleNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(ArticleNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Map.of("status", 404, "error", "Not Found", "message", ex.getMessage()));
	}

}
