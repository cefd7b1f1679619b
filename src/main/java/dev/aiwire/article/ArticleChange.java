package dev.aiwire.article;

import java.time.Instant;

/**
 * The last write to an article, as the search index of another instance compares it with
 * what it holds.
 *
 * @param id the article
 * @param updatedAt when it was written
 * @param version its version, which every write increments
 * @param published whether it is published (scheduled included) after this write
 */
public record ArticleChange(long id, Instant updatedAt, long version, boolean published) {

	ArticleChange(long id, Instant updatedAt, long version, ArticleStatus status) {
		this(id, updatedAt, version, status == ArticleStatus.PUBLISHED);
	}

}
