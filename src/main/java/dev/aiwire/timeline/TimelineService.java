package dev.aiwire.timeline;

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

	/** Tags a parsed article and replaces its stored events with what was found; returns them. */
	@Transactional
	public List<DatedEvent> replaceEvents(long articleId, ParsedDocument document) {
		List<DatedEvent> found = this.tagger.tag(document);
		replaceEvents(articleId, found);
		return found;
	}

	/** Replaces the stored events of an article with these, kept in chronological order. */
	@Transactional
	public void replaceEvents(long articleId, List<DatedEvent> events) {
		this.events.deleteByArticleId(articleId);
		List<DatedEvent> ordered = new ArrayList<>(events);
		ordered.sort(DatedEvent.CHRONOLOGICAL);
		for (int i = 0; i < ordered.size(); i++) {
			this.events.save(new TimelineEvent(articleId, i, ordered.get(i)));
		}
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
