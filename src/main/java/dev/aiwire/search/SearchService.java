package dev.aiwire.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.RelatedArticles;

import org.springframework.stereotype.Service;

/**
 * Searching published articles, and finding the articles related to one. Only what is
 * visible today is found: drafts are not in the index, and scheduled articles are
 * filtered out by date.
 */
@Service
public class SearchService implements RelatedArticles {

	/** Results on a page. */
	public static final int PAGE_SIZE = 10;

	private final SearchEngine engine;

	private final Clock clock;

	private final ContentChanges changes;

	SearchService(SearchEngine engine, Clock clock, ContentChanges changes) {
		this.engine = engine;
		this.changes = changes;
		this.clock = clock;
	}

	/** A page of results, best first; a blank query finds nothing. */
	public SearchResults search(SearchQuery query) {
		if (query.isBlank()) {
			return SearchResults.empty(query);
		}
		return this.engine.search(query, today(), PAGE_SIZE);
	}

	/**
	 * Whether the engine may still lack a write committed in the database (by another
	 * instance, or by this one until its next look): results read now must not be kept by
	 * a cache.
	 */
	public boolean mayLagBehindWrites() {
		return this.changes.isBehind();
	}

	@Override
	public List<Long> relatedTo(long articleId, int limit) {
		return this.engine.related(articleId, today(), limit);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
