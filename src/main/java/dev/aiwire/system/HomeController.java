package dev.aiwire.system;

import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ContentLanguages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: the latest published articles, newest first, in one language with
 * {@code ?language=}.
 */
@Controller
class HomeController {

	private final ArticleService articles;

	HomeController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String show(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String language,
			Model model) {
		String content = ContentLanguages.of(language);
		model.addAttribute("language", content);
		model.addAttribute("page", this.articles.latest(content, Math.max(1, page)));
		return "system/home";
	}

}
