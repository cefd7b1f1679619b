package dev.aiwire.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticleRemoved;
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

	private final PageCacheProperties properties;

	private final Clock clock;

	private final Instant startedAt;

	private volatile long seen = -1;

	private volatile Instant changedAt;

	private ScheduledExecutorService poller;

	ContentVersions(JdbcClient jdbc, PageCache cache, PageCacheProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.properties = properties;
		this.clock = clock;
		this.startedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.changedAt = this.startedAt;
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
		this.cache.clear();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void removed(ArticleRemoved event) {
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
	}

	/** Reads the counter; empties the cache when another write happened since the last look. */
	void poll() {
		try {
			this.jdbc.sql("select version, changed_at from content_version where id = 1").query((rs, row) -> {
				long version = rs.getLong(1);
				Instant changed = rs.getTimestamp(2).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
				if (version != this.seen) {
					if (this.seen != -1) {
						this.cache.clear();
					}
					this.seen = version;
					this.changedAt = changed;
				}
				return version;
			}).list();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the content version: {}", ex.getMessage());
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
