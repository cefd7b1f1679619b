package dev.aiwire.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.SearchableArticle;
import dev.aiwire.article.TagRef;
import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.quote.QuoteKind;

/** Articles as the index receives them, built field by field for tests. */
final class IndexedArticles {

	private final long id;

	private String lang = "fr";

	private String title = "Un article";

	private String summary = "Un résumé.";

	private String text = "Un texte.";

	private LocalDate date = LocalDate.of(2024, 5, 20);

	private String translationKey;

	private long version = 1;

	private Instant changedAt = Instant.parse("2024-06-01T10:00:00Z");

	private final List<TagRef> tags = new ArrayList<>();

	private final List<ExtractedQuote> quotes = new ArrayList<>();

	private IndexedArticles(long id) {
		this.id = id;
	}

	static IndexedArticles article(long id) {
		return new IndexedArticles(id);
	}

	IndexedArticles lang(String lang) {
		this.lang = lang;
		return this;
	}

	IndexedArticles title(String title) {
		this.title = title;
		return this;
	}

	IndexedArticles summary(String summary) {
		this.summary = summary;
		return this;
	}

	IndexedArticles text(String text) {
		this.text = text;
		return this;
	}

	IndexedArticles date(LocalDate date) {
		this.date = date;
		return this;
	}

	IndexedArticles translationKey(String key) {
		this.translationKey = key;
		return this;
	}

	IndexedArticles version(long version, Instant changedAt) {
		this.version = version;
		this.changedAt = changedAt;
		return this;
	}

	IndexedArticles tags(String... names) {
		for (String name : names) {
			this.tags.add(new TagRef(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name));
		}
		return this;
	}

	IndexedArticles quote(String speaker, String text) {
		this.quotes.add(new ExtractedQuote(text, speaker, QuoteKind.BLOCK, false, 0, -1, null));
		return this;
	}

	SearchDocument document() {
		CatalogEntry entry = new CatalogEntry(this.id, "article-" + this.id, this.lang, this.title, this.summary,
				this.date, this.date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), this.date, this.changedAt,
				"36Kr", "https://36kr.example/" + this.id, null, null, this.translationKey, this.tags);
		return SearchDocument.of(new SearchableArticle(entry, this.text, this.version), this.quotes);
	}

}
