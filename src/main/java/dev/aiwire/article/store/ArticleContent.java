package dev.aiwire.article.store;

import dev.aiwire.article.SectionView;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of an article as the entity takes it: the fields of its front matter, its
 * Markdown and what was rendered from it. Publishing works it out before the transaction
 * that stores it.
 *
 * @param draft whether the front matter says {@code status: draft}
 * @param markdown the Markdown as the editor wrote it
 * @param contentHash SHA-256 of the Markdown, to recognise a version already stored
 * @param html the whole body, block quotations captioned with their speakers
 * @param footerHtml the outlet's footer, shown apart from the body
 * @param extraJson the front matter fields the portal does not know, as JSON, or null
 * @param bodyText headings and paragraphs as plain text, one a line, for search
 * @param sections each section's heading, anchor and captioned HTML
 */
public record ArticleContent(String lang, String title, String summary, LocalDate date, boolean draft, String source,
		String url, String originalTitle, String originalLanguage, String author, String translator, String translation,
		String translationKey, int readingMinutes, String markdown, String contentHash, String html, String footerHtml,
		String extraJson, String bodyText, List<SectionView> sections) {

	public ArticleContent {
		sections = List.copyOf(sections);
	}

	/**
	 * The same version with other Markdown, whose body renders the same (a front matter
	 * field added).
	 */
	public ArticleContent withMarkdown(String markdown, String contentHash) {
		return new ArticleContent(this.lang, this.title, this.summary, this.date, this.draft, this.source, this.url,
				this.originalTitle, this.originalLanguage, this.author, this.translator, this.translation,
				this.translationKey, this.readingMinutes, markdown, contentHash, this.html, this.footerHtml,
				this.extraJson, this.bodyText, this.sections);
	}

}
