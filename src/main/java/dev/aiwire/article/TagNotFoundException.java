package dev.aiwire.article;

/** No tag answers to a slug: the reader gets a 404. */
public class TagNotFoundException extends RuntimeException {

	public TagNotFoundException(String slug) {
		super("No tag '" + slug + "'");
	}

}
