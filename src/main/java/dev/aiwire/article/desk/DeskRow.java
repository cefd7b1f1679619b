package dev.aiwire.article.desk;

import java.time.Instant;
import java.time.LocalDate;

/** An article as a line of the editors' list. */
public record DeskRow(long id, String slug, String title, String lang, LocalDate date, EditorialState state,
		Instant updatedAt) {
}
