package dev.aiwire.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.aiwire.article.TagRef;

/**
 * One page of results, best first, and the values the results can be narrowed to.
 *
 * @param query what was asked
 * @param hits the articles of this page
 * @param total how many articles match
 * @param page this page, from 1
 * @param totalPages how many pages there are (at least 1)
 * @param languages languages of the articles that match the words, with how many in each;
 * counted before the filters, so that each filter shows what choosing another value would
 * give
 * @param years years of the articles that match the words, newest first
 * @param tags tags of the articles that match the words, most frequent first
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, int page, int totalPages,
		List<Facet<String>> languages, List<Facet<Integer>> years, List<Facet<TagRef>> tags) {

	public SearchResults {
		hits = List.copyOf(hits);
		languages = List.copyOf(languages);
		years = List.copyOf(years);
		tags = List.copyOf(tags);
	}

	/**
	 * Results with facets made from counts, in the order both engines show them:
	 * languages by code, years newest first, the {@link SearchEngine#TAG_FACETS} most
	 * frequent tags then by name.
	 * @param tags counts by {@link SearchFields#facetOf tag facet value}
	 */
	public static SearchResults of(SearchQuery query, List<SearchHit> hits, long total, int page, int totalPages,
			Map<String, Long> languages, Map<String, Long> years, Map<String, Long> tags) {
		List<Facet<String>> languageFacets = languages.entrySet()
			.stream()
			.map((e) -> new Facet<>(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(Facet::value))
			.toList();
		List<Facet<Integer>> yearFacets = years.entrySet()
			.stream()
			.map((e) -> new Facet<>(Integer.parseInt(e.getKey()), e.getValue()))
			.sorted(Comparator.comparing((Facet<Integer> f) -> f.value()).reversed())
			.toList();
		List<Facet<TagRef>> tagFacets = tags.entrySet()
			.stream()
			.map((e) -> new Facet<>(SearchFields.tagOfFacet(e.getKey()), e.getValue()))
			.sorted(Comparator.comparing((Facet<TagRef> f) -> -f.count()).thenComparing((f) -> f.value().name()))
			.limit(SearchEngine.TAG_FACETS)
			.toList();
		return new SearchResults(query, hits, total, page, totalPages, languageFacets, yearFacets, tagFacets);
	}

	/** No results for a query. */
	public static SearchResults empty(SearchQuery query) {
		return new SearchResults(query, List.of(), 0, 1, 1, List.of(), List.of(), List.of());
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

	/**
	 * A value to narrow results to, and how many results have it.
	 *
	 * @param value the language, year or tag
	 * @param count the number of matching articles with it
	 */
	public record Facet<T>(T value, long count) {
	}

}
