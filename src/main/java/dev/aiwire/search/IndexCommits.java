package dev.aiwire.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Commits the search engine's writes every {@code aiwire.search.commit-interval}
 * ({@code 0}: only when the portal stops), on the application's scheduler. A publish does
 * not wait for the index to reach the disk: searches see it at once, and should the
 * process end before the next commit, the catch-up at start-up indexes again what the
 * database holds and the index lacks.
 */
@Component
class IndexCommits implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(IndexCommits.class);

	private final SearchEngine engine;

	private final SearchProperties properties;

	IndexCommits(SearchEngine engine, SearchProperties properties) {
		this.engine = engine;
		this.properties = properties;
	}

	void commit() {
		try {
			this.engine.commit();
		}
		catch (RuntimeException ex) {
			logger.warn("The search index could not be committed; the next commit or start-up will: {}",
					ex.getMessage());
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration every = this.properties.commitInterval();
		if (every.isZero() || every.isNegative()) {
			return;
		}
		registrar.addFixedDelayTask(this::commit, every);
	}

}
