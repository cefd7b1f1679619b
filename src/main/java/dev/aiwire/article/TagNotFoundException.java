package dev.aiwire.article;

import dev.aiwire.NotFoundException;

/** No tag answers to a slug: the reader gets a 404. */
public class TagNotFoundException extends NotFoundException {

	public TagNotFoundException(String slug) {
		super("not-found.tag", "No tag '" + slug + "'", slug);
	}

}
