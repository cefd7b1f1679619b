package dev.aiwire.system;

import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;
import dev.aiwire.article.ArticlesPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One line per committed write to an article, naming the article and the editor: what an
 * operator greps for when a page changed and nobody knows why. Logged after commit, so a
 * line means the change is in the database.
 */
@Component
class WriteLog {

	private static final Logger logger = LoggerFactory.getLogger("dev.aiwire.writes");

	@TransactionalEventListener(fallbackExecution = true)
	void published(ArticlePublished event) {
		logger.info("committed: article '{}' (id {}) published by {}", event.slug(), event.articleId(), event.editor());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void published(ArticlesPublished event) {
		event.articles().forEach(this::published);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void removed(ArticleRemoved event) {
		logger.info("committed: article '{}' (id {}) removed by {}", event.slug(), event.articleId(), event.editor());
	}

}
