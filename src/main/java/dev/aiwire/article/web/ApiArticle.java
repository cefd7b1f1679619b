package dev.aiwire.article.web;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.ArticlePage;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.TagRef;

/**
 * An article as the JSON API shows it: {@code date} is the original's date,
 * {@code published} the day the translation was published.
 */
record ApiArticle(String slug, String lang, String title, String summary, LocalDate date, String source, String url,
		String originalTitle, String originalLanguage, String author, String translator, String translation,
		int readingMinutes, List<String> tags, List<SectionJson> sections, List<EventJson> timeline,
		List<QuoteJson> quotes, LocalDate published) {

	record SectionJson(String anchor, String heading) {
	}

	record EventJson(String value, String mod, String expression, String sentence, String section) {
	}

	record QuoteJson(String text, String speaker, String kind, boolean pull, String section) {
	}

	record SummaryJson(String slug, String lang, String title, String summary, LocalDate date, String source,
			int readingMinutes, List<String> tags, LocalDate published) {
	}

	record Page(List<SummaryJson> articles, int page, int totalPages, long total) {

		static Page of(ArticlePage page) {
			return new Page(page.articles()
				.stream()
				.map(a -> new SummaryJson(a.slug(), a.lang(), a.title(), a.summary(), a.date(), a.source(),
						a.readingMinutes(), a.tags().stream().map(TagRef::name).toList(), a.published()))
				.toList(), page.page(), page.totalPages(), page.totalArticles());
		}

	}

	static ApiArticle of(ReaderArticle view) {
		return new ApiArticle(view.slug(), view.lang(), view.title(), view.summary(), view.date(), view.source(),
				view.url(), view.originalTitle(), view.originalLanguage(), view.author(), view.translator(),
				view.translation(), view.readingMinutes(), view.tags().stream().map(TagRef::name).toList(),
				view.sections().stream().map(s -> new SectionJson(s.anchor(), s.heading())).toList(),
				view.timeline()
					.stream()
					.map(e -> new EventJson(e.value(), e.mod(), e.expression(), e.sentence(), e.sectionAnchor()))
					.toList(),
				view.quotes()
					.stream()
					.map(q -> new QuoteJson(q.text(), q.speaker(), q.kind().name().toLowerCase(java.util.Locale.ROOT),
							q.pull(), q.sectionAnchor()))
					.toList(),
				view.publishedOn());
	}

}
