/**
 * The timeline of an article: temporal expressions of a parsed document resolved to
 * TIMEX3 values against the publication date, stored per article and read back in
 * chronological order. Reads article text only through the markdown module's document
 * model, and the words of each language (months, seasons, year phrases, tense cues...)
 * from the language registry; each language has a grammar, found by its code. This
 * package holds the tagger and the service other modules call; inside, {@code store}
 * keeps the events and corrections, {@code web} serves the site-wide timeline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "markdown", "language" })
package dev.aiwire.timeline;
