package dev.aiwire.timeline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the dated events of each article, by article id, with what the site timeline needs to
 * know of the article (see {@link TimelineArticle}), and gives them back in chronological order.
 * Publishing replaces them as a whole; the site-wide chronology is read by {@link SiteTimeline}.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private final TimelineEventRepository events;

	private final SourceArticleRepository articles;

	TimelineService(TimelineEventRepository events, SourceArticleRepository articles) {
		this.events = events;
		this.articles = articles;
	}

	/** Replaces the stored events of an article with these, kept in chronological order. */
	@Transactional
	public void replaceEvents(TimelineArticle article, List<DatedEvent> events) {
		describe(article);
		this.events.deleteByArticleId(article.id());
		List<DatedEvent> ordered = new ArrayList<>(events);
		ordered.sort(DatedEvent.CHRONOLOGICAL);
		for (int i = 0; i < ordered.size(); i++) {
			this.events.save(new TimelineEvent(article.id(), i, ordered.get(i), article.visibleFrom(), article.lang()));
		}
	}

	/**
	 * Takes what changed of an article whose events stay the same: who may now see them (after a
	 * trash, a restore), its title, slug or tags.
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

	/** Forgets the events of an article and what was kept of it (when it is deleted for good). */
	@Transactional
	public void deleteEvents(long articleId) {
		this.events.deleteByArticleId(articleId);
		this.articles.findById(articleId).ifPresent(this.articles::delete);
	}

	private void describe(TimelineArticle article) {
		SourceArticle source = this.articles.findById(article.id()).orElseGet(() -> new SourceArticle(article.id()));
		source.describe(article);
		this.articles.save(source);
	}

}
