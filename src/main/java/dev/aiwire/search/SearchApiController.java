package dev.aiwire.search;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.TagRef;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=...}: the search page's results as JSON. */
@RestController
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	Results search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String language, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String year, @RequestParam(defaultValue = "1") String page,
			HttpServletResponse response) {
		if (this.search.mayLagBehindWrites()) {
			// another instance's write is not in the index yet: answer, but let no cache
			// keep it
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		return Results.of(this.search.search(SearchRequests.query(text, language, tag, year, page)));
	}

	/**
	 * One page of results; {@code snippet} is HTML with the text escaped and the matches
	 * in {@code <mark>}.
	 */
	record Results(String query, long total, int page, int totalPages, List<Hit> results) {

		static Results of(SearchResults results) {
			return new Results(results.query().text(), results.total(), results.page(), results.totalPages(),
					results.hits()
						.stream()
						.map(hit -> new Hit(hit.slug(), "/articles/" + hit.slug(), hit.lang(), hit.title(), hit.date(),
								hit.source(), hit.tags().stream().map(TagRef::name).toList(), hit.snippet().html(),
								hit.snippet().text()))
						.toList());
		}

	}

	record Hit(String slug, String path, String lang, String title, LocalDate date, String source, List<String> tags,
			String snippet, String snippetText) {
	}

}
