/**
 * Search: published articles (titles, summaries, text, quotations, speakers and tags,
 * each analysed as its language says in its folder) in a
 * {@link dev.aiwire.search.SearchEngine}, the Lucene index embedded in each instance
 * ({@code lucene}) or an OpenSearch cluster they share ({@code opensearch}); kept in step
 * with this instance's writes through the article module's events and with other
 * instances' through the content version in the database; read by the search page, its
 * JSON and the related articles of article pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "article", "quote", "language" })
package dev.aiwire.search;
