package dev.aiwire.timeline;

import java.util.List;

/**
 * A stretch of a sentence a grammar rule recognised, not resolved yet. A candidate whose
 * resolver gives nothing is a blocker: it only keeps other rules off its words ("les
 * années 2010", "the past five years").
 *
 * @param begin offset of the first character
 * @param end offset after the last character
 * @param modifiable whether a modifier before it ("début", "fin", "mid-", "late") belongs
 * to it
 * @param needsModifier whether it is a date only with a modifier ("fin de l'année" is,
 * "l'année" alone is not)
 * @param mod the modifier found before it, or null
 * @param resolver turns it into values once the context is known
 * @param frames whether it is a year that frames the dates after it in its sentence
 * @param yields whether it gives way to a finer date of its year right after it
 */
record Candidate(int begin, int end, boolean modifiable, boolean needsModifier, String mod, Resolver resolver,
		boolean frames, boolean yields) {

	Candidate(int begin, int end, boolean modifiable, boolean needsModifier, String mod, Resolver resolver) {
		this(begin, end, modifiable, needsModifier, mod, resolver, false, false);
	}

	static Candidate of(int begin, int end, Resolver resolver) {
		return new Candidate(begin, end, true, false, null, resolver);
	}

	static Candidate withoutModifier(int begin, int end, Resolver resolver) {
		return new Candidate(begin, end, false, false, null, resolver);
	}

	static Candidate onlyWithModifier(int begin, int end, Resolver resolver) {
		return new Candidate(begin, end, true, true, null, resolver);
	}

	/**
	 * A year named by a phrase ("l'an dernier", "this year's"), which frames the dates of
	 * its sentence that give no year ("L'an dernier, en mars") and gives way to a finer
	 * date of that year in the sentence ("This year's keynote, on May 19").
	 */
	static Candidate framing(int begin, int end, Resolver resolver) {
		return new Candidate(begin, end, true, false, null, resolver, true, true);
	}

	/**
	 * A year stated in a form that frames the dates after it in its sentence ("en 97 (en
	 * janvier, en octobre)"), and is an event of its own.
	 */
	static Candidate framingYear(int begin, int end, Resolver resolver) {
		return new Candidate(begin, end, true, false, null, resolver, true, false);
	}

	static Candidate blocker(int begin, int end) {
		return new Candidate(begin, end, false, false, null, (context) -> List.of());
	}

	int length() {
		return this.end - this.begin;
	}

	Candidate modifiedBy(int newBegin, String newMod) {
		return new Candidate(newBegin, this.end, false, false, newMod, this.resolver, this.frames, this.yields);
	}

	boolean overlaps(Candidate other) {
		return this.begin < other.end && other.begin < this.end;
	}

	/**
	 * Resolves a candidate into zero or more values (coordinations such as "les 6 et 13
	 * avril" give two).
	 */
	@FunctionalInterface
	interface Resolver {

		List<String> resolve(Resolution context);

	}

}
