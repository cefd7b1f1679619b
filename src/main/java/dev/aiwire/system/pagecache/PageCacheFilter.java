package dev.aiwire.system.pagecache;

import dev.aiwire.system.InterfaceLocaleResolver;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages marked cacheable to anonymous readers from {@link PageCache}, in front of
 * every other filter: a page found in memory costs a lookup, its headers and one write,
 * with no session, security, observation or dispatch behind it.
 * <p>
 * What may be kept is decided by the response, not by this filter: a 200 whose
 * {@code Cache-Control} is public (reader pages get it from
 * {@link PageCacheConfiguration}) and that set no cookie. A page that opened a session (a
 * form with a CSRF token does) sets its cookie and is never kept. Only GET and HEAD from
 * requests with no cookie but the interface language's and no credentials are looked up:
 * an editor with a session or a language switch ({@code ?lang=}, which sets a cookie)
 * always reaches the application. The page is kept with every header the application gave
 * it (content type, language, the security headers), so a hit answers with the same
 * headers as the rendering did.
 * <p>
 * Conditional requests are answered by Spring's
 * {@link ServletWebRequest#checkNotModified}; a gzipped copy is made once when the page
 * is kept, following {@code server.compression} (its switch, types and minimum size), and
 * sent with its own validator to readers who accept it.
 */
class PageCacheFilter implements Filter {

	static final String LANGUAGE_COOKIE = InterfaceLocaleResolver.COOKIE;

	/**
	 * Headers this filter writes itself for each representation, not replayed from the
	 * rendering.
	 */
	private static final Set<String> OWN_HEADERS = Set.of("cache-control", "etag", "last-modified", "vary",
			"content-length", "content-encoding", "date", "transfer-encoding", "connection", "keep-alive");

	private static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	private final PageCache cache;

	private final ContentVersions versions;

	private final InterfaceLocaleResolver locales;

	private final PageCompression compression;

	private final Timer served;

	PageCacheFilter(PageCache cache, ContentVersions versions, InterfaceLocaleResolver locales,
			PageCompression compression, Timer served) {
		this.cache = cache;
		this.versions = versions;
		this.locales = locales;
		this.compression = compression;
		this.served = served;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		if (!anonymousRead(request)) {
			chain.doFilter(request, response);
			return;
		}
		long start = System.nanoTime();
		PageKey key = new PageKey(uriOf(request), this.locales.resolveLocale(request).getLanguage());
		CachedPage page = this.cache.get(key);
		if (page != null) {
			send(page, request, response, true);
			this.served.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return;
		}
		render(key, request, response, chain);
	}

	private void render(PageKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		long generation = this.cache.generation();
		long lastModified = this.versions.lastModified().toEpochMilli();
		PageResponse wrapper = new PageResponse(response);
		chain.doFilter(request, wrapper);
		if (!keepable(request, wrapper)) {
			if (markedPublic(wrapper) && (wrapper.containsHeader(HttpHeaders.SET_COOKIE)
					|| request.getSession(false) != null || wrapper.getStatus() >= 500)) {
				// the page may be shared, but this answer is one reader's (or an error):
				// no one keeps it
				response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			}
			wrapper.copyBodyToResponse();
			return;
		}
		CachedPage page = toPage(wrapper, lastModified);
		this.cache.put(key, page, generation);
		wrapper.resetBuffer();
		send(page, request, response, false);
	}

	/**
	 * Sends a kept page; {@code replay} says whether the rendering's headers must be
	 * written again (a hit) or are already on the response (the page just rendered).
	 */
	private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean replay)
			throws IOException {
		if (replay) {
			response.setContentType(page.contentType());
			String[] headers = page.headers();
			for (int i = 0; i < headers.length; i += 2) {
				response.addHeader(headers[i], headers[i + 1]);
			}
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		response.setHeader(HttpHeaders.VARY, page.vary());
		boolean gzip = page.gzipBody() != null && this.compression.allows(request);
		if (new ServletWebRequest(request, response).checkNotModified(gzip ? page.gzipEtag() : page.etag(),
				page.lastModified())) {
			return;
		}
		byte[] body = gzip ? page.gzipBody() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		return response.getStatus() == HttpServletResponse.SC_OK && markedPublic(response)
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null
				&& response.getContentType() != null;
	}

	/**
	 * Public and nothing that forbids keeping it: what the application says of a page
	 * anyone may share.
	 */
	private static boolean markedPublic(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (cacheControl == null) {
			return false;
		}
		String directives = cacheControl.toLowerCase(Locale.ROOT);
		return directives.contains("public") && !directives.contains("private") && !directives.contains("no-store")
				&& !directives.contains("no-cache");
	}

	private CachedPage toPage(PageResponse response, long lastModified) {
		byte[] body = response.getContentAsByteArray();
		String contentType = response.getContentType();
		List<String> headers = new ArrayList<>();
		Set<String> vary = new LinkedHashSet<>(List.of(VARY.split(", ")));
		for (String name : response.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.equals("vary")) {
				for (String value : response.getHeaders(name)) {
					vary.addAll(StringUtils.commaDelimitedListToSet(value).stream().map(String::trim).toList());
				}
			}
			else if (!OWN_HEADERS.contains(lower) && !lower.equals("content-type")) {
				for (String value : response.getHeaders(name)) {
					headers.add(name);
					headers.add(value);
				}
			}
		}
		if (response.language != null && !headers.contains(HttpHeaders.CONTENT_LANGUAGE)) {
			headers.add(HttpHeaders.CONTENT_LANGUAGE);
			headers.add(response.language);
		}
		byte[] gzipped = this.compression.compress(body, contentType);
		String etag = etagOf(body);
		return new CachedPage(body, gzipped, etag, gzipEtagOf(etag), lastModified, contentType,
				headers.toArray(String[]::new), response.getHeader(HttpHeaders.CACHE_CONTROL), String.join(", ", vary));
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

	/**
	 * The validator of the gzipped representation, which differs from the plain one's.
	 */
	private static String gzipEtagOf(String etag) {
		return etag.substring(0, etag.length() - 1) + "-gz\"";
	}

	/**
	 * A GET or HEAD with no credentials, no cookie but the interface language's, and no
	 * language switch.
	 */
	static boolean anonymousRead(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		return request.getHeader(HttpHeaders.AUTHORIZATION) == null && !switchesLanguage(request.getQueryString())
				&& (request.getHeader(HttpHeaders.COOKIE) == null || onlyLanguageCookie(request));
	}

	/**
	 * Whether the query string has a {@code lang} parameter, read without parsing every
	 * parameter.
	 */
	static boolean switchesLanguage(String query) {
		if (query == null) {
			return false;
		}
		int at = 0;
		while (at <= query.length()) {
			int end = query.indexOf('&', at);
			if (end < 0) {
				end = query.length();
			}
			if (query.startsWith("lang", at) && (at + 4 == end || query.charAt(at + 4) == '=')) {
				return true;
			}
			at = end + 1;
		}
		return false;
	}

	private static boolean onlyLanguageCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return true;
		}
		for (Cookie cookie : cookies) {
			if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
				return false;
			}
		}
		return true;
	}

	private static String uriOf(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

	/**
	 * The rendering held in memory, with the language the view set (which Tomcat keeps
	 * apart from the headers).
	 */
	private static final class PageResponse extends ContentCachingResponseWrapper {

		private String language;

		PageResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.language = (locale != null) ? locale.toLanguageTag() : null;
		}

	}

}
