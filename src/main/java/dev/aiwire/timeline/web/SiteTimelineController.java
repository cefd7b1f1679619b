package dev.aiwire.timeline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.aiwire.language.Languages;
import dev.aiwire.timeline.web.SiteTimeline.TimelineTag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The site timeline: the dated events of all articles, as a page and as JSON. */
@Controller
public class SiteTimelineController {

	/** Tags offered by the filter of the site timeline. */
	static final int FILTER_TAGS = 40;

	private final SiteTimeline timeline;

	SiteTimelineController(SiteTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/timeline")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "desc") String order,
			@RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
		SiteTimeline.TimelineQuery query = query(year, tag, language, order, page, locale);
		model.addAttribute("query", query);
		model.addAttribute("timeline", this.timeline.page(query));
		model.addAttribute("tags", offeredTags(this.timeline.tags(), query.tag()));
		return "timeline/site";
	}

	@GetMapping(path = "/api/timeline", produces = "application/json")
	@ResponseBody
	SiteTimeline.TimelinePage showJson(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String language,
			@RequestParam(defaultValue = "desc") String order, @RequestParam(defaultValue = "1") int page,
			Locale locale) {
		return this.timeline.page(query(year, tag, language, order, page, locale));
	}

	/**
	 * The tags the filter offers: the most used ones, and the one chosen. A large site
	 * has hundreds of tags; a list of all of them in a select is no use to anyone, on a
	 * phone least.
	 */
	static List<TimelineTag> offeredTags(List<TimelineTag> mostUsedFirst, String chosen) {
		List<TimelineTag> offered = new ArrayList<>(
				mostUsedFirst.subList(0, Math.min(FILTER_TAGS, mostUsedFirst.size())));
		if (chosen != null && offered.stream().noneMatch((tag) -> tag.slug().equals(chosen))) {
			mostUsedFirst.stream().filter((tag) -> tag.slug().equals(chosen)).findFirst().ifPresent(offered::add);
		}
		offered.sort(Comparator.comparing(TimelineTag::name, String.CASE_INSENSITIVE_ORDER));
		return offered;
	}

	private static SiteTimeline.TimelineQuery query(Integer year, String tag, String language, String order, int page,
			Locale reader) {
		Integer validYear = (year != null && year >= 1900 && year <= 2100) ? year : null;
		String validTag = (tag != null && !tag.isBlank()) ? tag : null;
		String validLanguage = (language != null && Languages.codes().contains(language)) ? language : null;
		return new SiteTimeline.TimelineQuery(validYear, validTag, validLanguage, "asc".equals(order),
				Math.max(1, page), reader.getLanguage());
	}

}
