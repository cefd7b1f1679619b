package dev.aiwire.article;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reader pages of articles and tags. */
@Controller
class ArticleController {

	private final ArticleService articles;

	ArticleController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("article", this.articles.show(slug));
		return "article/show";
	}

	@GetMapping("/tags")
	String listTags(Model model) {
		model.addAttribute("tags", this.articles.tags());
		return "article/tags";
	}

	@GetMapping("/tags/{slug}")
	String showTag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("tag", this.articles.tag(slug));
		model.addAttribute("page", this.articles.taggedWith(slug, Math.max(1, page)));
		return "article/tag";
	}

}
