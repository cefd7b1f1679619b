package dev.aiwire.article.desk;

/**
 * A dated event of the timeline that an edit adds, removes, or moves to another date,
 * compared with the live article. Dates are TIMEX3 values with their modifier, as the
 * timeline stores them.
 *
 * @param expression the words that carry the date, in the edited text (in the live one
 * when removed)
 * @param sentence the sentence that mentions it
 * @param valueBefore the date in the live article (null when added)
 * @param valueAfter the date once the edit is published (null when removed)
 */
public record EventChange(Kind kind, String expression, String sentence, String valueBefore, String modBefore,
		String valueAfter, String modAfter) {

	/** What happens to the event. */
	public enum Kind {

		ADDED, REMOVED, DATE_CHANGED

	}

}
