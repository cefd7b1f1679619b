package dev.aiwire.article.publishing;

import dev.aiwire.article.Article;
import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.TimelineService;
import dev.aiwire.timeline.Visibility;

import org.springframework.stereotype.Component;

/**
 * What the timeline and quote modules keep of an article, kept in step with it: its events and
 * quotations when a version is saved, who may see them when the article is trashed or restored,
 * nothing once it is deleted for good.
 */
@Component
public class ExtractionStore {

	private final TimelineService timeline;

	private final QuoteService quotes;

	ExtractionStore(TimelineService timeline, QuoteService quotes) {
		this.timeline = timeline;
		this.quotes = quotes;
	}

	/** Replaces what was stored for the article with what was extracted from its new version. */
	void store(Article article, Extracted extracted) {
		this.timeline.replaceEvents(article.getId(), extracted.events(), visibility(article));
		this.quotes.replaceQuotes(article.getId(), extracted.quotes());
	}

	/** The article left readers' pages or came back. */
	public void visibilityChanged(Article article) {
		this.timeline.changeVisibility(article.getId(), visibility(article));
	}

	/** The article is deleted for good. */
	public void forget(long articleId) {
		this.timeline.deleteEvents(articleId);
		this.quotes.deleteQuotes(articleId);
	}

	private static Visibility visibility(Article article) {
		return new Visibility(article.visibleFrom(), article.getLang());
	}

}
