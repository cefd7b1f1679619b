package dev.aiwire.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the page of one article shows. */
public record ArticleView(long id, String slug, String lang, String title, String summary, LocalDate date,
		String source, String url, String originalTitle, String originalLanguage, String author, String translator,
		String translation, int readingMinutes, List<SectionView> sections, String footerHtml, List<TagRef> tags,
		List<TranslationLink> translations, Instant updatedAt) {

	public ArticleView {
		sections = List.copyOf(sections);
		tags = List.copyOf(tags);
		translations = List.copyOf(translations);
	}

	/** The sections that have a heading, for the table of contents. */
	public List<SectionView> headedSections() {
		return this.sections.stream().filter(section -> !section.isLead()).toList();
	}

}
