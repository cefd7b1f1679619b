package dev.aiwire.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Calendar arithmetic on TIMEX3 values ({@code 2024}, {@code 2024-H2}, {@code 2024-SU},
 * {@code 2024-Q3}, {@code 2024-05}, {@code 2024-05-14}): where a period starts and ends,
 * how to write one, and the point of a period a modifier (START, MID, END) designates,
 * used to put events in order.
 */
public final class Periods {

	private Periods() {
	}

	static String year(int year) {
		return String.format("%04d", year);
	}

	static String month(int year, int month) {
		return String.format("%04d-%02d", year, month);
	}

	static String month(YearMonth month) {
		return month(month.getYear(), month.getMonthValue());
	}

	static String day(LocalDate date) {
		return date.toString();
	}

	static String quarter(int year, int quarter) {
		return year(year) + "-Q" + quarter;
	}

	static String half(int year, int half) {
		return year(year) + "-H" + half;
	}

	static String season(int year, Season season) {
		return year(year) + "-" + season.code;
	}

	/**
	 * TIMEX3 values the timeline places: a year, a half, a season, a quarter, a month or
	 * a day.
	 */
	private static final Pattern VALUE = Pattern.compile("\\d{4}(-(H[12]|Q[1-4]|SP|SU|FA|WI|\\d{2}(-\\d{2})?))?");

	/**
	 * Whether a value names a period the timeline can place (a real month, a real day).
	 */
	static boolean isValue(String value) {
		if (value == null || !VALUE.matcher(value).matches()) {
			return false;
		}
		try {
			start(value);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** First day of the period a value names. */
	static LocalDate start(String value) {
		int year = Integer.parseInt(value.substring(0, 4));
		if (value.length() == 4) {
			return LocalDate.of(year, 1, 1);
		}
		String rest = value.substring(5);
		if (rest.startsWith("Q")) {
			int quarter = rest.charAt(1) - '0';
			return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		}
		if (rest.startsWith("H")) {
			return LocalDate.of(year, (rest.charAt(1) == '1') ? 1 : 7, 1);
		}
		if (Character.isLetter(rest.charAt(0))) {
			return LocalDate.of(year, Season.of(rest).firstMonth, 1);
		}
		if (rest.length() == 2) {
			return LocalDate.of(year, Integer.parseInt(rest), 1);
		}
		return LocalDate.parse(value);
	}

	/** First day after the period a value names. */
	static LocalDate end(String value) {
		LocalDate start = start(value);
		return switch (granularity(value)) {
			case YEAR -> start.plusYears(1);
			case HALF -> start.plusMonths(6);
			case QUARTER, SEASON -> start.plusMonths(3);
			case MONTH -> start.plusMonths(1);
			case DAY -> start.plusDays(1);
		};
	}

	static Granularity granularity(String value) {
		if (value.length() == 4) {
			return Granularity.YEAR;
		}
		char c = value.charAt(5);
		if (c == 'Q') {
			return Granularity.QUARTER;
		}
		if (c == 'H') {
			return Granularity.HALF;
		}
		if (Character.isLetter(c)) {
			return Granularity.SEASON;
		}
		return (value.length() == 7) ? Granularity.MONTH : Granularity.DAY;
	}

	/**
	 * The day standing for a period once its modifier is applied: the start for none or
	 * START, the middle for MID, the last sixth for END ("fin 2023" comes after "octobre
	 * 2023").
	 */
	static LocalDate pointOf(String value, String mod) {
		LocalDate start = start(value);
		long length = ChronoUnit.DAYS.between(start, end(value));
		if ("MID".equals(mod)) {
			return start.plusDays(length / 2);
		}
		if ("END".equals(mod)) {
			return start.plusDays(length * 5 / 6);
		}
		return start;
	}

	/**
	 * A key that orders events chronologically: the day standing for the period, then
	 * coarser periods before finer ones, then START before no modifier before MID before
	 * END.
	 */
	static int sortRank(String value, String mod) {
		long day = pointOf(value, mod).toEpochDay();
		int tie = granularity(value).ordinal() * 4 + modRank(mod);
		return Math.toIntExact(day * 32 + tie);
	}

	/** The lowest sort rank of an event whose day is on or after this one. */
	public static int sortRankFloor(LocalDate day) {
		return Math.toIntExact(day.toEpochDay() * 32);
	}

	private static int modRank(String mod) {
		if (mod == null) {
			return 1;
		}
		return switch (mod) {
			case "START" -> 0;
			case "MID" -> 2;
			case "END" -> 3;
			default -> 1;
		};
	}

	enum Granularity {

		YEAR, HALF, SEASON, QUARTER, MONTH, DAY

	}

	enum Season {

		SPRING("SP", 3), SUMMER("SU", 6), FALL("FA", 9), WINTER("WI", 12);

		final String code;

		final int firstMonth;

		Season(String code, int firstMonth) {
			this.code = code;
			this.firstMonth = firstMonth;
		}

		static Season of(String code) {
			for (Season season : values()) {
				if (season.code.equals(code)) {
					return season;
				}
			}
			throw new IllegalArgumentException("Unknown season " + code);
		}

	}

}
