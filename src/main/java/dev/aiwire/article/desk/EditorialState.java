package dev.aiwire.article.desk;

import java.time.LocalDate;

import dev.aiwire.article.ArticleStatus;

/** Where an article stands for an editor: what readers see of it, or why they do not. */
public enum EditorialState {

	/** Published today or earlier: readers see it. */
	PUBLISHED,
	/** Published with a publication day still to come: readers see it from that day. */
	SCHEDULED,
	/** Saved as a draft: only editors see it. */
	DRAFT,
	/**
	 * In the trash: only editors see it, until it is restored or the trash is emptied.
	 */
	TRASHED;

	/**
	 * @param publicationDay the day readers see the article from, null when it is not yet
	 * known (published on saving)
	 */
	static EditorialState of(ArticleStatus status, LocalDate publicationDay, LocalDate today) {
		return switch (status) {
			case PUBLISHED -> (publicationDay != null && publicationDay.isAfter(today)) ? SCHEDULED : PUBLISHED;
			case DRAFT -> DRAFT;
			case TRASHED -> TRASHED;
		};
	}

}
