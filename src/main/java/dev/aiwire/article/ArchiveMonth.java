package dev.aiwire.article;

import java.time.YearMonth;

/**
 * A month of the archives and how many visible articles were first published in it.
 *
 * @param month the month of the originals' publication date
 * @param articles how many visible articles it has
 */
public record ArchiveMonth(YearMonth month, long articles) {

	/**
	 * The month's number with two digits, as in its address {@code /archives/2024/05}.
	 */
	public String monthNumber() {
		return String.format("%02d", this.month.getMonthValue());
	}

}
