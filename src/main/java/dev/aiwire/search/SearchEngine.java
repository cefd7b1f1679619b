package dev.aiwire.search;

import java.io.Closeable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where published articles are searched: the Lucene index embedded in each instance
 * ({@code dev.aiwire.search.lucene}, the default) or an OpenSearch cluster that every
 * instance shares ({@code dev.aiwire.search.opensearch}, profile {@code opensearch}).
 * Both read the same {@link SearchDocument}s, analyse text as {@link TextAnalysis}
 * describes, weigh fields as {@link SearchFields} says, and answer the same behaviour
 * tests.
 * <p>
 * Writes are versioned: a document never replaces one of a later
 * {@link SearchDocument#version() version}, so two instances that index the same article
 * at once leave the newer one whatever the order their requests arrive in. Every write is
 * idempotent and visible to searches once it returns; durable once {@link #commit()}
 * returned.
 */
public interface SearchEngine extends Closeable {

	/** How many tags the facets of a search offer, the most frequent first. */
	int TAG_FACETS = 50;

	/**
	 * Adds articles or replaces what the engine holds for them, unless it holds a later
	 * version.
	 */
	void index(Collection<SearchDocument> documents);

	/**
	 * Forgets an article that stopped being published at {@code version}, unless the
	 * engine holds a later version of it (published again meanwhile); nothing happens if
	 * it did not have it.
	 */
	void forget(long articleId, long version);

	/**
	 * Forgets these articles whatever version it holds: they are gone from the database.
	 */
	void forgetAll(Collection<Long> articleIds);

	/**
	 * Every article held, with when the version held was written (epoch milliseconds), to
	 * compare with the database.
	 */
	Map<Long, Long> versions();

	/** The same for some articles only; those not held are left out. */
	Map<Long, Long> versions(Collection<Long> articleIds);

	/**
	 * Makes the writes returned so far survive a restart of this instance. An engine may
	 * hold writes in memory until then (the embedded index does, for a few seconds): what
	 * a crash loses is indexed again by the catch-up with the database at start-up. An
	 * engine that keeps every write at once does nothing.
	 */
	default void commit() {
	}

	/** How many articles are held, scheduled ones included. */
	long size();

	/**
	 * A page of articles visible on {@code today} that match the words, best first, with
	 * a snippet each, and the languages, years and tags of every match before the
	 * filters. Any text gives a query, never an error. Every word must match; when that
	 * finds nothing, any word may.
	 */
	SearchResults search(SearchQuery query, LocalDate today, int pageSize);

	/**
	 * Articles visible on {@code today} that share the most tags and speakers with an
	 * article, the rarer ones weighing more, without the article and its translations,
	 * best first.
	 */
	List<Long> related(long articleId, LocalDate today, int limit);

}
