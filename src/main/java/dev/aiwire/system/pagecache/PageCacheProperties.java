package dev.aiwire.system.pagecache;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered reader pages.
 *
 * @param enabled whether anonymous reader pages are served from memory
 * @param maxSize the most memory the rendered pages may take, plain and gzipped bodies
 * counted; the cache keeps the pages asked for often (Caffeine keeps a new page only if
 * it is asked for more than the one it would push out), so a few hundred pages of room
 * serve the readers' pages while one-off searches pass through
 * @param browserMaxAge how long a browser may reuse a page without asking again
 * @param sharedMaxAge how long a CDN or reverse proxy in front may reuse a page
 * @param staleWhileRevalidate how long a stale page may still be served while a fresh one
 * is fetched
 * @param pollInterval how often each instance checks whether another one changed an
 * article
 * @param paths the reader pages marked cacheable (Ant patterns): their
 * {@code Cache-Control} is public for anonymous readers, which is what the page cache
 * keeps
 */
@ConfigurationProperties("aiwire.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("16MB") DataSize maxSize,
		@DefaultValue("30s") Duration browserMaxAge, @DefaultValue("60s") Duration sharedMaxAge,
		@DefaultValue("30s") Duration staleWhileRevalidate, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue( {
				"/", "/articles/*", "/tags", "/tags/*", "/timeline", "/quotes", "/quotes/*", "/search", "/api/articles",
				"/api/articles/*", "/feed.atom", "/*/feed.atom", "/tags/*/feed.atom", "/sitemap.xml",
				"/sitemap-*.xml" }) List<String> paths){
}
