package dev.aiwire.article.desk;

import java.time.LocalDate;

import dev.aiwire.article.ArticleStatus;

/** Where an article stands for an editor: what readers see of it, or why they do not. */
public enum EditorialState {

	/** Published and dated today or earlier: readers see it. */
	PUBLISHED,
	/** Published with a date in the future: readers see it from that day. */
	SCHEDULED,
	/** Saved as a draft: only editors see it. */
	DRAFT,
	/** In the trash: only editors see it, until it is restored or the trash is emptied. */
	TRASHED;

	static EditorialState of(ArticleStatus status, LocalDate date, LocalDate today) {
		return switch (status) {
			case PUBLISHED -> date.isAfter(today) ? SCHEDULED : PUBLISHED;
			case DRAFT -> DRAFT;
			case TRASHED -> TRASHED;
		};
	}

}
