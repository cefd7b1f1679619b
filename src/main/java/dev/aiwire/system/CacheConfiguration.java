package dev.aiwire.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the portal keeps of whole-table queries, through Spring's caching abstraction on
 * Caffeine: the methods say what they keep ({@code @Cacheable}) and what empties it
 * ({@code @CacheEvict} on the article events, and when another instance wrote). The one
 * cache manager of the portal: caches are made on first use, each bounded in entries.
 * <p>
 * An eviction runs after the write commits; a count read by a request that began before
 * the commit and ended after the eviction would be kept stale. Entries therefore also
 * expire an hour after they were counted, which bounds that rare case.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	/**
	 * Entries a cache holds at most: far more lists than a site has tags, languages and
	 * months.
	 */
	static final int MAX_ENTRIES = 10_000;

	static final Duration EXPIRY = Duration.ofHours(1);

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> boundedCaches() {
		return (manager) -> {
			manager.setCaffeine(Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(EXPIRY).recordStats());
			manager.setAllowNullValues(false);
		};
	}

}
