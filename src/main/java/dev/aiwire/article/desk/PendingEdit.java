package dev.aiwire.article.desk;

import java.time.Instant;

/**
 * An edit saved aside, not yet published: what the edit page restores.
 *
 * @param markdown the text as the editor left it
 * @param slug the slug field, or null when left empty
 * @param status the status field ({@code published} or {@code draft}), or null when left
 * empty
 * @param baseVersion the version of the article the edit started from; publishing it once
 * the article has moved on is a conflict
 * @param editor who saved it last
 * @param savedAt when it was saved last
 */
public record PendingEdit(long articleId, String markdown, String slug, String status, long baseVersion, String editor,
		Instant savedAt) {

}
