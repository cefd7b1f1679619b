package dev.aiwire.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: {@code /search?q=...&language=fr&tag=baidu&year=2024&page=2}. */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String language, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String year, @RequestParam(defaultValue = "1") String page, Model model) {
		SearchQuery query = SearchRequests.query(text, language, tag, year, page);
		model.addAttribute("query", query.text());
		model.addAttribute("results", this.search.search(query));
		return "search/results";
	}

}
