package dev.aiwire.article;

/**
 * A write of this instance to articles committed: every such write moves the content
 * version all instances share by one, in its transaction (the {@code content_version} row
 * of migration V4), and this is the version it moved it to. Published after the commit.
 * An instance that sees the shared version move only to versions of its own writes knows
 * that no other instance wrote in between.
 *
 * @param version the content version this write made
 */
public record ContentWritten(long version) {
}
