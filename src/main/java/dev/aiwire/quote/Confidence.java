package dev.aiwire.quote;

/**
 * How sure the portal is of a quotation's speaker. Only a {@link #HIGH} or
 * {@link #CERTAIN} speaker is shown as a pull-quote's caption; the editor's preview lists
 * the others with their reason.
 */
public enum Confidence {

	/** Nobody could be named, or the quotation may not be one. */
	NONE,
	/**
	 * A guess from the topic of the paragraph or a quotation that goes on: worth a look.
	 */
	LOW,
	/**
	 * Read through a pronoun or a role with a close second candidate, or an introduction
	 * far away.
	 */
	MEDIUM,
	/**
	 * A speech verb or an introduction names the speaker, or a pronoun no one else could
	 * fit.
	 */
	HIGH,
	/** The editor said it ("— Name" line, a correction) or an interview label did. */
	CERTAIN;

	/** Whether a speaker this sure may be shown to readers as a pull-quote's caption. */
	public boolean isConfident() {
		return this.compareTo(HIGH) >= 0;
	}

	/** The lower of two confidences. */
	public Confidence and(Confidence other) {
		return (this.compareTo(other) <= 0) ? this : other;
	}

}
