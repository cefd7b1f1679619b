package dev.aiwire.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;
import dev.aiwire.article.ArticleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the page caches of every instance in step with the articles. A write to an article bumps
 * a counter in the database in the same transaction; this instance empties its cache once the
 * write commits, and every instance polls the counter and empties its own cache when it moves.
 */
@Component
class ContentVersions implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ContentVersions.class);

	private final JdbcClient jdbc;

	private final PageCache cache;

	private final ArticleService articles;

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Instant startedAt;

	private static final ThreadLocal<Long> OWN_VERSION = new ThreadLocal<>();

	private volatile long seen = -1;

	private volatile Instant changedAt;

	private ScheduledExecutorService poller;

	private volatile LocalDate day;

	ContentVersions(JdbcClient jdbc, PageCache cache, ArticleService articles, PageCacheProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
		this.startedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.changedAt = this.startedAt;
		this.day = LocalDate.now(clock);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void bump(ArticlePublished event) {
		bump();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void bump(ArticleRemoved event) {
		bump();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(ArticlePublished event) {
		committed();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void removed(ArticleRemoved event) {
		committed();
	}

	/**
	 * Empties the cache after a write of this instance, and takes its version as seen when no other
	 * instance wrote in between, so that the poller does not empty the caches a second time.
	 */
	private void committed() {
		Long version = OWN_VERSION.get();
		OWN_VERSION.remove();
		if (version != null) {
			synchronized (this) {
				if (this.seen == version - 1) {
					this.seen = version;
					this.changedAt = Instant.now(this.clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
				}
			}
		}
		this.cache.clear();
	}

	/**
	 * When the content pages show last changed, to the second: the last write to an article, or
	 * the start of this instance, whose templates may differ from the previous one's.
	 */
	Instant lastModified() {
		Instant changed = this.changedAt;
		return changed.isAfter(this.startedAt) ? changed : this.startedAt;
	}

	/** The last content version this instance has seen. */
	long version() {
		return this.seen;
	}

	private void bump() {
		this.jdbc.sql("update content_version set version = version + 1, changed_at = :now where id = 1")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
		// the row stays locked by this transaction: the version read is the one this write made
		OWN_VERSION.set(this.jdbc.sql("select version from content_version where id = 1").query(Long.class).single());
	}

	/**
	 * Reads the counter; empties the cache when another write happened since the last look, or
	 * when the day changed (articles scheduled for today become visible without any write).
	 */
	void poll() {
		LocalDate today = LocalDate.now(this.clock);
		if (!today.equals(this.day)) {
			this.day = today;
			this.articles.forgetAggregates();
			this.cache.clear();
		}
		try {
			this.jdbc.sql("select version, changed_at from content_version where id = 1").query((rs, row) -> {
				seen(rs.getLong(1), rs.getTimestamp(2).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
				return row;
			}).list();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the content version: {}", ex.getMessage());
		}
	}

	private synchronized void seen(long version, Instant changed) {
		if (version != this.seen) {
			if (this.seen != -1) {
				this.articles.forgetAggregates();
				this.cache.clear();
			}
			this.seen = version;
			this.changedAt = changed;
		}
	}

	@Override
	public void start() {
		poll();
		this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "content-version-poller");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(10, this.properties.pollInterval().toMillis());
		this.poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

}
