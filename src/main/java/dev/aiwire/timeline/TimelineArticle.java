package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * What the timeline keeps of the article its events come from, handed over by the article
 * module whenever it stores the events or the article's visibility changes: enough to
 * link an event to its article and to filter the site timeline, without reading the
 * article module's tables.
 *
 * @param id the article's id
 * @param slug the slug of its page
 * @param title its title
 * @param lang the language of this translation
 * @param date the publication date of the original
 * @param visibleFrom the day from which readers see it (its date, which may be still to
 * come), or null while only editors do
 * @param translationKey the key shared by translations of one original, or null
 * @param tags its tags, in the editor's order
 */
public record TimelineArticle(long id, String slug, String title, String lang, LocalDate date, LocalDate visibleFrom,
		String translationKey, List<Tag> tags) {

	public TimelineArticle {
		tags = List.copyOf(tags);
	}

	/** A tag of the article: the slug of its page and its name. */
	public record Tag(String slug, String name) {
	}

}
