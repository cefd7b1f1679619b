package dev.aiwire.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.UriUtils;

/**
 * The site as the outside world links to it: canonical URLs, feeds, the sitemap and
 * structured data are absolute URLs under {@code aiwire.site.base-url}. It lives in the
 * article module, the lowest module with pages, so that every module that writes links
 * can read it.
 *
 * @param baseUrl scheme, host and port the portal is reached at, without a trailing slash
 * @param name the publication's name, as the publisher of structured data and the title
 * of feeds
 */
@ConfigurationProperties("aiwire.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("AI Wire") String name) {

	public SiteProperties {
		String url = baseUrl.toString();
		if (url.endsWith("/")) {
			baseUrl = URI.create(url.substring(0, url.length() - 1));
		}
	}

	/** An absolute URL of a path of the site, such as {@code /articles/x}. */
	public String url(String path) {
		return this.baseUrl + path;
	}

	/** The absolute URL of an article's page. */
	public String articleUrl(String slug) {
		return url("/articles/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8));
	}

}
