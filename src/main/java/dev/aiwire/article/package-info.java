/**
 * Articles: publishing (parse, extract, store in one transaction), the content folder import,
 * and the reader pages and JSON of articles, tags, the site timeline and quotes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "markdown", "timeline", "quote" })
package dev.aiwire.article;
