package dev.aiwire.article.desk;

import java.time.Instant;

import dev.aiwire.article.store.Article;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The text and fields of an edit not yet published, one per article, with the version it
 * started from. The live article does not see it.
 */
@Entity
@Table(name = "edit_draft")
class EditDraft {

	@Id
	@Column(name = "article_id")
	private Long articleId;

	@Column(length = Article.LONG_TEXT, nullable = false)
	private String markdown;

	@Column(length = 200)
	private String slug;

	@Column(length = 16)
	private String status;

	@Column(name = "base_version", nullable = false)
	private long baseVersion;

	@Column(length = 100)
	private String editor;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	protected EditDraft() {
	}

	EditDraft(long articleId) {
		this.articleId = articleId;
	}

	/** Replaces what the draft holds with the editor's latest text and fields. */
	void write(String markdown, String slug, String status, long baseVersion, String editor, Instant at) {
		this.markdown = markdown;
		this.slug = slug;
		this.status = status;
		this.baseVersion = baseVersion;
		this.editor = editor;
		this.savedAt = at;
	}

	PendingEdit view() {
		return new PendingEdit(this.articleId, this.markdown, this.slug, this.status, this.baseVersion, this.editor,
				this.savedAt);
	}

}
