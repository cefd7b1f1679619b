package dev.aiwire.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rendered page as it was sent, ready to be sent again without rendering.
 *
 * @param body the page, as rendered
 * @param gzipBody the same bytes gzipped, or {@code null} when too small to be worth it
 * @param etag a strong validator of the body, quoted
 * @param lastModified when the content the page shows last changed
 * @param headers headers of the rendered response worth replaying (content type, language...)
 * @param pathPattern the handler's URL pattern, for the latency metrics of a cache hit
 */
record CachedPage(byte[] body, byte[] gzipBody, String etag, Instant lastModified,
		Map<String, List<String>> headers, String pathPattern) {

	/** What the page costs in memory, roughly: both bodies and a fixed overhead. */
	int weight() {
		return this.body.length + ((this.gzipBody != null) ? this.gzipBody.length : 0) + 512;
	}

	/** The validator of the gzipped representation, which differs from the plain one's. */
	String gzipEtag() {
		return this.etag.substring(0, this.etag.length() - 1) + "-gz\"";
	}

}
