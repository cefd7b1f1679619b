package dev.aiwire.system.pagecache;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Marks the reader pages ({@code aiwire.page-cache.paths}) as cacheable: asked for by an
 * anonymous reader, they answer with a public {@code Cache-Control} (max-age, s-maxage
 * for a CDN, stale-while-revalidate), set by the framework's
 * {@link WebContentInterceptor} before the controller runs. That header is what browsers,
 * a CDN and the page cache go by. An editor's request, or one that switches the language
 * (and so sets a cookie), is not marked and keeps Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class CacheablePages implements WebMvcConfigurer {

	private final PageCacheProperties properties;

	CacheablePages(PageCacheProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (!this.properties.enabled()) {
			return;
		}
		CacheControl shared = CacheControl.maxAge(this.properties.browserMaxAge())
			.cachePublic()
			.sMaxAge(this.properties.sharedMaxAge())
			.staleWhileRevalidate(this.properties.staleWhileRevalidate());
		WebContentInterceptor marking = new WebContentInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				return !PageCacheFilter.anonymousRead(request) || super.preHandle(request, response, handler);
			}
		};
		for (String path : this.properties.paths()) {
			marking.addCacheMapping(shared, path);
		}
		registry.addInterceptor(marking);
	}

}
