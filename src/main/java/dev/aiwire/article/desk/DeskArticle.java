package dev.aiwire.article.desk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article as an editor opens it to change it.
 *
 * @param version the version the editor starts from: saving it when the article has moved
 * on is refused as a conflict
 * @param lastEditor who saved the latest revision
 */
public record DeskArticle(long id, String slug, String title, String lang, LocalDate date, EditorialState state,
		String markdown, long version, Instant updatedAt, String lastEditor) {

	public boolean isVisible() {
		return this.state == EditorialState.PUBLISHED;
	}

}
