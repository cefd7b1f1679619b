package dev.aiwire.system.pagecache;

import dev.aiwire.system.InterfaceLocaleResolver;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Puts the page cache in front of the pages {@link CacheablePages} marks cacheable. The
 * cache's filter comes first of all filters: a hit is answered before the metrics
 * observation, the session wrapper and security, which a page every anonymous reader gets
 * the same way has no use for; its time is the {@code aiwire.page.cache.served} timer.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** Ahead of every other filter. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	private final PageCacheProperties properties;

	PageCacheConfiguration(PageCacheProperties properties) {
		this.properties = properties;
	}

	@Bean
	PageCompression pageCompression(Environment environment) {
		return new PageCompression(
				Binder.get(environment).bind("server.compression", Compression.class).orElseGet(Compression::new));
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentVersions versions,
			InterfaceLocaleResolver localeResolver, PageCompression compression, MeterRegistry registry) {
		Timer served = Timer.builder("aiwire.page.cache.served")
			.description("Pages sent from memory, from the request's arrival to the last byte written")
			.register(registry);
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, versions, localeResolver, compression, served));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		registration.setEnabled(this.properties.enabled());
		return registration;
	}

}
