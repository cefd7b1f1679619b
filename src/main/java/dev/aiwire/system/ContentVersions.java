package dev.aiwire.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.ArticlesPublished;
import dev.aiwire.article.ArticleRemoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps what every instance keeps from the articles in step with them. A write to an
 * article bumps a counter in the database in the same transaction; this instance empties
 * its page cache once the write commits, and every instance polls the counter: when it
 * moved without a write of its own, or when the day changed (articles scheduled for today
 * become visible without any write), it publishes {@link ContentChanged} for whatever it
 * keeps to be forgotten.
 */
@Component
class ContentVersions {

	private static final Logger logger = LoggerFactory.getLogger(ContentVersions.class);

	private final JdbcClient jdbc;

	private final PageCache cache;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Instant startedAt;

	private long seen = -1;

	private volatile Instant changedAt;

	private LocalDate day;

	ContentVersions(JdbcClient jdbc, PageCache cache, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.events = events;
		this.clock = clock;
		this.startedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
		this.changedAt = this.startedAt;
		this.day = LocalDate.now(clock);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void bump(ArticlePublished event) {
		bump();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void bump(ArticlesPublished event) {
		bump();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void bump(ArticleRemoved event) {
		bump();
	}

	/**
	 * When the content pages show last changed, to the second: the last write to an
	 * article, or the start of this instance, whose templates may differ from the
	 * previous one's.
	 */
	Instant lastModified() {
		Instant changed = this.changedAt;
		return changed.isAfter(this.startedAt) ? changed : this.startedAt;
	}

	/** The last content version this instance has seen. */
	synchronized long version() {
		return this.seen;
	}

	/**
	 * Bumps the counter inside the writing transaction, and empties the cache once it
	 * commits; without a transaction, at once.
	 */
	private void bump() {
		this.jdbc.sql("update content_version set version = version + 1, changed_at = :now where id = 1")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
		// the row stays locked by this transaction: the version read is the one this
		// write made
		long version = this.jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed(version);
				}
			});
		}
		else {
			committed(version);
		}
	}

	/**
	 * Empties the cache after a write of this instance, and takes its version as seen
	 * when no other instance wrote in between, so that the poller does not empty the
	 * caches a second time.
	 */
	private void committed(long version) {
		synchronized (this) {
			if (this.seen == version - 1) {
				this.seen = version;
				this.changedAt = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
			}
		}
		this.cache.clear();
	}

	/**
	 * Reads the counter, and tells when another instance wrote since the last look or
	 * when the day changed.
	 */
	@Scheduled(fixedDelayString = "${aiwire.page-cache.poll-interval:500ms}")
	void poll() {
		boolean changed = newDay();
		try {
			changed |= this.jdbc.sql("select version, changed_at from content_version where id = 1")
				.query((rs, row) -> seen(rs.getLong(1), rs.getTimestamp(2).toInstant().truncatedTo(ChronoUnit.SECONDS)))
				.single();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the content version: {}", ex.getMessage());
		}
		if (changed) {
			this.cache.clear();
			this.events.publishEvent(new ContentChanged(version()));
		}
	}

	private synchronized boolean newDay() {
		LocalDate today = LocalDate.now(this.clock);
		if (today.equals(this.day)) {
			return false;
		}
		this.day = today;
		return true;
	}

	/**
	 * Takes a version read from the database as seen; whether it moved since the last one
	 * seen.
	 */
	private synchronized boolean seen(long version, Instant changed) {
		if (version == this.seen) {
			return false;
		}
		boolean first = this.seen == -1;
		this.seen = version;
		this.changedAt = changed;
		return !first;
	}

}
