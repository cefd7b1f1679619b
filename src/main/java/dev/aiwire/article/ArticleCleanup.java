package dev.aiwire.article;

import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.TimelineService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What goes with an article that leaves readers' pages or comes back: the news of it for caches,
 * search and feeds, and, when it is deleted for good, what was extracted from it.
 */
@Component
class ArticleCleanup {

	private final TimelineService timeline;

	private final QuoteService quotes;

	private final ApplicationEventPublisher events;

	ArticleCleanup(TimelineService timeline, QuoteService quotes, ApplicationEventPublisher events) {
		this.timeline = timeline;
		this.quotes = quotes;
		this.events = events;
	}

	void removed(Article article, String editor) {
		this.timeline.changeVisibility(article.getId(), article.timelineVisibility());
		this.events.publishEvent(new ArticleRemoved(article.getId(), article.getSlug(), editor));
	}

	void restored(Article article, String editor) {
		this.timeline.changeVisibility(article.getId(), article.timelineVisibility());
		this.events.publishEvent(new ArticlePublished(article.getId(), article.getSlug(), editor));
	}

	void deleted(Article article, String editor) {
		this.timeline.deleteEvents(article.getId());
		this.quotes.deleteQuotes(article.getId());
		this.events.publishEvent(new ArticleRemoved(article.getId(), article.getSlug(), editor));
	}

}
