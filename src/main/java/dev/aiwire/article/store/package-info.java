/**
 * The stored article: the entities (an article, its sections, revisions, tags and former
 * slugs) and their repositories. Only the article module's own parts use them; other
 * modules read the catalogue's records and refer to an article by its id.
 */
package dev.aiwire.article.store;
