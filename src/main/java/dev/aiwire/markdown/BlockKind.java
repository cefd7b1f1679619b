package dev.aiwire.markdown;

/** The kinds of block the document model tells apart. */
public enum BlockKind {

	/** A paragraph of running text. */
	PARAGRAPH,
	/** A block quotation (its paragraphs are joined into one block). */
	QUOTE,
	/** A list item. */
	LIST_ITEM,
	/**
	 * A note: a paragraph opened by the marker a mark of the text refers to
	 * ({@code <sup>1</sup>}, a superscript digit, {@code [^1]:}); it explains the text
	 * and tells no story of its own.
	 */
	NOTE,
	/** A heading below level 2, kept inside its section. */
	HEADING,
	/** Code, tables and anything else that is not running text. */
	OTHER

}
