package dev.aiwire.article;

import dev.aiwire.NotFoundException;

/**
 * No visible article answers to a slug (or, for editors, to an id): the reader gets a
 * 404.
 */
public class ArticleNotFoundException extends NotFoundException {

	public ArticleNotFoundException(String slug) {
		super("not-found.article", "No article '" + slug + "'", slug);
	}

}
