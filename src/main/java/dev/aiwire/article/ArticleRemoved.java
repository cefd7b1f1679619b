package dev.aiwire.article;

/**
 * An article was unpublished, put in the trash or deleted: readers must no longer see it.
 * Published inside the transaction that removes it, like {@link ArticlePublished}.
 *
 * @param articleId the article's id
 * @param slug its slug
 * @param editor who removed it
 */
public record ArticleRemoved(long articleId, String slug, String editor) {
}
