/**
 * Articles. This package is the module's API: the article and its entities, the catalogue
 * the rest of the site reads (lists, one article, tags, archives, feeds and search
 * entries), the events of every write and the not-found exceptions. Inside, by what they
 * do: {@code publishing} (parse once, extract, store; the content folder import),
 * {@code desk} (the editors' services, a named interface for the admin) and {@code web}
 * (the reader's pages and JSON).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "markdown", "timeline", "quote", "language" })
package dev.aiwire.article;
