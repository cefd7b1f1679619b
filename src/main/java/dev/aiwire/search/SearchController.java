package dev.aiwire.search;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
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
			@RequestParam(required = false) String year, @RequestParam(defaultValue = "1") String page, Model model,
			HttpServletResponse response) {
		SearchQuery query = SearchRequests.query(text, language, tag, year, page);
		if (this.search.mayLagBehindWrites()) {
			// another instance's write is not in the index yet: answer, but let no cache
			// keep it
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		model.addAttribute("query", query.text());
		model.addAttribute("results", this.search.search(query));
		return "search/results";
	}

}
