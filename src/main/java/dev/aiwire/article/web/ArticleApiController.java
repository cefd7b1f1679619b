package dev.aiwire.article.web;

import dev.aiwire.article.ArticleService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of articles. Unknown articles get the site's JSON 404; renamed ones a 301.
 */
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

}
