package dev.aiwire.quote;

/**
 * One quotation of an article.
 *
 * @param text the quoted words, without quotation marks or attribution
 * @param speaker who said it, in the longest form the article uses ("Jensen Huang"), or
 * null when the article does not name a person (a crowd, an unnamed source, an unknown
 * author)
 * @param kind a block quotation or an inline one
 * @param pull whether it is shown as a pull-quote
 * @param blockIndex the block it belongs to
 * @param sentenceIndex document-wide index of the sentence where an inline quotation
 * opens, -1 for a block quotation
 * @param sectionAnchor the anchor of its section, null in the lead
 * @param confidence how sure the speaker is
 * @param reason what gave the speaker, in a few words an editor can check ("speech verb
 * after the quotation", "introduced by the paragraph before"), or why there is none
 */
public record ExtractedQuote(String text, String speaker, QuoteKind kind, boolean pull, int blockIndex,
		int sentenceIndex, String sectionAnchor, Confidence confidence, String reason) {

	/**
	 * A quotation whose speaker is as sure as an editor's word (or that has none), for
	 * stored or made-up quotations.
	 */
	public ExtractedQuote(String text, String speaker, QuoteKind kind, boolean pull, int blockIndex, int sentenceIndex,
			String sectionAnchor) {
		this(text, speaker, kind, pull, blockIndex, sentenceIndex, sectionAnchor,
				(speaker != null) ? Confidence.CERTAIN : Confidence.NONE, null);
	}

	/** The same quotation, shown as a pull-quote or not. */
	public ExtractedQuote withPull(boolean pull) {
		return new ExtractedQuote(this.text, this.speaker, this.kind, pull, this.blockIndex, this.sentenceIndex,
				this.sectionAnchor, this.confidence, this.reason);
	}

	/**
	 * The cross-article key of its speaker, see {@link SpeakerNames#key(String)}; null
	 * without speaker.
	 */
	public String speakerKey() {
		return SpeakerNames.key(this.speaker);
	}

}
