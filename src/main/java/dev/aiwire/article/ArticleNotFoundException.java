package dev.aiwire.article;

/** No visible article answers to a slug: the reader gets a 404. */
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(String slug) {
		super("No article '" + slug + "'");
	}

}
