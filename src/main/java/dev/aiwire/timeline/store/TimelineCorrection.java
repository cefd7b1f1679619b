package dev.aiwire.timeline.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An editor's decision about one dated event of an article: the date it really names (an
 * accepted date is a correction to the same value), or that it is no event. Found again
 * by the date's words and its sentence, whatever the tagger gives.
 */
@Entity
@Table(name = "timeline_correction")
public class TimelineCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "article_id", nullable = false)
	private long articleId;

	@Column(name = "event_key", nullable = false, length = 300)
	private String eventKey;

	@Column(name = "timex_value", length = 16)
	private String value;

	@Column(name = "removed", nullable = false)
	private boolean removed;

	@Column(name = "editor", length = 100)
	private String editor;

	@Column(name = "corrected_at", nullable = false)
	private Instant correctedAt;

	protected TimelineCorrection() {
	}

	public TimelineCorrection(long articleId, String eventKey) {
		this.articleId = articleId;
		this.eventKey = eventKey;
	}

	public void decide(String value, boolean removed, String editor, Instant at) {
		this.value = value;
		this.removed = removed;
		this.editor = editor;
		this.correctedAt = at;
	}

	public String getEventKey() {
		return this.eventKey;
	}

	public String getValue() {
		return this.value;
	}

	public boolean isRemoved() {
		return this.removed;
	}

	public String getEditor() {
		return this.editor;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

}
