package dev.aiwire.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.aiwire.article.ContentWritten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Notices other instances' writes: every write to an article bumps the content version in
 * the database, in the same transaction (the {@code content_version} row of migration V4,
 * which the page caches follow too). When it moved since the last look, the search engine
 * catches up with the articles written since, unless every version in between was made by
 * a write of this instance, which the index follows as it commits. Between writes a look
 * costs one primary-key read. The looks run on the application's scheduler, every
 * {@code aiwire.search.poll-interval} ({@code 0}: never).
 */
@Component
class ContentChanges implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(ContentChanges.class);

	private final JdbcClient jdbc;

	private final SearchIndexer indexer;

	private final SearchProperties properties;

	private final Clock clock;

	private volatile long seen = -1;

	private volatile boolean following;

	/** Versions made by this instance's writes since the last look. */
	private final Set<Long> own = ConcurrentHashMap.newKeySet();

	ContentChanges(JdbcClient jdbc, SearchIndexer indexer, SearchProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.indexer = indexer;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether writes committed in the database are not all in the engine yet: another
	 * instance's write before this instance's next look, or this instance's own until
	 * then. What is read then may be out of date, and must not be kept by the page cache,
	 * which may have been emptied for that write already. Always false when the index
	 * does not look for other instances' writes.
	 */
	boolean isBehind() {
		return this.following && currentVersion() != this.seen;
	}

	private long currentVersion() {
		return this.jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
	}

	/**
	 * Keeps the version a write of this instance made: the index followed that write
	 * itself, after its commit.
	 */
	@EventListener
	void written(ContentWritten event) {
		if (this.following) {
			this.own.add(event.version());
		}
	}

	/**
	 * Catches up when the content version moved by a write of another instance, or when
	 * the index missed one of this instance's writes; the version is taken as seen once
	 * caught up.
	 */
	synchronized void poll() {
		boolean missed = this.indexer.takeMissedWrite();
		try {
			Instant looked = Instant.now(this.clock);
			long version = currentVersion();
			if (version != this.seen || missed) {
				if (missed) {
					// compared in full: the missed write may be older than the last look
					this.indexer.catchUp();
				}
				else if (this.seen != -1) {
					if (!ownWritesUpTo(version)) {
						this.indexer.catchUpWithOthers();
					}
					else {
						// none of the others wrote before this look
						this.indexer.seenUpTo(looked);
					}
				}
				this.seen = version;
				this.own.removeIf((made) -> made <= version);
			}
		}
		catch (RuntimeException ex) {
			if (missed) {
				this.indexer.missedWrite();
			}
			logger.warn("The search index could not catch up with other instances' writes: {}", ex.getMessage());
		}
	}

	/**
	 * Whether every version after the last one seen, up to this one, was made by a write
	 * of this instance. One made by another instance, or by one of this instance's writes
	 * not told yet, is not.
	 */
	private boolean ownWritesUpTo(long version) {
		if (version < this.seen) {
			return false;
		}
		for (long made = this.seen + 1; made <= version; made++) {
			if (!this.own.contains(made)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration every = this.properties.pollInterval();
		if (every.isZero() || every.isNegative()) {
			return;
		}
		this.following = true;
		registrar.addFixedDelayTask(this::poll, every);
	}

}
