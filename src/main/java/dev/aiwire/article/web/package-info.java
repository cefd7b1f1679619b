/**
 * The reader's pages and JSON of articles, tags and archives, and the structured data of
 * an article page. Internal to the article module: its controllers are found by the
 * framework.
 */
package dev.aiwire.article.web;
