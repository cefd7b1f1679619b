package dev.aiwire.article.publishing;

/**
 * Applies what editors decided about an article's extracted quotations and dates to a new
 * extraction.
 */
@FunctionalInterface
public interface Corrections {

	/** No corrections: the extraction as it came. */
	Corrections NONE = (articleId, extracted) -> extracted;

	/**
	 * The extraction of a stored article with its corrections; a new article (null) has
	 * none.
	 */
	Extracted apply(Long articleId, Extracted extracted);

}
