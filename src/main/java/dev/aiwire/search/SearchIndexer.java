package dev.aiwire.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;
import dev.aiwire.article.ArticlesPublished;
import dev.aiwire.article.PublishedVersion;
import dev.aiwire.article.SearchableArticle;
import dev.aiwire.quote.ExtractedQuote;
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
 * article is read again and indexed if it is published, forgotten if not. At start-up, the index
 * catches up with the database: each document records when the version it holds was written, so
 * only the articles it lacks or holds in an older version are indexed again, a hundred at a time,
 * and those no longer published are forgotten. A new index over a large site is built in batches
 * that never hold more than a hundred articles in memory; an index that missed one publish costs
 * one article.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 100;

	private final SearchIndex index;

	private final ArticleCatalog catalog;

	private final QuoteService quotes;

	/** Held while articles are read from the database and written to the index. */
	private final Object writing = new Object();

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

	/** Many articles written in one transaction (a bulk import): indexed a hundred at a time. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticlesPublished event) {
		try {
			reindex(event.articleIds());
		}
		catch (RuntimeException ex) {
			logger.warn("{} articles could not be indexed; the index is rebuilt at the next start: {}",
					event.articles().size(), ex.getMessage());
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
		long start = System.nanoTime();
		int changed = catchUp();
		if (changed > 0) {
			logger.info("Search index caught up with the database: {} article(s) indexed or forgotten in {} ms", changed,
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/** Indexes an article as it is now, or forgets it if it is not published any more. */
	void reindex(long articleId) {
		synchronized (this.writing) {
			List<SearchableArticle> found = this.catalog.indexable(List.of(articleId));
			if (found.isEmpty()) {
				this.index.remove(articleId);
			}
			else {
				this.index.put(SearchFields.document(found.get(0), this.quotes.quotesOf(articleId)));
			}
		}
	}

	/** Indexes these articles as they are now, a hundred at a time; forgets those not published. */
	void reindex(List<Long> articleIds) {
		for (int from = 0; from < articleIds.size(); from += BATCH) {
			List<Long> batch = articleIds.subList(from, Math.min(articleIds.size(), from + BATCH));
			synchronized (this.writing) {
				Map<Long, List<ExtractedQuote>> quoted = this.quotes.quotesOf(batch);
				List<Document> documents = new ArrayList<>(batch.size());
				Set<Long> found = new HashSet<>();
				for (SearchableArticle article : this.catalog.indexable(batch)) {
					found.add(article.entry().id());
					documents.add(SearchFields.document(article, quoted.getOrDefault(article.entry().id(), List.of())));
				}
				List<Long> unpublished = batch.stream().filter((id) -> !found.contains(id)).toList();
				if (!unpublished.isEmpty()) {
					this.index.removeAll(unpublished);
				}
				this.index.putAll(documents);
			}
		}
	}

	/**
	 * Brings the index in step with the database: indexes the published articles it lacks or holds
	 * in an older version, forgets the others.
	 * @return how many articles were indexed or forgotten
	 */
	int catchUp() {
		Map<Long, Long> indexed = this.index.versions();
		Set<Long> published = new HashSet<>();
		List<Long> stale = new ArrayList<>();
		for (PublishedVersion version : this.catalog.publishedVersions()) {
			published.add(version.id());
			Long held = indexed.get(version.id());
			if (held == null || held != version.updatedAt().toEpochMilli()) {
				stale.add(version.id());
			}
		}
		List<Long> gone = indexed.keySet().stream().filter((id) -> !published.contains(id)).toList();
		if (!gone.isEmpty()) {
			this.index.removeAll(gone);
		}
		for (int from = 0; from < stale.size(); from += BATCH) {
			List<Long> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
			// read and written under the lock of single publishes, so that a publish during the
			// catch-up is never overwritten by the version read before it
			synchronized (this.writing) {
				Map<Long, List<ExtractedQuote>> quoted = this.quotes.quotesOf(batch);
				List<Document> documents = new ArrayList<>(batch.size());
				for (SearchableArticle article : this.catalog.indexable(batch)) {
					documents.add(SearchFields.document(article, quoted.getOrDefault(article.entry().id(), List.of())));
				}
				this.index.putAll(documents);
			}
		}
		return gone.size() + stale.size();
	}

}
