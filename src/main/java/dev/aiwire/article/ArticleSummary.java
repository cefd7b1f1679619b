package dev.aiwire.article;

import java.time.LocalDate;
import java.util.List;

/** An article as a card of an index page shows it. */
public record ArticleSummary(long id, String slug, String lang, String title, String summary, LocalDate date,
		String source, int readingMinutes, List<TagRef> tags) {

	public ArticleSummary {
		tags = List.copyOf(tags);
	}

}
