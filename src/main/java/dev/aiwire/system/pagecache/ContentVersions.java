package dev.aiwire.system.pagecache;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.aiwire.system.ContentChanged;
import dev.aiwire.article.ContentWritten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps what every instance keeps from the articles in step with them. A write to an
 * article bumps a counter in the database in the same transaction (the article module's
 * {@link ContentWritten}); this instance empties its page cache once the write commits,
 * and every instance polls the counter: when it moved without a write of its own, or when
 * the day changed (articles scheduled for today become visible without any write), it
 * publishes {@link ContentChanged} for whatever it keeps to be forgotten.
 */
@Component
public class ContentVersions {

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

	/**
	 * Empties the cache after a write of this instance, and takes its version as seen
	 * when no other instance wrote in between, so that the poller does not empty the
	 * caches a second time.
	 */
	@EventListener
	void committed(ContentWritten event) {
		long version = event.version();
		synchronized (this) {
			if (this.seen == version - 1) {
				this.seen = version;
				this.changedAt = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
			}
		}
		this.cache.clear();
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
	public synchronized long version() {
		return this.seen;
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
