package dev.aiwire.article.desk;

/**
 * An existing article that an upload seems to repeat.
 *
 * @param articleId the article
 * @param slug its slug
 * @param title its title
 * @param version its version, to update it from the upload
 * @param sameText whether its text is the upload's (letters and digits alike)
 * @param sameUrl whether it translates the same original address
 */
public record Duplicate(long articleId, String slug, String title, long version, boolean sameText, boolean sameUrl) {
}
