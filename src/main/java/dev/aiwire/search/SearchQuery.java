package dev.aiwire.search;

import dev.aiwire.article.ContentLanguages;

/**
 * What a reader asked: words, and optional filters.
 *
 * @param text the words as typed, in the syntax of a search box ({@code "a phrase"}, {@code -word},
 * {@code prefix*}, {@code a | b}); any text is accepted
 * @param language a language of translations, or null for all
 * @param tag the slug of a tag, or null
 * @param year the year of the original's date, or null
 * @param page the page of results, from 1
 */
public record SearchQuery(String text, String language, String tag, Integer year, int page) {

	/** Longest query read; the rest is ignored. */
	public static final int MAX_LENGTH = 200;

	public SearchQuery {
		text = (text == null) ? "" : text.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		language = ContentLanguages.of(language);
		tag = (tag == null || tag.isBlank()) ? null : tag.strip();
		page = Math.max(1, page);
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

}
