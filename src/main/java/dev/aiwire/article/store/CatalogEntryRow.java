package dev.aiwire.article.store;

import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.TagRef;

import java.time.Instant;
import java.time.LocalDate;

/** The columns of a {@link CatalogEntry}, read without the article's body. */
public record CatalogEntryRow(long id, String slug, String lang, String title, String summary, LocalDate date,
		Instant publishedAt, LocalDate publicationDay, Instant updatedAt, String source, String url, String author,
		String translator, String translationKey) {

	public CatalogEntry withTags(java.util.List<TagRef> tags) {
		return new CatalogEntry(this.id, this.slug, this.lang, this.title, this.summary, this.date, this.publishedAt,
				this.publicationDay, this.updatedAt, this.source, this.url, this.author, this.translator,
				this.translationKey, tags);
	}

}
