package dev.aiwire.article.desk;

/**
 * A slug an editor asked for that another article already has.
 *
 * @param slug the slug asked for
 * @param articleId the article that has it
 * @param title that article's title
 * @param version that article's version, to update it from this upload
 * @param suggestion a free slug like the one asked for
 */
public record SlugConflict(String slug, long articleId, String title, long version, String suggestion) {
}
