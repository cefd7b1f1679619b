package dev.aiwire.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.aiwire.language.Language;
import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;

/**
 * Writes a TIMEX3 value and its modifier the way a reader would say it: "fin janvier
 * 2024", "14 mars 2024", "début 2016", "printemps 2024"; "late January 2024", "March 14,
 * 2024". The forms of each language are its {@code timex-format} word list, the month
 * names those of its locale.
 */
public final class TimexFormat {

	private static final Map<Language, TimexFormat> FORMATS = new ConcurrentHashMap<>();

	private final Locale locale;

	private final Map<String, String> forms;

	private TimexFormat(Language language) {
		this.locale = language.locale();
		this.forms = new HashMap<>();
		for (WordList.Entry entry : language.words("timex-format").entries()) {
			this.forms.putIfAbsent(entry.attribute("of"), entry.text());
		}
	}

	/** The format of a language. */
	static TimexFormat of(Language language) {
		return FORMATS.computeIfAbsent(language, TimexFormat::new);
	}

	/**
	 * A value and its modifier in the interface's language (the default language if not
	 * one of ours).
	 */
	public static String describe(String value, String mod, Locale locale) {
		return of(Languages.of(locale.getLanguage())).describe(value, mod);
	}

	/** A value and its modifier in this format's language. */
	String describe(String value, String mod) {
		String period = period(value);
		if (mod == null || !this.forms.containsKey(mod)) {
			return period;
		}
		return this.forms.get(mod).replace("{}", period);
	}

	/** The year a value belongs to, for grouping a timeline by year. */
	public static int year(String value) {
		return Integer.parseInt(value.substring(0, 4));
	}

	private String period(String value) {
		String year = value.substring(0, 4);
		if (value.length() == 4) {
			return year;
		}
		String rest = value.substring(5);
		if (Character.isLetter(rest.charAt(0))) {
			// quarters (Q1) and seasons (SU)
			String form = this.forms.get(rest);
			return (form != null) ? form.replace("{year}", year) : value;
		}
		if (rest.length() == 2) {
			String month = Month.of(Integer.parseInt(rest)).getDisplayName(TextStyle.FULL, this.locale);
			return form("month").replace("{month}", month).replace("{year}", year);
		}
		LocalDate day = LocalDate.parse(value);
		String month = day.getMonth().getDisplayName(TextStyle.FULL, this.locale);
		String form = (day.getDayOfMonth() == 1 && this.forms.containsKey("first-day")) ? form("first-day")
				: form("day");
		return form.replace("{day}", String.valueOf(day.getDayOfMonth()))
			.replace("{month}", month)
			.replace("{year}", year);
	}

	private String form(String of) {
		return this.forms.getOrDefault(of, "{year}-{month}-{day}");
	}

}
