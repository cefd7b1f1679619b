package dev.aiwire.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one search index of the portal, on disk under {@code ./data} unless told otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(SearchProperties properties) {
		return properties.inMemory() ? SearchIndex.inMemory() : SearchIndex.onDisk(Path.of(properties.indexDir()));
	}

}
