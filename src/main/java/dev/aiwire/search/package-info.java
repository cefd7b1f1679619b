/**
 * Search: a Lucene index of published articles (titles, summaries, text, quotations, speakers and
 * tags, analysed in French and in English), kept in step with publishing through the article
 * module's events, read by the search page, its JSON and the related articles of article pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "article", "quote" })
package dev.aiwire.search;
