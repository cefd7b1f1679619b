package dev.aiwire.markdown;

import java.util.List;
import java.util.function.IntFunction;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * One section of an article: the lead (index 0, {@code heading} and {@code anchor} null)
 * or a part that starts at a level-2 heading.
 *
 * @param index position in the article, the lead being 0
 * @param heading the heading as plain text, null for the lead
 * @param anchor the heading's {@code id}, unique in the page, null for the lead
 * @param parts the section's body as safe HTML, one part per top-level block, heading
 * excluded
 * @param firstBlock document-wide index of its first block
 * @param blockCount number of blocks it holds
 */
public record Section(int index, String heading, String anchor, List<BodyPart> parts, int firstBlock, int blockCount) {

	public Section {
		parts = List.copyOf(parts);
	}

	public boolean isLead() {
		return this.heading == null;
	}

	/**
	 * The section's HTML, with each block quotation that has a known speaker set in a
	 * {@code <figure>} whose caption names the speaker.
	 * @param captionOfBlock the caption of the block quote at a document-wide block
	 * index, or null
	 * @return safe HTML; captions are escaped
	 */
	public String html(IntFunction<String> captionOfBlock) {
		StringBuilder html = new StringBuilder();
		for (BodyPart part : this.parts) {
			String caption = (part.kind() == BlockKind.QUOTE) ? captionOfBlock.apply(part.firstBlock()) : null;
			if (caption == null || caption.isBlank()) {
				html.append(part.html());
				continue;
			}
			html.append("<figure class=\"quotation\">\n")
				.append(part.html())
				.append("<figcaption>— ")
				.append(Escaping.escapeHtml(caption.strip(), false))
				.append("</figcaption>\n</figure>\n");
		}
		return html.toString();
	}

}
