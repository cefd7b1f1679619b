/**
 * The site around the articles: the layout, the home page, error pages, languages of the
 * interface and web configuration; the page cache in front of the readers' pages is in
 * {@code pagecache}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "article", "markdown", "timeline", "quote", "language" })
package dev.aiwire.system;
