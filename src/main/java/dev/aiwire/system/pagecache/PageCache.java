package dev.aiwire.system.pagecache;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/**
 * Rendered reader pages in memory, bounded in bytes. Emptied whenever an article changes:
 * every page may list or link any article, so a change empties them all. A page rendered
 * while the cache was being emptied is not kept, since it may show what was there before
 * the change.
 */
@Component
class PageCache {

	static final String NAME = "pages";

	private final Cache<PageKey, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	PageCache(PageCacheProperties properties, MeterRegistry registry) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((PageKey key, CachedPage page) -> page.weight() + key.uri().length() * 2)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, this.pages, NAME);
		Gauge.builder("aiwire.page.cache.hit.ratio", this.pages, cache -> cache.stats().hitRate())
			.description("Share of cacheable page requests served from memory since start-up")
			.register(registry);
		Gauge
			.builder("aiwire.page.cache.size", this.pages,
					cache -> cache.policy()
						.eviction()
						.flatMap(eviction -> eviction.weightedSize().stream().boxed().findFirst())
						.orElse(0L))
			.description("Bytes of rendered pages held in memory")
			.baseUnit("bytes")
			.register(registry);
	}

	CachedPage get(PageKey key) {
		return this.pages.getIfPresent(key);
	}

	/** The generation to pass to {@link #put} for a page about to be rendered. */
	long generation() {
		return this.generation.get();
	}

	/** Keeps a page unless the cache was emptied since its rendering began. */
	void put(PageKey key, CachedPage page, long renderedInGeneration) {
		if (this.generation.get() == renderedInGeneration) {
			this.pages.put(key, page);
			if (this.generation.get() != renderedInGeneration) {
				this.pages.invalidate(key);
			}
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

}
