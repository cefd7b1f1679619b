package dev.aiwire.quote.attribution;

import dev.aiwire.quote.QuoteKind;
import dev.aiwire.quote.reading.BlockText;

/**
 * A quotation found in the article, before its speaker is known.
 *
 * @param kind a block quotation or an inline one
 * @param shape how the text shows it to be a quotation
 * @param block the block it stands in (the first, for a block quotation over several)
 * @param text the quoted words, without marks
 * @param span for an inline quotation, its span in quotation marks; otherwise null
 * @param label for an interview answer or an editor's line, the name the text gives;
 * otherwise null
 */
public record Quotation(QuoteKind kind, Shape shape, int block, String text, BlockText.Span span, String label) {

	/** What shows a passage to be a quotation. */
	public enum Shape {

		/** A Markdown block quotation ({@code >}). */
		MARKED_BLOCK,
		/**
		 * A paragraph pasted without Markdown after an introduction ("Il a déclaré :").
		 */
		PASTED_BLOCK,
		/** An interviewee's answer after a label ("Zhu Xiaohu : ..."). */
		INTERVIEW_ANSWER,
		/** Words in quotation marks inside a paragraph. */
		INLINE,
		/** Words in quotation marks inside a quotation: someone quoted by the speaker. */
		NESTED

	}

}
