package dev.aiwire.system;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/**
 * Rendered reader pages in memory, bounded in bytes. Emptied whenever an article changes:
 * every page may list or link any article, so a change empties them all. A page rendered
 * while the cache was being emptied is not kept, since it may show what was there before
 * the change.
 * <p>
 * A body from {@link PageCacheProperties#fileMinSize()} up is also written to a file of
 * its own ({@link PageFiles}) when the page is kept, and that file is released when the
 * page leaves the cache, whether replaced, evicted or emptied.
 */
@Component
class PageCache {

	static final String NAME = "pages";

	private final Cache<PageKey, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private final PageFiles files;

	private final long fileMinSize;

	PageCache(PageCacheProperties properties, MeterRegistry registry, PageFiles files) {
		this.files = files;
		this.fileMinSize = properties.fileMinSize().toBytes();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((PageKey key, CachedPage page) -> page.weight() + key.uri().length() * 2)
			// on the thread that removed the page: its files go as soon as it does
			.executor(Runnable::run)
			.removalListener((PageKey key, CachedPage page, RemovalCause cause) -> release(page))
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
			this.pages.put(key, page.withFiles(fileOf(page.body()), fileOf(page.gzipBody())));
			if (this.generation.get() != renderedInGeneration) {
				this.pages.invalidate(key);
			}
		}
	}

	private Path fileOf(byte[] body) {
		return (body != null && body.length >= this.fileMinSize) ? this.files.write(body) : null;
	}

	private void release(CachedPage page) {
		if (page != null) {
			this.files.release(page.file());
			this.files.release(page.gzipFile());
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
