package dev.aiwire.search;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which search engine the portal uses, and where.
 *
 * @param engine {@code lucene}, the index embedded in each instance (default), or
 * {@code opensearch}, a cluster every instance shares (what the {@code opensearch}
 * profile sets)
 * @param indexDir the folder of the embedded index; by default beside an H2 file database
 * ({@code data/aiwire-search-index} for {@code data/aiwire}), in memory for an in-memory
 * one, and required for any other database; empty keeps it in memory
 * @param pollInterval how often the index looks for other instances' writes; zero never
 * looks (tests that check the catch-up by hand)
 * @param commitInterval how often the embedded index commits its writes to disk; they are
 * searchable at once, and what a crash loses before a commit is indexed again from the
 * database at start-up; zero commits only when the portal stops
 * @param opensearch the cluster of the {@code opensearch} engine
 */
@ConfigurationProperties("aiwire.search")
record SearchProperties(@DefaultValue("lucene") Engine engine, String indexDir,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("5s") Duration commitInterval,
		@DefaultValue OpenSearch opensearch) {

	enum Engine {

		LUCENE, OPENSEARCH

	}

	/**
	 * An OpenSearch cluster.
	 *
	 * @param uris the addresses of its nodes
	 * @param index the index of the articles; another name builds a new index from the
	 * database
	 * @param username a user name, when the cluster asks for one
	 * @param password its password
	 * @param replicas the copies of the index a new index keeps beside the first
	 */
	record OpenSearch(@DefaultValue("http://127.0.0.1:9200") List<URI> uris,
			@DefaultValue("aiwire-articles") String index, String username, String password,
			@DefaultValue("1") int replicas) {
	}

}
