package dev.aiwire.article.publishing;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What goes with an article that leaves readers' pages or comes back: the news of it for
 * caches, search and feeds, and what the timeline and quote modules keep of it.
 */
@Component
public class ArticleCleanup {

	private final ExtractionStore extractions;

	private final ApplicationEventPublisher events;

	ArticleCleanup(ExtractionStore extractions, ApplicationEventPublisher events) {
		this.extractions = extractions;
		this.events = events;
	}

	/** The article went to the trash. */
	public void removed(Article article, String editor) {
		this.extractions.visibilityChanged(article);
		this.events.publishEvent(new ArticleRemoved(article.getId(), article.getSlug(), editor));
	}

	/** The article came back from the trash. */
	public void restored(Article article, String editor) {
		this.extractions.visibilityChanged(article);
		this.events.publishEvent(new ArticlePublished(article.getId(), article.getSlug(), editor));
	}

	/** The article is about to be deleted for good. */
	public void deleted(Article article, String editor) {
		this.extractions.forget(article.getId());
		this.events.publishEvent(new ArticleRemoved(article.getId(), article.getSlug(), editor));
	}

}
