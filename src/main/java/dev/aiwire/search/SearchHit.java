package dev.aiwire.search;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.TagRef;

/**
 * An article found, as the results list shows it.
 *
 * @param id the article's id
 * @param slug the slug of its page
 * @param lang the language of the translation
 * @param title its title
 * @param date the original's date
 * @param source the outlet of the original
 * @param tags its tags
 * @param snippet a passage with the words found marked
 */
public record SearchHit(long id, String slug, String lang, String title, LocalDate date, String source,
		List<TagRef> tags, Snippet snippet) {

	public SearchHit {
		tags = List.copyOf(tags);
	}

}
