package dev.aiwire.article.desk;

import java.time.Instant;

/**
 * An editor saved an article that someone else saved since they opened it. Nothing is
 * written: the editor sees both versions and decides.
 *
 * @see EditingService#update
 */
public class EditConflictException extends RuntimeException {

	private final DeskArticle current;

	public EditConflictException(DeskArticle current) {
		super("article " + current.id() + " was saved by " + current.lastEditor() + " in the meantime");
		this.current = current;
	}

	/** The article as it is now, with the version to start from to replace it. */
	public DeskArticle current() {
		return this.current;
	}

	public Instant savedAt() {
		return this.current.updatedAt();
	}

}
