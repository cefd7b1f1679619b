/**
 * The languages articles are written in, as data: each language is a folder
 * {@code language/<code>/} on the class path with a {@code language.properties} (its
 * code, names and locale) and word lists, one entry a line with an example of its use.
 * Every module that reasons about words (front matter, the timeline tagger, the quotation
 * rules, search analysis) asks {@link dev.aiwire.language.Languages} instead of testing
 * language codes. Adding a language means adding a folder, plus a grammar in each module
 * that reads its words. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dev.aiwire.language;
