package dev.aiwire.search;

import dev.aiwire.search.lucene.LuceneSearchEngine;

/** The behaviour of search on the Lucene index embedded in each instance, in memory. */
class LuceneSearchEngineTests extends SearchEngineBehaviour {

	@Override
	SearchEngine newEngine() {
		return LuceneSearchEngine.inMemory();
	}

}
