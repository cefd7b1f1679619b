/**
 * Quotations of an article: block and inline quotations found in a parsed document, each
 * with the person who said it, the choice of pull-quotes, and their storage by article
 * id. Reads article text only through {@link dev.aiwire.markdown.ParsedDocument}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "markdown", "language" })
package dev.aiwire.quote;
