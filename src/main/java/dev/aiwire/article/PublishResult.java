package dev.aiwire.article;

/**
 * What publishing did with a file.
 *
 * @param articleId the article's id
 * @param slug the article's slug
 * @param outcome whether it was created, revised or left as it was
 */
public record PublishResult(long articleId, String slug, Outcome outcome) {

	public enum Outcome {

		/** A new article. */
		CREATED,
		/** A new revision of an existing article. */
		REVISED,
		/** The same Markdown as the latest revision: nothing was written. */
		UNCHANGED

	}

}
