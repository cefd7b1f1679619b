package dev.aiwire.article.desk;

/**
 * A quotation that an edit adds, removes, or gives another speaker, compared with the
 * live article.
 *
 * @param text the quoted words
 * @param speakerBefore who said it in the live article (null when added, or without
 * speaker)
 * @param speakerAfter who says it once the edit is published (null when removed, or
 * without speaker)
 */
public record QuoteChange(Kind kind, String text, String speakerBefore, String speakerAfter) {

	/** What happens to the quotation. */
	public enum Kind {

		ADDED, REMOVED, SPEAKER_CHANGED

	}

}
