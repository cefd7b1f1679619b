package dev.aiwire.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.aiwire.timeline.Periods.Season;

/**
 * What a rule needs to resolve a date: the publication date, the tense around the expression and
 * the date mentioned just before. Dates without a year are placed by tense: the past looks back
 * from publication, the future forward, the present takes the nearest.
 */
final class Resolution {

	private static final Map<String, Integer> YEARS_FROM_PUBLICATION = Map.ofEntries(Map.entry("cette année", 0),
			Map.entry("cette année-ci", 0), Map.entry("l'année en cours", 0), Map.entry("l'année dernière", -1),
			Map.entry("l'année derniere", -1), Map.entry("l'année passée", -1), Map.entry("l'an dernier", -1),
			Map.entry("l'an passé", -1), Map.entry("l'année prochaine", 1), Map.entry("l'an prochain", 1),
			Map.entry("this year", 0), Map.entry("last year", -1), Map.entry("next year", 1),
			Map.entry("the current year", 0), Map.entry("earlier this year", 0), Map.entry("later this year", 0),
			Map.entry("late last year", -1), Map.entry("early last year", -1), Map.entry("early next year", 1),
			Map.entry("late next year", 1), Map.entry("early this year", 0), Map.entry("late this year", 0));

	private static final Map<String, Integer> YEARS_FROM_PREVIOUS = Map.ofEntries(Map.entry("la même année", 0),
			Map.entry("cette année-là", 0), Map.entry("cette même année", 0), Map.entry("l'année même", 0),
			Map.entry("l'année précédente", -1), Map.entry("l'année d'avant", -1), Map.entry("l'année suivante", 1),
			Map.entry("l'année d'après", 1), Map.entry("un an plus tard", 1), Map.entry("un an plus tôt", -1),
			Map.entry("un an auparavant", -1), Map.entry("the same year", 0), Map.entry("that year", 0),
			Map.entry("that same year", 0), Map.entry("the previous year", -1), Map.entry("the year before", -1),
			Map.entry("a year earlier", -1), Map.entry("the following year", 1), Map.entry("the next year", 1),
			Map.entry("the year after", 1), Map.entry("a year later", 1));

	final LocalDate dct;

	private final Supplier<Tense> tenseAround;

	private Tense tense;

	final String previous;

	/**
	 * @param tenseAround works out the tense around the expression, asked at most once and only
	 * by the rules that need it: most dates carry their year
	 */
	Resolution(LocalDate dct, Supplier<Tense> tenseAround, String previous) {
		this.dct = dct;
		this.tenseAround = tenseAround;
		this.previous = previous;
	}

	/** The tense around the expression. */
	Tense tense() {
		if (this.tense == null) {
			this.tense = this.tenseAround.get();
		}
		return this.tense;
	}

	/** "dernier"/"last" look back, "prochain"/"next" forward, otherwise the tense decides. */
	Tense direction(String word) {
		if (word == null) {
			return tense();
		}
		String w = word.toLowerCase(Locale.ROOT);
		if (w.startsWith("derni") || w.startsWith("pass") || w.equals("last") || w.equals("past")) {
			return Tense.PAST;
		}
		if (w.startsWith("prochain") || w.equals("next") || w.equals("coming")) {
			return Tense.FUTURE;
		}
		if (w.equals("ce") || w.equals("cet") || w.equals("cette") || w.equals("this")) {
			return Tense.PRESENT;
		}
		return tense();
	}

	/**
	 * The year a phrase such as "cette année", "l'année dernière", "the same year" names, or null
	 * when it is not a year phrase or refers back to nothing.
	 */
	Integer yearOf(String phrase) {
		String key = normalise(phrase);
		Integer offset = YEARS_FROM_PUBLICATION.get(key);
		if (offset != null) {
			return this.dct.getYear() + offset;
		}
		offset = YEARS_FROM_PREVIOUS.get(key);
		if (offset != null && this.previous != null) {
			return Integer.parseInt(this.previous.substring(0, 4)) + offset;
		}
		return null;
	}

	static boolean isYearPhrase(String phrase) {
		String key = normalise(phrase);
		return YEARS_FROM_PUBLICATION.containsKey(key) || YEARS_FROM_PREVIOUS.containsKey(key);
	}

	private static String normalise(String phrase) {
		return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
	}

	/**
	 * The year of a month named without one. The present reads as narration (news often tells
	 * past events in the present): the latest such month, unless it is the next month.
	 */
	int yearOfMonth(int month, Tense direction) {
		int year = this.dct.getYear();
		int current = this.dct.getMonthValue();
		return switch (direction) {
			case PAST -> (month <= current) ? year : year - 1;
			case FUTURE -> (month >= current) ? year : year + 1;
			case PRESENT -> (month <= current) ? year : (month == current + 1) ? year : year - 1;
		};
	}

	/** How far ahead the present may point before a date reads as the last one instead. */
	private static final int PRESENT_DAYS_AHEAD = 31;

	/**
	 * A day of a month without a year whose weekday is stated ("dimanche 29 août"): the year
	 * nearest publication where that day falls on that weekday, or null when none does.
	 */
	LocalDate dayOfMonthOn(int month, int day, DayOfWeek weekday) {
		LocalDate best = null;
		for (int year = this.dct.getYear() - 1; year <= this.dct.getYear() + 1; year++) {
			LocalDate date = dateOrNull(year, month, day);
			if (date != null && date.getDayOfWeek() == weekday && (best == null || distance(date) < distance(best))) {
				best = date;
			}
		}
		return best;
	}

	private long distance(LocalDate date) {
		return Math.abs(date.toEpochDay() - this.dct.toEpochDay());
	}

	/** A day of a month without a year, or null when there is no such day. */
	LocalDate dayOfMonth(int month, int day, Tense direction) {
		int year = this.dct.getYear();
		LocalDate same = dateOrNull(year, month, day);
		if (same == null) {
			// 29 February: look for the closest leap year in the right direction
			LocalDate before = dateOrNull(year - 1, month, day);
			LocalDate after = dateOrNull(year + 1, month, day);
			return (direction == Tense.FUTURE) ? after : before;
		}
		return switch (direction) {
			case PAST -> same.isAfter(this.dct) ? dateOrNull(year - 1, month, day) : same;
			case FUTURE -> same.isBefore(this.dct) ? dateOrNull(year + 1, month, day) : same;
			case PRESENT -> {
				// narration in the present: the last such day, unless it comes within a month
				LocalDate next = same.isBefore(this.dct) ? dateOrNull(year + 1, month, day) : same;
				if (next != null && next.toEpochDay() - this.dct.toEpochDay() <= PRESENT_DAYS_AHEAD) {
					yield next;
				}
				yield same.isAfter(this.dct) ? dateOrNull(year - 1, month, day) : same;
			}
		};
	}

	static LocalDate dateOrNull(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	int yearOfSeason(Season season, Tense direction) {
		int year = this.dct.getYear();
		LocalDate start = LocalDate.of(year, season.firstMonth, 1);
		LocalDate end = start.plusMonths(3);
		return switch (direction) {
			case PAST -> start.isAfter(this.dct) ? year - 1 : year;
			case FUTURE -> end.isAfter(this.dct) ? year : year + 1;
			case PRESENT -> year;
		};
	}

	/** The season before the one in progress: "l'été dernier" said in July is last year's. */
	int yearOfLastSeason(Season season) {
		int year = this.dct.getYear();
		LocalDate end = LocalDate.of(year, season.firstMonth, 1).plusMonths(3);
		return end.isAfter(this.dct) ? year - 1 : year;
	}

	int yearOfQuarter(int quarter, Tense direction) {
		int year = this.dct.getYear();
		int current = (this.dct.getMonthValue() - 1) / 3 + 1;
		return switch (direction) {
			case PAST -> (quarter <= current) ? year : year - 1;
			case FUTURE -> (quarter >= current) ? year : year + 1;
			case PRESENT -> year;
		};
	}

	LocalDate weekday(DayOfWeek day, Tense direction) {
		return switch (direction) {
			case PAST -> this.dct.with(TemporalAdjusters.previousOrSame(day));
			case FUTURE -> this.dct.with(TemporalAdjusters.nextOrSame(day));
			case PRESENT -> {
				LocalDate next = this.dct.with(TemporalAdjusters.nextOrSame(day));
				// the present announces as often as it reports: up to four days ahead, else the last one
				yield (next.toEpochDay() - this.dct.toEpochDay() <= 4) ? next : next.minusWeeks(1);
			}
		};
	}

	/** "vendredi dernier" is strictly before publication, "lundi prochain" strictly after. */
	LocalDate strictWeekday(DayOfWeek day, Tense direction) {
		return (direction == Tense.FUTURE) ? this.dct.with(TemporalAdjusters.next(day))
				: this.dct.with(TemporalAdjusters.previous(day));
	}

	YearMonth dctMonth() {
		return YearMonth.from(this.dct);
	}

	Integer previousYear() {
		return (this.previous != null) ? Integer.valueOf(this.previous.substring(0, 4)) : null;
	}

	YearMonth previousMonth() {
		if (this.previous == null || this.previous.length() < 7 || !Character.isDigit(this.previous.charAt(5))) {
			return null;
		}
		return YearMonth.parse(this.previous.substring(0, 7));
	}

	LocalDate previousDay() {
		return (this.previous != null && this.previous.length() == 10) ? LocalDate.parse(this.previous) : null;
	}

	/** A two-digit year: "octobre 98" is 1998, "mars 21" 2021 (the century nearest publication). */
	Integer expandYear(int twoDigits) {
		int century = this.dct.getYear() / 100 * 100;
		int year = century + twoDigits;
		if (year > this.dct.getYear() + 20) {
			year -= 100;
		}
		return year;
	}

}
