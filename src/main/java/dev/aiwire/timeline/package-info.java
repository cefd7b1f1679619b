/**
 * The timeline of an article: temporal expressions of a parsed document (French and English)
 * resolved to TIMEX3 values against the publication date, stored per article and read back in
 * chronological order. Reads article text only through the markdown module's document model.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "markdown")
package dev.aiwire.timeline;
