package dev.aiwire.article;

import java.time.Instant;

/**
 * A published article (scheduled ones included) and the time of its last change: what the
 * search index compares with the version it holds.
 */
public record PublishedVersion(long id, Instant updatedAt) {
}
