package dev.aiwire.article;

/**
 * A tag and how many visible articles carry it.
 *
 * @param slug the slug of its page
 * @param name the tag as editors wrote it
 * @param articles number of published articles with it
 */
public record TagCount(String slug, String name, long articles) {
}
