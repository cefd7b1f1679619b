package dev.aiwire.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One stored quotation of an article; the article is referred to by id. */
@Entity
@Table(name = "quote")
class Quote {

	@Id
	// keys from a sequence, fifty at a time (see the V80 migration), so that an
	// article's rows are inserted in JDBC batches
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_keys")
	@SequenceGenerator(name = "quote_keys", sequenceName = "quote_seq", allocationSize = 50)
	private Long id;

	@Column(name = "article_id", nullable = false)
	private long articleId;

	@Column(name = "position", nullable = false)
	private int position;

	@Column(name = "text", nullable = false, length = 8000)
	private String text;

	@Column(name = "speaker", length = 200)
	private String speaker;

	@Column(name = "speaker_key", length = 200)
	private String speakerKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 8)
	private QuoteKind kind;

	@Column(name = "pull", nullable = false)
	private boolean pull;

	@Column(name = "block_index", nullable = false)
	private int blockIndex;

	@Column(name = "sentence_index", nullable = false)
	private int sentenceIndex;

	@Column(name = "section_anchor", length = 200)
	private String sectionAnchor;

	@Enumerated(EnumType.STRING)
	@Column(name = "confidence", nullable = false, length = 10)
	private Confidence confidence;

	@Column(name = "reason", length = 200)
	private String reason;

	protected Quote() {
	}

	Quote(long articleId, int position, ExtractedQuote quote) {
		this.articleId = articleId;
		this.position = position;
		this.text = (quote.text().length() > 8000) ? quote.text().substring(0, 8000) : quote.text();
		this.speaker = truncate(quote.speaker());
		this.speakerKey = truncate(quote.speakerKey());
		this.kind = quote.kind();
		this.pull = quote.pull();
		this.blockIndex = quote.blockIndex();
		this.sentenceIndex = quote.sentenceIndex();
		this.sectionAnchor = truncate(quote.sectionAnchor());
		this.confidence = quote.confidence();
		this.reason = truncate(quote.reason());
	}

	private static String truncate(String value) {
		return (value != null && value.length() > 200) ? value.substring(0, 200) : value;
	}

	Long getId() {
		return this.id;
	}

	long getArticleId() {
		return this.articleId;
	}

	int getPosition() {
		return this.position;
	}

	String getSpeakerKey() {
		return this.speakerKey;
	}

	ExtractedQuote toRecord() {
		return new ExtractedQuote(this.text, this.speaker, this.kind, this.pull, this.blockIndex, this.sentenceIndex,
				this.sectionAnchor, this.confidence, this.reason);
	}

}
