package dev.aiwire.quote;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The article some stored quotations come from, as the quote module keeps it (see
 * {@link QuotedArticle}).
 */
@Entity
@Table(name = "quote_article")
class QuoteSource {

	@Id
	@Column(name = "article_id")
	private long articleId;

	private String slug;

	private String title;

	private String lang;

	@Column(name = "published_on")
	private LocalDate date;

	private LocalDate visibleFrom;

	private String translationKey;

	protected QuoteSource() {
	}

	QuoteSource(long articleId) {
		this.articleId = articleId;
	}

	/** Takes what the article module says of the article now. */
	void describe(QuotedArticle article) {
		this.slug = article.slug();
		this.title = article.title();
		this.lang = article.lang();
		this.date = article.date();
		this.visibleFrom = article.visibleFrom();
		this.translationKey = article.translationKey();
	}

}
