package dev.aiwire.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.aiwire.article.ContentLanguages;

/**
 * What a reader asked: words, and optional filters.
 *
 * @param text the words as typed, in the syntax of a search box ({@code "a phrase"},
 * {@code -word}, {@code prefix*}, {@code a | b}); any text is accepted
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

	/** The address of a page of these results, with the same words and filters. */
	public String path(int page) {
		StringBuilder path = new StringBuilder("/search?q=").append(encode(this.text));
		if (this.language != null) {
			path.append("&language=").append(this.language);
		}
		if (this.tag != null) {
			path.append("&tag=").append(encode(this.tag));
		}
		if (this.year != null) {
			path.append("&year=").append(this.year);
		}
		if (page > 1) {
			path.append("&page=").append(page);
		}
		return path.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

}
