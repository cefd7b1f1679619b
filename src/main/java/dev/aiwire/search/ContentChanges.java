package dev.aiwire.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Notices other instances' writes: every write to an article bumps the content version in
 * the database, in the same transaction (the {@code content_version} row of migration V4,
 * which the page caches follow too). When it moved since the last look, the search engine
 * catches up with the articles written since; between writes a look costs one primary-key
 * read. The looks run on the application's scheduler, every
 * {@code aiwire.search.poll-interval} ({@code 0}: never).
 */
@Component
class ContentChanges implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(ContentChanges.class);

	private final JdbcClient jdbc;

	private final SearchIndexer indexer;

	private final SearchProperties properties;

	private volatile long seen = -1;

	private volatile boolean following;

	ContentChanges(JdbcClient jdbc, SearchIndexer indexer, SearchProperties properties) {
		this.jdbc = jdbc;
		this.indexer = indexer;
		this.properties = properties;
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
	 * Catches up when the content version moved; the version is taken as seen once caught
	 * up.
	 */
	synchronized void poll() {
		try {
			long version = currentVersion();
			if (version != this.seen) {
				if (this.seen != -1) {
					this.indexer.catchUpWithOthers();
				}
				this.seen = version;
			}
		}
		catch (RuntimeException ex) {
			logger.warn("The search index could not catch up with other instances' writes: {}", ex.getMessage());
		}
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
