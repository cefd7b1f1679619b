package dev.aiwire.article.web;

import dev.aiwire.NotFoundException;

/**
 * A month of the archives that does not exist or has no visible article: the reader gets
 * a 404.
 */
class ArchiveNotFoundException extends NotFoundException {

	ArchiveNotFoundException(String month) {
		super("not-found.archive", "No archives for " + month, month);
	}

}
