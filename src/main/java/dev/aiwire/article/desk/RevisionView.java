package dev.aiwire.article.desk;

import java.time.Instant;

/** One saved version of an article: who saved it, when, and its Markdown. */
public record RevisionView(long articleId, int number, String editor, Instant createdAt, String markdown) {
}
