/**
 * Markdown with front matter in, a parsed document out: sections, blocks, sentences and
 * safe HTML. Pure: this module depends on no other module but the language registry, and
 * every module that reads article text (timeline, quote, article) reads it through
 * {@link dev.aiwire.markdown.ParsedDocument}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "language")
package dev.aiwire.markdown;
