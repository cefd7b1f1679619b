package dev.aiwire.article.publishing;

import dev.aiwire.article.store.Article;
import dev.aiwire.quote.QuoteService;
import dev.aiwire.quote.QuotedArticle;
import dev.aiwire.timeline.TimelineArticle;
import dev.aiwire.timeline.TimelineService;

import org.springframework.stereotype.Component;

/**
 * What the timeline and quote modules keep of an article, kept in step with it: its
 * events and quotations when a version is saved, with what their pages show of the
 * article (slug, title, language, dates, visibility, translation key, tags); that
 * description again when the article is trashed or restored; nothing once it is deleted
 * for good. Those modules never read the article's tables.
 */
@Component
public class ExtractionStore {

	private final TimelineService timeline;

	private final QuoteService quotes;

	ExtractionStore(TimelineService timeline, QuoteService quotes) {
		this.timeline = timeline;
		this.quotes = quotes;
	}

	/**
	 * Replaces what was stored for the article with what was extracted from its new
	 * version.
	 * @param created whether the article was just created: nothing is stored of it yet,
	 * so there is nothing to look up or delete first
	 */
	void store(Article article, Extracted extracted, boolean created) {
		// described first: storing may clear the persistence context, and the tags are
		// read lazily
		TimelineArticle forTimeline = timelineArticle(article);
		QuotedArticle forQuotes = quotedArticle(article);
		if (created) {
			this.timeline.addEvents(forTimeline, extracted.events());
			this.quotes.addQuotes(forQuotes, extracted.quotes());
		}
		else {
			this.timeline.replaceEvents(forTimeline, extracted.events());
			this.quotes.replaceQuotes(forQuotes, extracted.quotes());
		}
	}

	/** The article left readers' pages or came back. */
	public void visibilityChanged(Article article) {
		TimelineArticle forTimeline = timelineArticle(article);
		QuotedArticle forQuotes = quotedArticle(article);
		this.timeline.articleChanged(forTimeline);
		this.quotes.articleChanged(forQuotes);
	}

	/** The article is deleted for good. */
	public void forget(long articleId) {
		this.timeline.deleteEvents(articleId);
		this.quotes.deleteQuotes(articleId);
	}

	private static TimelineArticle timelineArticle(Article article) {
		return new TimelineArticle(article.getId(), article.getSlug(), article.getTitle(), article.getLang(),
				article.getDate(), article.visibleFrom(), article.getTranslationKey(),
				article.getTags().stream().map(tag -> new TimelineArticle.Tag(tag.getSlug(), tag.getName())).toList());
	}

	private static QuotedArticle quotedArticle(Article article) {
		return new QuotedArticle(article.getId(), article.getSlug(), article.getTitle(), article.getLang(),
				article.getDate(), article.visibleFrom(), article.getTranslationKey());
	}

}
