package dev.aiwire.markdown;

import java.util.Set;

/**
 * One block of the body: a paragraph, a block quotation, a list, a heading below level
 * 2...
 *
 * @param index document-wide position, in reading order
 * @param sectionIndex the section it belongs to (0 is the lead)
 * @param kind what sort of block it is
 * @param text its plain text (inline markup removed, soft breaks as spaces); for a block
 * quote the quoted text without its attribution line
 * @param quoteDepth how many block quotations enclose it (0 outside any)
 * @param attribution for a block quote, the speaker stated by the editor on a last line
 * starting with an em dash ({@code > — Liang Wenfeng, fondateur}), without the dash;
 * otherwise null
 * @param classes classes the editor set on the block with {@code {.name}}, such as
 * {@code pull}; a paragraph set wholly in bold also carries {@link #STRONG}
 * @param firstSentence document-wide index of its first sentence
 * @param sentenceCount number of sentences it holds
 */
public record Block(int index, int sectionIndex, BlockKind kind, String text, int quoteDepth, String attribution,
		Set<String> classes, int firstSentence, int sentenceCount) {

	/** The class of a paragraph set wholly in bold ("**Why now?**"). */
	public static final String STRONG = "strong";

	public Block {
		classes = Set.copyOf(classes);
	}

	public boolean isQuote() {
		return this.kind == BlockKind.QUOTE;
	}

	public boolean hasClass(String name) {
		return this.classes.contains(name);
	}

}
