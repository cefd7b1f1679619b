package dev.aiwire.markdown;

/**
 * One section of an article: the lead (index 0, {@code heading} and {@code anchor} null) or a
 * part that starts at a level-2 heading.
 *
 * @param index position in the article, the lead being 0
 * @param heading the heading as plain text, null for the lead
 * @param anchor the heading's {@code id}, unique in the page, null for the lead
 * @param html the section's body as safe HTML, without its heading
 * @param firstBlock document-wide index of its first block
 * @param blockCount number of blocks it holds
 */
public record Section(int index, String heading, String anchor, String html, int firstBlock, int blockCount) {

	public boolean isLead() {
		return this.heading == null;
	}

}
