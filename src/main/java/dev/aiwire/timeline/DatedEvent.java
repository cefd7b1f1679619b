package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A date an article mentions, with the sentence that mentions it.
 *
 * @param value the TIMEX3 value ({@code 2024}, {@code 2024-05}, {@code 2024-05-14},
 * {@code 2024-Q2}, {@code 2024-H1}, {@code 2024-SU})
 * @param mod {@code START}, {@code MID}, {@code END} or null
 * @param expression the words that carry the date
 * @param sentenceIndex document-wide index of the sentence
 * @param sentenceId the sentence's {@code id} in the rendered page
 * @param sentence the sentence as it reads
 * @param sectionAnchor anchor of the section holding the sentence, null for the lead
 */
public record DatedEvent(String value, String mod, String expression, int sentenceIndex, String sentenceId,
		String sentence, String sectionAnchor) {

	/** Earlier events first; events of one sentence and date keep their reading order. */
	public static final Comparator<DatedEvent> CHRONOLOGICAL = Comparator.comparingInt(DatedEvent::sortRank)
		.thenComparingInt(DatedEvent::sentenceIndex);

	/**
	 * First day of the period the value names: 2024-Q2 starts on 2024-04-01, 2023-SU on
	 * 2023-06-01.
	 */
	public LocalDate start() {
		return Periods.start(this.value);
	}

	/**
	 * The day standing for the event once the modifier is applied (END of 2023 is in
	 * November).
	 */
	public LocalDate pointInTime() {
		return Periods.pointOf(this.value, this.mod);
	}

	/**
	 * The words of its sentence around its date, in at most about this many characters.
	 */
	public Excerpt excerpt(int maxLength) {
		return Excerpt.of(this.sentence, this.expression, maxLength);
	}

	/** A key ordering events across articles: sort by it ascending for a chronology. */
	public int sortRank() {
		return Periods.sortRank(this.value, this.mod);
	}

}
