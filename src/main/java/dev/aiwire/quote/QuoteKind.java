package dev.aiwire.quote;

/** How a quotation sits in the article. */
public enum QuoteKind {

	/** A block quotation of its own ({@code > ...} in Markdown). */
	BLOCK,
	/** A quotation in quotation marks inside running text. */
	INLINE

}
