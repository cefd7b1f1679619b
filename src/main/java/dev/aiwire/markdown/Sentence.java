package dev.aiwire.markdown;

/**
 * One sentence of the body.
 *
 * @param index document-wide position, in reading order
 * @param id the {@code id} the sentence carries in the rendered HTML, unique in the page
 * @param blockIndex the block it belongs to
 * @param sectionIndex the section it belongs to (0 is the lead)
 * @param text the sentence as it reads, trimmed
 * @param start offset of the sentence in its block's text
 */
public record Sentence(int index, String id, int blockIndex, int sectionIndex, String text, int start) {

	public int end() {
		return this.start + this.text.length();
	}

}
