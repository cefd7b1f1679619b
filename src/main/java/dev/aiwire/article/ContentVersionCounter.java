package dev.aiwire.article;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves the content version every instance follows by one with each write to an article,
 * inside the writing transaction, and tells this instance, once the write committed,
 * which version it made ({@link ContentWritten}). Other instances poll the version to
 * learn that someone wrote; this instance tells its own writes from theirs by the
 * versions it was told.
 */
@Component
class ContentVersionCounter {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentVersionCounter(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void count(ArticlePublished event) {
		count();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void count(ArticlesPublished event) {
		count();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void count(ArticleRemoved event) {
		count();
	}

	/**
	 * Moves the version inside the writing transaction, and tells which version it made
	 * once the write commits; without a transaction, at once.
	 */
	private void count() {
		this.jdbc.sql("update content_version set version = version + 1, changed_at = :now where id = 1")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
		// the row stays locked by this transaction: the version read is the one this
		// write made
		long version = this.jdbc.sql("select version from content_version where id = 1").query(Long.class).single();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// registered after the listeners of the write's events (those that follow it
			// after commit, such as the search index), so told after them
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ContentVersionCounter.this.events.publishEvent(new ContentWritten(version));
				}
			});
		}
		else {
			this.events.publishEvent(new ContentWritten(version));
		}
	}

}
