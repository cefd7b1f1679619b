package dev.aiwire.article.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.aiwire.article.ArticleService;
import dev.aiwire.article.TagCount;

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

	/** Tags offered by the filter of the site timeline. */
	static final int FILTER_TAGS = 40;

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
		model.addAttribute("tags", offeredTags(this.articles.tags(), query.tag()));
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

	/**
	 * The tags the filter offers: the most used ones, and the one chosen. A large site has
	 * hundreds of tags; a list of all of them in a select is no use to anyone, on a phone least.
	 */
	static List<TagCount> offeredTags(List<TagCount> mostUsedFirst, String chosen) {
		List<TagCount> offered = new ArrayList<>(mostUsedFirst.subList(0, Math.min(FILTER_TAGS, mostUsedFirst.size())));
		if (chosen != null && offered.stream().noneMatch((tag) -> tag.slug().equals(chosen))) {
			mostUsedFirst.stream().filter((tag) -> tag.slug().equals(chosen)).findFirst().ifPresent(offered::add);
		}
		offered.sort(Comparator.comparing(TagCount::name, String.CASE_INSENSITIVE_ORDER));
		return offered;
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
