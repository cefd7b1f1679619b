package dev.aiwire.article.desk;

import java.util.List;

import dev.aiwire.article.ReaderArticle;

/**
 * An article as it will read once published, before anything is saved.
 *
 * @param article the page readers will see
 * @param markdown the Markdown it comes from
 * @param state where it will stand once saved as its front matter says
 * @param warnings what the editor should act on
 * @param slugConflict another article with the slug the front matter asks for, or null
 * @param duplicates existing articles with the same text or the same original address,
 * for a new article
 */
public record DeskPreview(ReaderArticle article, String markdown, EditorialState state, List<PreviewWarning> warnings,
		SlugConflict slugConflict, List<Duplicate> duplicates) {

	public DeskPreview {
		warnings = List.copyOf(warnings);
		duplicates = List.copyOf(duplicates);
	}

	public DeskPreview(ReaderArticle article, String markdown, EditorialState state, List<PreviewWarning> warnings,
			SlugConflict slugConflict) {
		this(article, markdown, state, warnings, slugConflict, List.of());
	}

}
