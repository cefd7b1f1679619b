package dev.aiwire.article.web;

import java.time.Duration;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ContentLanguages;
import dev.aiwire.article.ReaderArticle;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reader pages of articles and tags. */
@Controller
class ArticleController {

	/** How many related articles an article page shows. */
	static final int RELATED = 4;

	private final ArticleService articles;

	private final ArticleCatalog catalog;

	private final ArticleHead head;

	private final SocialCards cards;

	ArticleController(ArticleService articles, ArticleCatalog catalog, ArticleHead head, SocialCards cards) {
		this.articles = articles;
		this.catalog = catalog;
		this.head = head;
		this.cards = cards;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		ReaderArticle article = this.articles.show(slug);
		model.addAttribute("article", article);
		model.addAttribute("jsonLd", this.head.jsonLd(article));
		model.addAttribute("related", this.catalog.related(article.id(), RELATED));
		return "article/show";
	}

	/**
	 * The picture of the article's link on social networks: its title and outlet on a
	 * card.
	 */
	@GetMapping(path = "/articles/{slug}/card.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> card(@PathVariable String slug) {
		ReaderArticle article = this.articles.show(slug);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(this.cards.card(article));
	}

	@GetMapping("/tags")
	String listTags(Model model) {
		model.addAttribute("tags", this.articles.tags());
		return "article/tags";
	}

	@GetMapping("/tags/{slug}")
	String showTag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String language, Model model) {
		String content = ContentLanguages.of(language);
		model.addAttribute("tag", this.articles.tag(slug));
		model.addAttribute("language", content);
		model.addAttribute("page", this.articles.taggedWith(slug, content, Math.max(1, page)));
		return "article/tag";
	}

}
