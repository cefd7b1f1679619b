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
 * @param quoted whether the whole sentence is quoted speech (a block quotation)
 * @param spoken the date the quoted speech was spoken, when the text gives it, or null
 */
record Discourse(String previous, Integer fiscalYearEnd, String narrated, boolean quoted, String spoken) {

	static Discourse after(String previous) {
		return new Discourse(previous, null, null, false, null);
	}

	/** After a sentence whose first date is {@code topic} and last date {@code last}. */
	Discourse after(String topic, String last) {
		return new Discourse(topic, this.fiscalYearEnd, last, this.quoted, this.spoken);
	}

	/** In another paragraph, where the story told so far may have ended. */
	Discourse withoutNarration() {
		return new Discourse(this.previous, this.fiscalYearEnd, null, this.quoted, this.spoken);
	}

	/** In a block quotation spoken on a date, or null when the text does not say when. */
	Discourse inQuotation(String spokenOn) {
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, true, spokenOn);
	}

	/** Out of any block quotation. */
	Discourse inNarration() {
		return new Discourse(this.previous, this.fiscalYearEnd, this.narrated, false, null);
	}

}
