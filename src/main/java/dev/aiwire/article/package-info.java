/**
 * Articles. This package is the module's API: the catalogue the rest of the site reads
 * (lists, one article, tags, archives, feeds and search entries) and its records, the
 * events of every write and the not-found exceptions. Inside, by what they do:
 * {@code store} (the entities and their repositories, which no other module sees),
 * {@code publishing} (parse once, extract, store; the content folder import),
 * {@code desk} (the editors' services, a named interface for the admin) and {@code web}
 * (the reader's pages and JSON).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "markdown", "timeline", "quote", "language" })
package dev.aiwire.article;
