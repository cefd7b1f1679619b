package dev.aiwire.article;

import java.time.Instant;
import java.time.LocalDate;

/** The columns of an {@link ArticleEntry}, read without the article's body. */
record EntryRow(long id, String slug, String lang, String title, String summary, LocalDate date, Instant updatedAt,
		String source, String url, String author, String translator, String translationKey) {

	ArticleEntry withTags(java.util.List<TagRef> tags) {
		return new ArticleEntry(this.id, this.slug, this.lang, this.title, this.summary, this.date, this.updatedAt,
				this.source, this.url, this.author, this.translator, this.translationKey, tags);
	}

}
