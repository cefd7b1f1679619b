package dev.aiwire.article;

/**
 * An article was created or revised, as a draft or published. Published inside the
 * publishing transaction: listeners that must only see committed data listen after commit
 * ({@code @TransactionalEventListener}).
 *
 * @param articleId the article's id
 * @param slug its slug
 * @param editor who wrote it (a user name, or {@code content-import})
 */
public record ArticlePublished(long articleId, String slug, String editor) {
}
