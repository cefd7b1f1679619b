package dev.aiwire.article;

/** A tag as a link: its name and the slug of its page. */
public record TagRef(String slug, String name) {
}
