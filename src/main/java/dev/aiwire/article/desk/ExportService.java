package dev.aiwire.article.desk;

import java.util.List;
import java.util.Locale;

import dev.aiwire.article.store.Article;
import dev.aiwire.markdown.FrontMatterEditor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every article outside the trash as the Markdown file it comes from, its front matter
 * stating its slug and status: importing the files gives the same articles back.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

	private final EditorialRepository desk;

	ExportService(EditorialRepository desk) {
		this.desk = desk;
	}

	/** One file per article, named after its slug, in slug order. */
	public List<ExportedFile> export() {
		return this.desk.findAllOutsideTrash().stream().map(ExportService::file).toList();
	}

	private static ExportedFile file(Article article) {
		String markdown = FrontMatterEditor.withField(article.getMarkdown(), "slug", article.getSlug());
		markdown = FrontMatterEditor.withField(markdown, "status", article.getStatus().name().toLowerCase(Locale.ROOT));
		if (article.getPublishedAt() != null) {
			// imported back, the article keeps its publication time, not its original's
			// date
			markdown = FrontMatterEditor.withText(markdown, "published", article.getPublishedAt().toString());
		}
		return new ExportedFile(article.getSlug() + ".md", markdown);
	}

}
