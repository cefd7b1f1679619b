package dev.aiwire.search;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;
import dev.aiwire.article.IndexableArticle;
import dev.aiwire.quote.QuoteService;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the articles: after each publishing transaction commits, the
 * article is read again and indexed if it is published, forgotten if not. At start-up, an index
 * that does not hold exactly the published articles (new, lost, or left from another database)
 * is rebuilt from the database.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 100;

	private final SearchIndex index;

	private final ArticleCatalog catalog;

	private final QuoteService quotes;

	SearchIndexer(SearchIndex index, ArticleCatalog catalog, QuoteService quotes) {
		this.index = index;
		this.catalog = catalog;
		this.quotes = quotes;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticlePublished event) {
		try {
			reindex(event.articleId());
		}
		catch (RuntimeException ex) {
			logger.warn("Article {} could not be indexed; the index is rebuilt at the next start: {}",
					event.articleId(), ex.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleRemoved event) {
		try {
			this.index.remove(event.articleId());
		}
		catch (RuntimeException ex) {
			logger.warn("Article {} could not be removed from the index: {}", event.articleId(), ex.getMessage());
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		rebuildIfStale();
	}

	/** Indexes an article as it is now, or forgets it if it is not published any more. */
	void reindex(long articleId) {
		List<IndexableArticle> found = this.catalog.indexable(List.of(articleId));
		if (found.isEmpty()) {
			this.index.remove(articleId);
		}
		else {
			this.index.put(document(found.get(0)));
		}
	}

	/** Rebuilds the index when it does not hold exactly the published articles; true if it did. */
	boolean rebuildIfStale() {
		List<Long> published = this.catalog.publishedIds();
		List<Long> indexed = this.index.ids();
		if (indexed.size() == published.size() && indexed.containsAll(published)) {
			return false;
		}
		rebuild(published);
		return true;
	}

	/** Replaces the index with every published article, read in batches. */
	void rebuild(List<Long> published) {
		List<Document> documents = new ArrayList<>(published.size());
		for (int from = 0; from < published.size(); from += BATCH) {
			List<Long> batch = published.subList(from, Math.min(published.size(), from + BATCH));
			for (IndexableArticle article : this.catalog.indexable(batch)) {
				documents.add(document(article));
			}
		}
		this.index.replaceAll(documents);
		logger.info("Search index rebuilt with {} published articles", documents.size());
	}

	private Document document(IndexableArticle article) {
		return SearchFields.document(article, this.quotes.quotesOf(article.entry().id()));
	}

}
