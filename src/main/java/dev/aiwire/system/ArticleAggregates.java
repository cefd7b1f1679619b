package dev.aiwire.system;

import dev.aiwire.article.ArticleService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets the counts kept over every article (list counts, tag counts) when the content
 * changed elsewhere; the article module forgets them itself after its own writes.
 */
@Component
class ArticleAggregates {

	private final ArticleService articles;

	ArticleAggregates(ArticleService articles) {
		this.articles = articles;
	}

	@EventListener
	void forget(ContentChanged event) {
		this.articles.forgetAggregates();
	}

}
