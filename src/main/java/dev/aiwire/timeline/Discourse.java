package dev.aiwire.timeline;

/**
 * What the tagger knows of the text around a sentence when it reads it.
 *
 * @param previous the value of the date mentioned just before in the document, or null; used by
 * "la même année", "that month", "le lendemain"
 * @param fiscalYearEnd the month the company's fiscal year ends in, when the text says it
 * ("exercice clos fin janvier", "fiscal year ends on March 31"), or null
 * @param narrated the last date of the sentences just before in the same paragraph, which the
 * story may go on from; or null
 */
record Discourse(String previous, Integer fiscalYearEnd, String narrated) {

	static Discourse after(String previous) {
		return new Discourse(previous, null, null);
	}

	/** After a sentence whose first date is {@code topic} and last date {@code last}. */
	Discourse after(String topic, String last) {
		return new Discourse(topic, this.fiscalYearEnd, last);
	}

	/** In another paragraph, where the story told so far may have ended. */
	Discourse withoutNarration() {
		return new Discourse(this.previous, this.fiscalYearEnd, null);
	}

}
