package dev.aiwire.timeline.store;

import dev.aiwire.timeline.DatedEvent;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored dated event of one article, at its place in the article's chronology. */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent {

	@Id
	// keys from a sequence, fifty at a time (see the V80 migration), so that an
	// article's rows are inserted in JDBC batches
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_event_keys")
	@SequenceGenerator(name = "timeline_event_keys", sequenceName = "timeline_event_seq", allocationSize = 50)
	private Long id;

	@Column(name = "article_id", nullable = false)
	private long articleId;

	@Column(nullable = false)
	private int position;

	@Column(name = "timex_value", nullable = false, length = 16)
	private String value;

	@Column(length = 8)
	private String mod;

	@Column(nullable = false, length = 200)
	private String expression;

	@Column(name = "sentence_index", nullable = false)
	private int sentenceIndex;

	@Column(name = "sentence_id", nullable = false, length = 40)
	private String sentenceId;

	@Column(nullable = false, length = 4000)
	private String sentence;

	@Column(name = "section_anchor", length = 200)
	private String sectionAnchor;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "sort_rank", nullable = false)
	private int sortRank;

	@Column(name = "visible_from")
	private LocalDate visibleFrom;

	@Column(length = 8)
	private String lang;

	protected TimelineEvent() {
	}

	public TimelineEvent(long articleId, int position, DatedEvent event, LocalDate visibleFrom, String lang) {
		this.articleId = articleId;
		this.visibleFrom = visibleFrom;
		this.lang = lang;
		this.position = position;
		this.value = event.value();
		this.mod = event.mod();
		this.expression = cut(event.expression(), 200);
		this.sentenceIndex = event.sentenceIndex();
		this.sentenceId = cut(event.sentenceId(), 40);
		this.sentence = cut(event.sentence(), 4000);
		this.sectionAnchor = cut(event.sectionAnchor(), 200);
		this.startDate = event.start();
		this.sortRank = event.sortRank();
	}

	public DatedEvent toEvent() {
		return new DatedEvent(this.value, this.mod, this.expression, this.sentenceIndex, this.sentenceId, this.sentence,
				this.sectionAnchor);
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
