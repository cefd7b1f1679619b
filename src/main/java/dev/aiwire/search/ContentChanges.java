package dev.aiwire.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices other instances' writes: every write to an article bumps the content version in
 * the database, in the same transaction (the {@code content_version} row of migration V4,
 * which the page caches follow too). When it moved since the last look, the search engine
 * catches up with the articles written since; between writes a look costs one primary-key
 * read.
 */
@Component
class ContentChanges implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ContentChanges.class);

	private final JdbcClient jdbc;

	private final SearchIndexer indexer;

	private final SearchProperties properties;

	private volatile long seen = -1;

	private volatile ScheduledExecutorService poller;

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
		return this.poller != null && currentVersion() != this.seen;
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
	public void start() {
		long every = this.properties.pollInterval().toMillis();
		if (every <= 0) {
			return;
		}
		poll();
		this.poller = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "search-index-follower");
			thread.setDaemon(true);
			return thread;
		});
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
