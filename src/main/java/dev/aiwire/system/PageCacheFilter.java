package dev.aiwire.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves reader pages, feeds and the sitemap to anonymous readers from {@link PageCache}, with an
 * ETag and a Last-Modified date, and answers conditional requests with 304 without rendering
 * anything.
 * <p>
 * Only GET and HEAD of the configured reader paths are considered, and only for requests that
 * carry no cookie but the interface language's and no credentials: an editor with a session, a
 * form with a CSRF token or a language switch ({@code ?lang=}, which sets a cookie) always goes
 * to the application. A rendered page is kept only when it is a 200 that set no cookie and
 * opened no session. Pages differ by interface language, so the language is part of the key and
 * the response varies on the headers it comes from.
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String LANGUAGE_COOKIE = "aiwire-lang";

	private static final Set<String> REPLAYED_HEADERS = Set.of("content-type", "content-language",
			"x-content-type-options", "x-frame-options", "x-xss-protection", "content-security-policy",
			"referrer-policy", "strict-transport-security", "link");

	private static final int GZIP_THRESHOLD = 1024;

	private final PageCache cache;

	private final ContentVersions versions;

	private final LocaleResolver localeResolver;

	private final PageCacheProperties properties;

	private final String cacheControl;

	private final AntPathMatcher matcher = new AntPathMatcher();

	/** Pages, their JSON, the feeds and the sitemap. */
	private static final List<String> CACHED_TYPES = List.of("text/html", "application/json",
			"application/atom+xml", "application/xml");

	PageCacheFilter(PageCache cache, ContentVersions versions, LocaleResolver localeResolver,
			PageCacheProperties properties) {
		this.cache = cache;
		this.versions = versions;
		this.localeResolver = localeResolver;
		this.properties = properties;
		this.cacheControl = "public, max-age=" + properties.browserMaxAge().toSeconds() + ", s-maxage="
				+ properties.sharedMaxAge().toSeconds() + ", stale-while-revalidate=30";
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.properties.enabled() || !isReadOnly(request) || request.getParameter("lang") != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasOtherCookies(request)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String pattern : this.properties.paths()) {
			if (this.matcher.match(pattern, path)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = this.localeResolver.resolveLocale(request);
		PageKey key = new PageKey(uriOf(request), locale.getLanguage());
		CachedPage page = this.cache.get(key);
		if (page != null) {
			if (page.pathPattern() != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent(context -> context.setPathPattern(page.pathPattern()));
			}
			send(page, request, response);
			return;
		}
		long generation = this.cache.generation();
		Instant lastModified = this.versions.lastModified();
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		CachedPage rendered = cacheable(request, wrapper) ? toPage(wrapper, lastModified, request) : null;
		if (rendered == null) {
			if (wrapper.containsHeader(HttpHeaders.SET_COOKIE) || request.getSession(false) != null
					|| wrapper.getStatus() >= 500) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			}
			wrapper.copyBodyToResponse();
			return;
		}
		this.cache.put(key, rendered, generation);
		wrapper.resetBuffer();
		send(rendered, request, response);
	}

	private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean gzip = page.gzipBody() != null && acceptsGzip(request);
		String etag = gzip ? page.gzipEtag() : page.etag();
		for (Map.Entry<String, List<String>> header : page.headers().entrySet()) {
			if (!response.containsHeader(header.getKey())) {
				for (String value : header.getValue()) {
					response.addHeader(header.getKey(), value);
				}
			}
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie");
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		byte[] body = gzip ? page.gzipBody() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** If-None-Match decides when present; If-Modified-Since only without it (RFC 9110, 13.2.2). */
	private static boolean notModified(HttpServletRequest request, CachedPage page) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			String plain = page.etag();
			String gzipped = page.gzipEtag();
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.trim();
				if (tag.startsWith("W/")) {
					tag = tag.substring(2);
				}
				if (tag.equals("*") || tag.equals(plain) || tag.equals(gzipped)) {
					return true;
				}
			}
			return false;
		}
		long ifModifiedSince;
		try {
			ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return ifModifiedSince != -1 && page.lastModified().toEpochMilli() <= ifModifiedSince;
	}

	private static boolean cacheable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
				|| request.getSession(false) != null || response.getContentType() == null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
			return false;
		}
		String type = response.getContentType();
		if (CACHED_TYPES.stream().noneMatch(type::startsWith)) {
			return false;
		}
		return !contains(response.getContentAsByteArray(), "name=\"_csrf\"");
	}

	private static CachedPage toPage(ContentCachingResponseWrapper response, Instant lastModified,
			HttpServletRequest request) {
		byte[] body = response.getContentAsByteArray();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (REPLAYED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return new CachedPage(body, (body.length >= GZIP_THRESHOLD) ? gzip(body) : null, etagOf(body), lastModified,
				Map.copyOf(headers), (pattern != null) ? pattern.toString() : null);
	}

	private static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static boolean contains(byte[] haystack, String needle) {
		byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i <= haystack.length - n.length; i++) {
			for (int j = 0; j < n.length; j++) {
				if (haystack[i + j] != n[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static boolean isReadOnly(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	private static boolean hasOtherCookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
	}

	private static String uriOf(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

}
