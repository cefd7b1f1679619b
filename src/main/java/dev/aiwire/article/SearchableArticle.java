package dev.aiwire.article;

/**
 * A published article as the search index reads it: its catalogue entry and its text.
 * Published includes scheduled: the index filters by date when it is read, so an article
 * appears on its day without re-indexing.
 *
 * @param entry the article
 * @param text the plain text of its body, headings and paragraphs in reading order,
 * footer left out
 * @param version the article's version, which every write increments: engines shared by
 * several instances keep the latest
 */
public record SearchableArticle(CatalogEntry entry, String text, long version) {
}
