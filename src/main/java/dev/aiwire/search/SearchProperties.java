package dev.aiwire.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives.
 *
 * @param indexDir the folder of the Lucene index ({@code aiwire.search.index-dir}, default
 * {@code data/search-index}); empty keeps the index in memory, as tests do
 */
@ConfigurationProperties("aiwire.search")
record SearchProperties(@DefaultValue("data/search-index") String indexDir) {

	boolean inMemory() {
		return this.indexDir == null || this.indexDir.isBlank();
	}

}
