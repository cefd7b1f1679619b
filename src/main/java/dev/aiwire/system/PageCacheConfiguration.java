package dev.aiwire.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the page cache in front of the reader pages: after the session and metrics filters, so a
 * cache hit is still measured and a session is still seen, and before security, so a hit costs
 * nothing more than a lookup.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** Ahead of Spring Security's filter chain (order -100). */
	static final int ORDER = -200;

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentVersions versions,
			LocaleResolver localeResolver, PageCacheProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, versions, localeResolver, properties));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
