package dev.aiwire.quote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An editor's decision about one quotation of an article: who really said it (an accepted
 * speaker is a correction to the same name), or that it is no quotation. Found again by
 * the quotation's words, whatever the extraction gives.
 */
@Entity
@Table(name = "quote_correction")
class QuoteCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id", nullable = false)
	private long articleId;

	@Column(name = "quote_key", nullable = false, length = 300)
	private String quoteKey;

	@Column(name = "speaker", length = 200)
	private String speaker;

	@Column(name = "removed", nullable = false)
	private boolean removed;

	@Column(name = "editor", length = 100)
	private String editor;

	@Column(name = "corrected_at", nullable = false)
	private Instant correctedAt;

	protected QuoteCorrection() {
	}

	QuoteCorrection(long articleId, String quoteKey) {
		this.articleId = articleId;
		this.quoteKey = quoteKey;
	}

	void decide(String speaker, boolean removed, String editor, Instant at) {
		this.speaker = speaker;
		this.removed = removed;
		this.editor = editor;
		this.correctedAt = at;
	}

	String getQuoteKey() {
		return this.quoteKey;
	}

	String getSpeaker() {
		return this.speaker;
	}

	boolean isRemoved() {
		return this.removed;
	}

	String getEditor() {
		return this.editor;
	}

	Instant getCorrectedAt() {
		return this.correctedAt;
	}

}
