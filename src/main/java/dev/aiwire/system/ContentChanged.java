package dev.aiwire.system;

/**
 * The content changed without a write of this instance: another instance wrote an
 * article, or the day changed and articles scheduled for today became visible. Whatever
 * is kept from the articles (pages, counts over every article) is to be forgotten; the
 * writes of this instance are told by {@code ArticlePublished} and {@code ArticleRemoved}
 * instead.
 *
 * @param version the content version now seen, -1 when none could be read yet
 */
public record ContentChanged(long version) {
}
