package dev.aiwire.timeline;

import dev.aiwire.timeline.store.SourceArticle;
import dev.aiwire.timeline.store.SourceArticleRepository;
import dev.aiwire.timeline.store.TimelineCorrection;
import dev.aiwire.timeline.store.TimelineCorrectionRepository;
import dev.aiwire.timeline.store.TimelineEvent;
import dev.aiwire.timeline.store.TimelineEventRepository;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the dated events of each article, by article id, with what the site timeline
 * needs to know of the article (see {@link TimelineArticle}), and gives them back in
 * chronological order. Publishing replaces them as a whole; the site-wide chronology is
 * read by {@link SiteTimeline}.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	/**
	 * Characters of a correction's key: the date's words, then as much of its sentence.
	 */
	private static final int KEY_LENGTH = 300;

	private final TimelineEventRepository events;

	private final SourceArticleRepository articles;

	private final TimelineCorrectionRepository corrections;

	private final Clock clock;

	TimelineService(TimelineEventRepository events, SourceArticleRepository articles,
			TimelineCorrectionRepository corrections, Clock clock) {
		this.events = events;
		this.articles = articles;
		this.corrections = corrections;
		this.clock = clock;
	}

	/**
	 * Replaces the stored events of an article with these, kept in chronological order.
	 * Publishing hands them over with the editors' corrections already applied
	 * ({@link #applyCorrections}).
	 */
	@Transactional
	public void replaceEvents(TimelineArticle article, List<DatedEvent> events) {
		describe(article);
		this.events.deleteByArticleId(article.id());
		saveEvents(article, events);
	}

	/**
	 * Stores the events of an article just created, of which nothing is stored yet: the
	 * same rows as {@link #replaceEvents}, without looking for earlier ones to replace.
	 */
	@Transactional
	public void addEvents(TimelineArticle article, List<DatedEvent> events) {
		SourceArticle source = new SourceArticle(article.id());
		source.describe(article);
		this.articles.save(source);
		saveEvents(article, events);
	}

	private void saveEvents(TimelineArticle article, List<DatedEvent> events) {
		List<DatedEvent> ordered = new ArrayList<>(events);
		ordered.sort(DatedEvent.CHRONOLOGICAL);
		for (int i = 0; i < ordered.size(); i++) {
			this.events.save(new TimelineEvent(article.id(), i, ordered.get(i), article.visibleFrom(), article.lang()));
		}
	}

	/**
	 * These events with an article's corrections applied: a removed one left out, a
	 * corrected one given the editor's date (without the tagger's modifier, since the
	 * editor named the period).
	 */
	public List<DatedEvent> applyCorrections(long articleId, List<DatedEvent> events) {
		Map<String, TimelineCorrection> byKey = new HashMap<>();
		for (TimelineCorrection correction : this.corrections.findByArticleId(articleId)) {
			byKey.put(correction.getEventKey(), correction);
		}
		if (byKey.isEmpty()) {
			return events;
		}
		List<DatedEvent> corrected = new ArrayList<>();
		for (DatedEvent event : events) {
			TimelineCorrection correction = byKey.get(keyOf(event));
			if (correction == null) {
				corrected.add(event);
			}
			else if (!correction.isRemoved()) {
				boolean same = correction.getValue().equals(event.value());
				corrected.add(new DatedEvent(correction.getValue(), same ? event.mod() : null, event.expression(),
						event.sentenceIndex(), event.sentenceId(), event.sentence(), event.sectionAnchor()));
			}
		}
		return corrected;
	}

	/**
	 * Sets the date an event of an article names, for every later extraction (the same
	 * date as the tagger's: the editor accepts it); the caller extracts the article again
	 * to apply it.
	 * @throws IllegalArgumentException when the value is no date the timeline can place
	 */
	@Transactional
	public void correctDate(long articleId, String eventKey, String value, String editor) {
		String date = (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "";
		if (!Periods.isValue(date)) {
			throw new IllegalArgumentException("not a date the timeline can place: " + value);
		}
		decide(articleId, eventKey, date, false, editor);
	}

	/**
	 * Says that a date taken for an event is none of the timeline, for every later
	 * extraction.
	 */
	@Transactional
	public void removeEvent(long articleId, String eventKey, String editor) {
		decide(articleId, eventKey, null, true, editor);
	}

	/**
	 * Forgets an editor's decision about an event: the tagger speaks again from the next
	 * extraction.
	 */
	@Transactional
	public void forgetCorrection(long articleId, String eventKey) {
		this.corrections.deleteByArticleIdAndEventKey(articleId, eventKey);
	}

	/** The editors' decisions about an article's dated events. */
	public List<Correction> correctionsOf(long articleId) {
		return this.corrections.findByArticleId(articleId)
			.stream()
			.map((correction) -> new Correction(correction.getEventKey(), correction.getValue(), correction.isRemoved(),
					correction.getEditor(), correction.getCorrectedAt()))
			.toList();
	}

	/**
	 * An editor's decision about a dated event.
	 *
	 * @param eventKey the date's words and its sentence, folded, as the correction finds
	 * them again
	 * @param value the right date, or null when the event was removed
	 * @param removed whether the date is no event of the timeline
	 * @param editor who decided
	 * @param at when
	 */
	public record Correction(String eventKey, String value, boolean removed, String editor, Instant at) {
	}

	/**
	 * The key that finds an event's correction: its date's words and its sentence, folded
	 * to lower-case letters and digits, so that a new revision leaving the sentence keeps
	 * it.
	 */
	public static String keyOf(DatedEvent event) {
		String key = fold(event.expression()) + "@" + fold(event.sentence());
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

	private static String fold(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private void decide(long articleId, String eventKey, String value, boolean removed, String editor) {
		TimelineCorrection correction = this.corrections.findByArticleIdAndEventKey(articleId, eventKey)
			.orElseGet(() -> new TimelineCorrection(articleId, eventKey));
		correction.decide(value, removed, editor, this.clock.instant());
		this.corrections.save(correction);
	}

	/**
	 * Takes what changed of an article whose events stay the same: who may now see them
	 * (after a trash, a restore), its title, slug or tags.
	 */
	@Transactional
	public void articleChanged(TimelineArticle article) {
		describe(article);
		this.events.show(article.id(), article.visibleFrom(), article.lang());
	}

	/** The events of an article, earliest first; empty when it has none. */
	public List<DatedEvent> eventsOf(long articleId) {
		return this.events.findByArticleIdOrderByPosition(articleId).stream().map(TimelineEvent::toEvent).toList();
	}

	/**
	 * Forgets the events of an article and what was kept of it (when it is deleted for
	 * good).
	 */
	@Transactional
	public void deleteEvents(long articleId) {
		this.events.deleteByArticleId(articleId);
		this.articles.findById(articleId).ifPresent(this.articles::delete);
		this.corrections.deleteByArticleId(articleId);
	}

	private void describe(TimelineArticle article) {
		SourceArticle source = this.articles.findById(article.id()).orElseGet(() -> new SourceArticle(article.id()));
		source.describe(article);
		this.articles.save(source);
	}

}
