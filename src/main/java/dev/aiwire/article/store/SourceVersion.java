package dev.aiwire.article.store;

/**
 * A version an article imported from a file has had: the file's path and the hash of its
 * Markdown, to see before parsing a file whether the article already had it.
 */
public record SourceVersion(String sourcePath, String contentHash) {
}
