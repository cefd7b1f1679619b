package dev.aiwire.search;

import dev.aiwire.search.lucene.LuceneSearchEngine;
import dev.aiwire.search.opensearch.OpenSearchEngine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one search engine of the portal, chosen by {@code aiwire.search.engine}: the Lucene
 * index embedded in this instance unless told otherwise, an OpenSearch cluster in the
 * {@code opensearch} profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "aiwire.search.engine", havingValue = "lucene", matchIfMissing = true)
	SearchEngine luceneSearchEngine(SearchProperties properties, Environment environment) {
		return IndexLocation.of(properties.indexDir(), environment.getProperty("spring.datasource.url"))
			.map(LuceneSearchEngine::onDisk)
			.orElseGet(LuceneSearchEngine::inMemory);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "aiwire.search.engine", havingValue = "opensearch")
	SearchEngine openSearchEngine(SearchProperties properties) {
		SearchProperties.OpenSearch cluster = properties.opensearch();
		return OpenSearchEngine.connect(cluster.uris(), cluster.username(), cluster.password(), cluster.index(),
				cluster.replicas());
	}

}
