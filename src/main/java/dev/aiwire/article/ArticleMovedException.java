package dev.aiwire.article;

/**
 * A reader asked for an article by a slug it had before it was renamed. A handler that
 * knows this exception redirects to the new slug; one that does not treats it as the 404
 * it extends.
 */
public class ArticleMovedException extends ArticleNotFoundException {

	private final String newSlug;

	public ArticleMovedException(String oldSlug, String newSlug) {
		super(oldSlug);
		this.newSlug = newSlug;
	}

	/** Where the article lives now. */
	public String newSlug() {
		return this.newSlug;
	}

}
