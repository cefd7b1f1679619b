package dev.aiwire.timeline;

/**
 * What the tagger knows of the text around a sentence when it reads it.
 *
 * @param previous the value of the date mentioned just before in the document, or null; used by
 * "la même année", "that month", "le lendemain"
 * @param fiscalYearEnd the month the company's fiscal year ends in, when the text says it
 * ("exercice clos fin janvier", "fiscal year ends on March 31"), or null
 */
record Discourse(String previous, Integer fiscalYearEnd) {

	static final Discourse NONE = new Discourse(null, null);

	static Discourse after(String previous) {
		return new Discourse(previous, null);
	}

	Discourse withPrevious(String value) {
		return new Discourse(value, this.fiscalYearEnd);
	}

}
