package dev.aiwire.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheets, the editors' few scripts and the icon, at URLs that carry a hash of
 * their content ({@code /css/site-<md5>.css}) so that browsers and a CDN may keep them
 * for a year.
 *
 * <p>
 * Only these paths are asset paths. Every link a template writes goes through the
 * rewriting of asset URLs, and with assets mapped at {@code /**} each link of a page (an
 * article, a tag, a sentence of the timeline) was looked for as a file in the jar: most
 * of the time of a page rendered from the database went there.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		serve(registry, "/css/**", "classpath:/static/css/");
		serve(registry, "/js/**", "classpath:/static/js/");
		serve(registry, "/*.svg", "classpath:/static/");
	}

	private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
