package dev.aiwire.system.pagecache;

/**
 * A rendered page as it was sent, ready to be sent again without rendering.
 *
 * @param body the page, as rendered
 * @param gzipBody the same bytes gzipped, or {@code null} when compression does not apply
 * to it
 * @param etag a strong validator of the body, quoted
 * @param gzipEtag the validator of the gzipped body, which differs from the plain one's
 * @param lastModified when the content the page shows last changed, in milliseconds
 * @param contentType the content type with its charset
 * @param headers the other headers of the rendering (security headers, content
 * language...), as name and value one after the other
 * @param cacheControl the {@code Cache-Control} the application gave the page
 * @param vary the request headers the page differs by
 */
record CachedPage(byte[] body, byte[] gzipBody, String etag, String gzipEtag, long lastModified, String contentType,
		String[] headers, String cacheControl, String vary) {

	/** What the page costs in memory, roughly: both bodies and a fixed overhead. */
	int weight() {
		return this.body.length + ((this.gzipBody != null) ? this.gzipBody.length : 0) + 512;
	}

}
