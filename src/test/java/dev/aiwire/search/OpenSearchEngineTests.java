package dev.aiwire.search;

import dev.aiwire.search.opensearch.OpenSearchEngine;

/**
 * The behaviour of search on a real OpenSearch node (see {@link OpenSearchNodes}), each
 * test on an index of its own, created with the settings and mapping of the
 * {@code opensearch} profile.
 */
class OpenSearchEngineTests extends SearchEngineBehaviour {

	@Override
	SearchEngine newEngine() {
		return OpenSearchNodes.newEngine("behaviour");
	}

	@Override
	void dispose(SearchEngine engine) throws Exception {
		((OpenSearchEngine) engine).deleteIndex();
		engine.close();
	}

}
