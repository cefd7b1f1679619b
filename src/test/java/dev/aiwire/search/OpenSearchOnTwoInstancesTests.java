package dev.aiwire.search;

import java.nio.file.Path;
import java.util.List;

import dev.aiwire.search.opensearch.OpenSearchEngine;
import org.junit.jupiter.api.AfterAll;

/**
 * Two instances in the {@code opensearch} profile sharing one index on a real node: each
 * writes its own articles to it, with their versions, and looks for the other's writes as
 * well.
 */
class OpenSearchOnTwoInstancesTests extends SearchOnTwoInstancesBehaviour {

	private final String index = OpenSearchNodes.newIndex("instances");

	@Override
	List<String> engine(String instance, Path folder) {
		return List.of("--spring.profiles.active=opensearch",
				"--aiwire.search.opensearch.uris=" + OpenSearchNodes.url(),
				"--aiwire.search.opensearch.index=" + this.index, "--aiwire.search.opensearch.replicas=0");
	}

	@AfterAll
	void deleteIndex() {
		OpenSearchEngine engine = OpenSearchNodes.engineOn(this.index);
		engine.deleteIndex();
		engine.close();
	}

}
