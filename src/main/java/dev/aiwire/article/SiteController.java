package dev.aiwire.article;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The pages that look across all articles: the site timeline and the quotations by speaker. */
@Controller
class SiteController {

	private static final Set<String> LANGUAGES = Set.of("fr", "en");

	private final SiteTimeline timeline;

	private final SiteQuotes quotes;

	private final ArticleService articles;

	SiteController(SiteTimeline timeline, SiteQuotes quotes, ArticleService articles) {
		this.timeline = timeline;
		this.quotes = quotes;
		this.articles = articles;
	}

	@GetMapping("/timeline")
	String timeline(@RequestParam(required = false) Integer year, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "desc") String order,
			@RequestParam(defaultValue = "1") int page, Model model) {
		SiteTimeline.TimelineQuery query = query(year, tag, language, order, page);
		model.addAttribute("query", query);
		model.addAttribute("timeline", this.timeline.page(query));
		model.addAttribute("tags", this.articles.tags());
		return "article/timeline";
	}

	@GetMapping(path = "/api/timeline", produces = "application/json")
	@ResponseBody
	SiteTimeline.TimelinePage timelineJson(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String language,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "1") int page) {
		return this.timeline.page(query(year, tag, language, order, page));
	}

	@GetMapping("/quotes")
	String quotes(Model model) {
		model.addAttribute("speakers", this.quotes.speakers());
		return "article/quotes";
	}

	@GetMapping("/quotes/{speaker}")
	String speaker(@PathVariable String speaker, Model model) {
		model.addAttribute("speakerQuotes", this.quotes.quotesOf(speaker));
		return "article/speaker";
	}

	private static SiteTimeline.TimelineQuery query(Integer year, String tag, String language, String order,
			int page) {
		Integer validYear = (year != null && year >= 1900 && year <= 2100) ? year : null;
		String validTag = (tag != null && !tag.isBlank()) ? tag : null;
		String validLanguage = (language != null && LANGUAGES.contains(language)) ? language : null;
		return new SiteTimeline.TimelineQuery(validYear, validTag, validLanguage, "asc".equals(order),
				Math.max(1, page));
	}

}
