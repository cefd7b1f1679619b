package dev.aiwire.quote;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The article some stored quotations come from, as the quote module keeps it (see
 * {@link QuotedArticle}). One made with its article's id is new: saving it inserts it
 * without first reading the row that cannot be there.
 */
@Entity
@Table(name = "quote_article")
class QuoteSource implements Persistable<Long> {

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

	@Transient
	private boolean created;

	protected QuoteSource() {
	}

	QuoteSource(long articleId) {
		this.articleId = articleId;
		this.created = true;
	}

	@Override
	public Long getId() {
		return this.articleId;
	}

	@Override
	public boolean isNew() {
		return this.created;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.created = false;
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
