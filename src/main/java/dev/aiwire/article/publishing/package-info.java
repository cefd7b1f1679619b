/**
 * Publishing: one parse of an article's Markdown, the extraction of its dated events and
 * quotations, and the store of everything in one transaction; the import of the content
 * folder at start-up and the re-extraction of every article. Internal to the article
 * module.
 */
package dev.aiwire.article.publishing;
