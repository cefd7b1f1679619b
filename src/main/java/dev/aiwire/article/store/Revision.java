package dev.aiwire.article.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One imported version of an article's Markdown, kept for ever. */
@Entity
@Table(name = "revision")
public class Revision {

	@Id
	// from a sequence, a block at a time (migration V83), so that inserts go in batches
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_keys")
	@SequenceGenerator(name = "revision_keys", sequenceName = "revision_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private int number;

	@Column(length = Article.LONG_TEXT)
	private String markdown;

	private String contentHash;

	private String editor;

	private Instant createdAt;

	protected Revision() {
	}

	public Revision(Article article, int number, String markdown, String contentHash, String editor,
			Instant createdAt) {
		this.article = article;
		this.number = number;
		this.markdown = markdown;
		this.contentHash = contentHash;
		this.editor = editor;
		this.createdAt = createdAt;
	}

	public int getNumber() {
		return this.number;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public String getEditor() {
		return this.editor;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
