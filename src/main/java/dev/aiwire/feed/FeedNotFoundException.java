package dev.aiwire.feed;

import dev.aiwire.NotFoundException;

/**
 * A feed of a language the site does not publish in, or a part of the sitemap past the
 * last: a 404.
 */
class FeedNotFoundException extends NotFoundException {

	FeedNotFoundException(String path) {
		super("not-found.feed", "No feed or sitemap at " + path, path);
	}

}
