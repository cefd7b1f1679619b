package dev.aiwire.article;

/** Another translation of the same original. */
public record TranslationLink(String slug, String lang, String title) {
}
