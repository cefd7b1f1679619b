package dev.aiwire.timeline;

import java.time.LocalDate;

/**
 * Who may read an article's events on the site timeline.
 *
 * @param from the day from which readers see them (the article's date, which may be still to
 * come), or null while nobody but editors may
 * @param lang the article's language
 */
public record Visibility(LocalDate from, String lang) {
}
