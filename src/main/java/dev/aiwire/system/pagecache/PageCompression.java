package dev.aiwire.system.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.Compression;
import org.springframework.http.HttpHeaders;

/**
 * Compression of kept pages, done once when a page is kept rather than on every hit, by
 * the rules of {@code server.compression} which the server applies to every other
 * response: the same switch, media types, minimum size and excluded user agents. A page
 * is never compressed twice: the server leaves alone a response that already says its
 * encoding.
 */
class PageCompression {

	private final boolean enabled;

	private final List<String> mediaTypes;

	private final long minSize;

	private final List<Pattern> excludedAgents;

	PageCompression(Compression compression) {
		this.enabled = compression.getEnabled();
		this.mediaTypes = Arrays.stream(compression.getMimeTypes()).map(PageCompression::mediaType).toList();
		this.minSize = compression.getMinResponseSize().toBytes();
		this.excludedAgents = (compression.getExcludedUserAgents() != null)
				? Arrays.stream(compression.getExcludedUserAgents()).map(Pattern::compile).toList() : List.of();
	}

	/** The body gzipped, or {@code null} when the server would not compress it either. */
	byte[] compress(byte[] body, String contentType) {
		if (!this.enabled || body.length < this.minSize || contentType == null
				|| !this.mediaTypes.contains(mediaType(contentType))) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** Whether a reader's client may get the compressed body. */
	boolean allows(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null || !accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
			return false;
		}
		if (!this.excludedAgents.isEmpty()) {
			String agent = request.getHeader(HttpHeaders.USER_AGENT);
			for (Pattern excluded : this.excludedAgents) {
				if (agent != null && excluded.matcher(agent).matches()) {
					return false;
				}
			}
		}
		return true;
	}

	private static String mediaType(String contentType) {
		int parameters = contentType.indexOf(';');
		return ((parameters < 0) ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
	}

}
