package dev.aiwire.quote;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The quoted people of the whole site, most quoted first, and what each of them said,
 * each quotation once and in the reader's language when it was translated into it.
 */
@Controller
class QuotesController {

	private final SiteQuotes quotes;

	QuotesController(SiteQuotes quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/quotes")
	String list(Locale locale, Model model) {
		model.addAttribute("speakers", this.quotes.speakers(locale.getLanguage()));
		return "quote/speakers";
	}

	@GetMapping("/quotes/{speaker}")
	String show(@PathVariable String speaker, Locale locale, Model model) {
		model.addAttribute("speakerQuotes", this.quotes.quotesOf(speaker, locale.getLanguage()));
		return "quote/speaker";
	}

}
