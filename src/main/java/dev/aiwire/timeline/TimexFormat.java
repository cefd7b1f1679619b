package dev.aiwire.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes a TIMEX3 value and its modifier the way a reader would say it: "fin janvier 2024",
 * "14 mars 2024", "début 2016", "printemps 2024"; "late January 2024", "March 14, 2024".
 */
public final class TimexFormat {

	private TimexFormat() {
	}

	public static String describe(String value, String mod, Locale locale) {
		boolean french = !"en".equals(locale.getLanguage());
		String period = period(value, french);
		if (mod == null) {
			return period;
		}
		return switch (mod) {
			case "START" -> (french ? "début " : "early ") + period;
			case "MID" -> (french ? "mi-" : "mid-") + period;
			case "END" -> (french ? "fin " : "late ") + period;
			default -> period;
		};
	}

	/** The year a value belongs to, for grouping a timeline by year. */
	public static int year(String value) {
		return Integer.parseInt(value.substring(0, 4));
	}

	private static String period(String value, boolean french) {
		Locale locale = french ? Locale.FRENCH : Locale.ENGLISH;
		String year = value.substring(0, 4);
		if (value.length() == 4) {
			return year;
		}
		String rest = value.substring(5);
		if (rest.startsWith("Q")) {
			int quarter = Integer.parseInt(rest.substring(1));
			return french ? ((quarter == 1) ? "1er" : quarter + "e") + " trimestre " + year : "Q" + quarter + " " + year;
		}
		switch (rest) {
			case "SP":
				return (french ? "printemps " : "spring ") + year;
			case "SU":
				return (french ? "été " : "summer ") + year;
			case "FA":
				return (french ? "automne " : "autumn ") + year;
			case "WI":
				return (french ? "hiver " : "winter ") + year;
			default:
				break;
		}
		if (rest.length() == 2) {
			String month = Month.of(Integer.parseInt(rest)).getDisplayName(TextStyle.FULL, locale);
			return month + " " + year;
		}
		LocalDate day = LocalDate.parse(value);
		String month = day.getMonth().getDisplayName(TextStyle.FULL, locale);
		if (french) {
			return ((day.getDayOfMonth() == 1) ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + month + " " + year;
		}
		return month + " " + day.getDayOfMonth() + ", " + year;
	}

}
