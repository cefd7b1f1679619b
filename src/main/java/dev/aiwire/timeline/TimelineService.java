package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.aiwire.markdown.ParsedDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the dated events of each article, by article id, and gives them back in chronological
 * order. Publishing replaces them as a whole. Site-wide chronologies read the
 * {@code timeline_event} table directly ({@code ORDER BY sort_rank}).
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private final TimelineEventRepository events;

	private final TemporalTagger tagger;

	TimelineService(TimelineEventRepository events, TemporalTagger tagger) {
		this.events = events;
		this.tagger = tagger;
	}

	/** Replaces the stored events of an article with these, kept in chronological order. */
	@Transactional
	public void replaceEvents(long articleId, List<DatedEvent> events, Visibility visibility) {
		this.events.deleteByArticleId(articleId);
		List<DatedEvent> ordered = new ArrayList<>(events);
		ordered.sort(DatedEvent.CHRONOLOGICAL);
		for (int i = 0; i < ordered.size(); i++) {
			this.events.save(new TimelineEvent(articleId, i, ordered.get(i), visibility));
		}
	}

	/** Records who may now see an article's events: after a trash, a restore, a new date. */
	@Transactional
	public void changeVisibility(long articleId, Visibility visibility) {
		this.events.show(articleId, visibility.from(), visibility.lang());
	}

	/**
	 * The sort ranks ({@code timeline_event.sort_rank}) of the events whose period starts in a year.
	 * Only a period that starts on the first of January lasts a whole year; the others last three
	 * months at most, so every period that starts in a year ends before the March of the next one
	 * ("winter 2023" runs into February 2024). Lets a site chronology limited to one year read only
	 * that stretch of its index.
	 * @return the lowest rank and the rank after the highest
	 */
	public static RankRange ranksOfYear(int year) {
		return new RankRange(Periods.sortRankFloor(LocalDate.of(year, 1, 1)),
				Periods.sortRankFloor(LocalDate.of(year + 1, 3, 1)));
	}

	/** Sort ranks from {@code from} (included) to {@code to} (excluded). */
	public record RankRange(int from, int to) {
	}

	/** The events of an article, earliest first; empty when it has none. */
	public List<DatedEvent> eventsOf(long articleId) {
		return this.events.findByArticleIdOrderByPosition(articleId).stream().map(TimelineEvent::toEvent).toList();
	}

	/** Forgets the events of an article (when it is deleted for good). */
	@Transactional
	public void deleteEvents(long articleId) {
		this.events.deleteByArticleId(articleId);
	}

}
