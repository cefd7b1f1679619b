package dev.aiwire.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.aiwire.article.ContentWritten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The search index of an instance reads the articles written since its last look only
 * when someone else may have written: the shared content version moved past a version
 * that none of this instance's own writes made, or one of its own writes could not be
 * indexed as it committed.
 */
class ContentChangesTests {

	private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
			"jdbc:h2:mem:content-changes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

	private final SearchIndexer indexer = mock(SearchIndexer.class);

	private final ContentChanges changes = new ContentChanges(this.jdbc, this.indexer,
			new SearchProperties(SearchProperties.Engine.LUCENE, null, Duration.ofMillis(500), Duration.ofSeconds(5),
					null),
			Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));

	private long version;

	@BeforeEach
	void followTheVersionFromZero() {
		this.jdbc.sql("create table content_version (id integer primary key, version bigint not null)").update();
		this.jdbc.sql("insert into content_version (id, version) values (1, 0)").update();
		this.changes.configureTasks(new ScheduledTaskRegistrar());
		this.changes.poll();
	}

	@Test
	void takesItsOwnWritesAsSeenWithoutReadingThemAgain() {
		ownWrite();
		this.changes.poll();
		ownWrite();
		ownWrite();
		this.changes.poll();

		verify(this.indexer, never()).catchUpWithOthers();
		verify(this.indexer, times(2)).seenUpTo(any());
	}

	@Test
	void catchesUpWithAnotherInstancesWrite() {
		otherWrite();
		this.changes.poll();

		verify(this.indexer).catchUpWithOthers();
	}

	@Test
	void catchesUpWhenAnotherInstanceWroteBetweenItsOwnWrites() {
		ownWrite();
		otherWrite();
		ownWrite();
		this.changes.poll();
		otherWrite();
		ownWrite();
		this.changes.poll();

		verify(this.indexer, times(2)).catchUpWithOthers();
	}

	@Test
	void catchesUpWhenItsOwnWriteIsNotToldYet() {
		bump();
		this.changes.poll();
		this.changes.written(new ContentWritten(this.version));
		this.changes.poll();

		verify(this.indexer).catchUpWithOthers();
	}

	@Test
	void comparesEverythingWhenItsOwnWriteWasNotIndexed() {
		given(this.indexer.takeMissedWrite()).willReturn(true, false);
		ownWrite();
		this.changes.poll();
		this.changes.poll();

		verify(this.indexer).catchUp();
		verify(this.indexer, never()).catchUpWithOthers();
	}

	private void ownWrite() {
		bump();
		this.changes.written(new ContentWritten(this.version));
	}

	private void otherWrite() {
		bump();
	}

	private void bump() {
		this.jdbc.sql("update content_version set version = version + 1 where id = 1").update();
		this.version++;
	}

}
