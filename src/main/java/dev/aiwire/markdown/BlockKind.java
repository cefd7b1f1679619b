package dev.aiwire.markdown;

/** The kinds of block the document model tells apart. */
public enum BlockKind {

	/** A paragraph of running text. */
	PARAGRAPH,
	/** A block quotation (its paragraphs are joined into one block). */
	QUOTE,
	/** A list item. */
	LIST_ITEM,
	/** A heading below level 2, kept inside its section. */
	HEADING,
	/** Code, tables and anything else that is not running text. */
	OTHER

}
