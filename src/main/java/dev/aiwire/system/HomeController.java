package dev.aiwire.system;

import dev.aiwire.article.ArticleService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the latest published articles, newest first. */
@Controller
class HomeController {

	private final ArticleService articles;

	HomeController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String show(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.articles.latest(Math.max(1, page)));
		return "system/home";
	}

}
