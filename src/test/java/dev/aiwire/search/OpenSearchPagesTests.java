package dev.aiwire.search;

import dev.aiwire.PostgresTestDatabase;
import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.desk.TrashService;
import dev.aiwire.article.publishing.PublishingService;
import dev.aiwire.search.opensearch.OpenSearchEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search pages in the {@code opensearch} profile, on a real node (see
 * {@link OpenSearchNodes}), in an index and a database of their own.
 */
@ActiveProfiles({ "test", "opensearch" })
class OpenSearchPagesTests extends SearchPagesBehaviour {

	private static final String INDEX = OpenSearchNodes.newIndex("pages");

	@DynamicPropertySource
	static void node(DynamicPropertyRegistry properties) {
		properties.add("aiwire.search.opensearch.uris", OpenSearchNodes::url);
		properties.add("aiwire.search.opensearch.index", () -> INDEX);
		properties.add("aiwire.search.opensearch.replicas", () -> "0");
		// a database of its own: the tests publish the same files as SearchPagesTests,
		// which an
		// import would take as unchanged in the H2 test database they share (on
		// PostgreSQL each
		// test context has a schema of its own already)
		if (!PostgresTestDatabase.enabled()) {
			properties.add("spring.datasource.url", () -> "jdbc:h2:mem:" + INDEX + ";DB_CLOSE_DELAY=-1");
		}
	}

	private final SearchEngine engine;

	OpenSearchPagesTests(@Autowired MockMvc mvc, @Autowired PublishingService publishing,
			@Autowired SearchEngine engine, @Autowired SearchIndexer indexer, @Autowired TrashService trash,
			@Autowired ArticleCatalog catalog) {
		super(mvc, publishing, engine, indexer, trash, catalog);
		this.engine = engine;
	}

	@Test
	void searchesTheIndexOfTheProfile() {
		assertThat(this.engine).isInstanceOfSatisfying(OpenSearchEngine.class,
				(opensearch) -> assertThat(opensearch.index()).isEqualTo(INDEX));
		assertThat(this.engine.size()).isPositive();
	}

	@AfterAll
	static void deleteIndex() {
		OpenSearchEngine engine = OpenSearchNodes.engineOn(INDEX);
		engine.deleteIndex();
		engine.close();
	}

}
