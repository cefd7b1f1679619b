package dev.aiwire.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleChange;
import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;
import dev.aiwire.article.ArticlesPublished;
import dev.aiwire.article.PublishedVersion;
import dev.aiwire.article.SearchableArticle;
import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.quote.QuoteService;
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
 * Keeps the search engine in step with the articles, three ways:
 * <ul>
 * <li>after each write of this instance commits, the article is read again and indexed if
 * it is published, forgotten if not;</li>
 * <li>when another instance wrote ({@link ContentChanges} sees the content version move),
 * the articles written since the last look are compared with what the engine holds, and
 * only those it holds in another version are indexed or forgotten;</li>
 * <li>at start-up, every published article is compared: each document records when the
 * version it holds was written, so only the articles the engine lacks or holds in an
 * older version are indexed again, a hundred at a time, and those no longer published are
 * forgotten.</li>
 * </ul>
 * A new index over a large site is built in batches that never hold more than a hundred
 * articles in memory; an index that missed one write costs one article.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 100;

	/**
	 * How far back a look for other instances' writes reaches before the last write it
	 * saw: a transaction commits after it stamped its articles, and instances' clocks
	 * differ a little.
	 */
	static final Duration MARGIN = Duration.ofMinutes(1);

	private final SearchEngine engine;

	private final ArticleCatalog catalog;

	private final QuoteService quotes;

	private final Clock clock;

	/** Held while articles are read from the database and written to the engine. */
	private final Object writing = new Object();

	/** The latest write seen, null until the start-up catch-up. */
	private volatile Instant lastSeen;

	/**
	 * Whether a write of this instance could not be indexed or forgotten as it committed:
	 * the next look for other instances' writes catches up even if none wrote.
	 */
	private final AtomicBoolean missedWrite = new AtomicBoolean();

	/** How many times the engine caught up with other instances' writes. */
	private final AtomicInteger catchUpsWithOthers = new AtomicInteger();

	SearchIndexer(SearchEngine engine, ArticleCatalog catalog, QuoteService quotes, Clock clock) {
		this.engine = engine;
		this.catalog = catalog;
		this.quotes = quotes;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticlePublished event) {
		follow(event.articleId());
	}

	/**
	 * Many articles written in one transaction (a bulk import): indexed a hundred at a
	 * time.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticlesPublished event) {
		try {
			reindex(event.articleIds());
		}
		catch (RuntimeException ex) {
			missedWrite();
			logger.warn("{} articles could not be indexed; the next catch-up or start will: {}",
					event.articles().size(), ex.getMessage());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(ArticleRemoved event) {
		follow(event.articleId());
	}

	private void follow(long articleId) {
		try {
			reindex(articleId);
		}
		catch (RuntimeException ex) {
			missedWrite();
			logger.warn("Article {} could not be indexed or forgotten; the next catch-up will: {}", articleId,
					ex.getMessage());
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		int changed = catchUp();
		if (changed > 0) {
			logger.info("Search index caught up with the database: {} article(s) indexed or forgotten in {} ms",
					changed, (System.nanoTime() - start) / 1_000_000);
		}
	}

	/** Indexes an article as it is now, or forgets it if it is not published any more. */
	void reindex(long articleId) {
		List<ArticleChange> found = this.catalog.changes(List.of(articleId));
		if (found.isEmpty()) {
			this.engine.forgetAll(List.of(articleId));
		}
		else {
			ArticleChange change = found.get(0);
			if (change.published()) {
				index(List.of(articleId));
			}
			else {
				this.engine.forget(articleId, change.version());
			}
		}
	}

	/**
	 * Indexes these articles as they are now, a hundred at a time; forgets those not
	 * published.
	 */
	void reindex(List<Long> articleIds) {
		Set<Long> published = new HashSet<>();
		for (ArticleChange change : this.catalog.changes(articleIds)) {
			if (change.published()) {
				published.add(change.id());
			}
		}
		List<Long> others = articleIds.stream().filter((id) -> !published.contains(id)).toList();
		if (!others.isEmpty()) {
			this.engine.forgetAll(others);
		}
		index(published);
	}

	/**
	 * Brings the engine in step with the writes of every instance since the last look
	 * (with a {@link #MARGIN}): those it holds in the version written are left alone.
	 * When the engine then holds another number of articles than the database publishes
	 * (an article deleted for good between two looks), everything is compared, as at
	 * start-up.
	 * @return how many articles were indexed or forgotten
	 */
	int catchUpWithOthers() {
		Instant since = this.lastSeen;
		if (since == null) {
			return 0;
		}
		this.catchUpsWithOthers.incrementAndGet();
		List<ArticleChange> changes = this.catalog.changedSince(since.minus(MARGIN));
		int changed = apply(changes);
		changes.stream().map(ArticleChange::updatedAt).max(Instant::compareTo).ifPresent((latest) -> {
			if (latest.isAfter(since)) {
				this.lastSeen = latest;
			}
		});
		if (this.engine.size() != this.catalog.publishedCount()) {
			changed += catchUp();
		}
		return changed;
	}

	/**
	 * Takes the writes of every instance up to a time as seen without reading them: the
	 * content version showed that only this instance wrote, and it follows its own
	 * writes. The next catch-up reaches back from there (with the {@link #MARGIN}).
	 */
	void seenUpTo(Instant time) {
		Instant since = this.lastSeen;
		if (since != null && time.isAfter(since)) {
			this.lastSeen = time;
		}
	}

	/** Has the next look for others' writes catch up, this instance having missed one. */
	void missedWrite() {
		this.missedWrite.set(true);
	}

	/**
	 * Whether a write of this instance was missed since the last call: the caller then
	 * catches up.
	 */
	boolean takeMissedWrite() {
		return this.missedWrite.getAndSet(false);
	}

	/** How many times the engine caught up with other instances' writes so far. */
	int catchUpsWithOthers() {
		return this.catchUpsWithOthers.get();
	}

	private int apply(List<ArticleChange> changes) {
		if (changes.isEmpty()) {
			return 0;
		}
		Map<Long, Long> held = this.engine.versions(changes.stream().map(ArticleChange::id).toList());
		List<Long> stale = new ArrayList<>();
		int forgotten = 0;
		for (ArticleChange change : changes) {
			Long version = held.get(change.id());
			if (change.published() && (version == null || version != change.updatedAt().toEpochMilli())) {
				stale.add(change.id());
			}
			else if (!change.published() && version != null) {
				this.engine.forget(change.id(), change.version());
				forgotten++;
			}
		}
		index(stale);
		return stale.size() + forgotten;
	}

	/**
	 * Brings the engine in step with the database: indexes the published articles it
	 * lacks or holds in an older version, forgets the others.
	 * @return how many articles were indexed or forgotten
	 */
	int catchUp() {
		Instant started = Instant.now(this.clock);
		Map<Long, Long> indexed = this.engine.versions();
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
			this.engine.forgetAll(gone);
		}
		index(stale);
		if (this.lastSeen == null || started.isAfter(this.lastSeen)) {
			this.lastSeen = started;
		}
		return gone.size() + stale.size();
	}

	/**
	 * Reads these articles as they are now and indexes those published, a hundred at a
	 * time.
	 */
	private void index(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			// read and written under one lock, so that this instance never writes an
			// older read
			// after a newer one; the engine's versions do the same across instances
			synchronized (this.writing) {
				Map<Long, List<ExtractedQuote>> quoted = this.quotes.quotesOf(batch);
				List<SearchDocument> documents = new ArrayList<>(batch.size());
				for (SearchableArticle article : this.catalog.indexable(batch)) {
					documents.add(SearchDocument.of(article, quoted.getOrDefault(article.entry().id(), List.of())));
				}
				this.engine.index(documents);
			}
		}
	}

}
