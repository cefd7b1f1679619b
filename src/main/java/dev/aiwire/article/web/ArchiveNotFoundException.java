package dev.aiwire.article.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A month of the archives that does not exist or has no visible article: a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArchiveNotFoundException extends RuntimeException {

	public ArchiveNotFoundException(String month) {
		super("No archives for " + month);
	}

}
