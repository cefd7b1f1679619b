package dev.aiwire.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as a card of an index page (home, tag, archive, related articles) shows it.
 *
 * @param date the original's date
 * @param published the day the translation was published, which the card shows
 */
public record ArticleCard(long id, String slug, String lang, String title, String summary, LocalDate date,
		String source, int readingMinutes, List<TagRef> tags, LocalDate published) {

	public ArticleCard {
		tags = List.copyOf(tags);
	}

}
