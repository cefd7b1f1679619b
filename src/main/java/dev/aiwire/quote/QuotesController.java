package dev.aiwire.quote;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The quoted people of the whole site, most quoted first, and what each of them said. */
@Controller
class QuotesController {

	private final SiteQuotes quotes;

	QuotesController(SiteQuotes quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/quotes")
	String list(Model model) {
		model.addAttribute("speakers", this.quotes.speakers());
		return "quote/speakers";
	}

	@GetMapping("/quotes/{speaker}")
	String show(@PathVariable String speaker, Model model) {
		model.addAttribute("speakerQuotes", this.quotes.quotesOf(speaker));
		return "quote/speaker";
	}

}
