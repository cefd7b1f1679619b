package dev.aiwire.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import dev.aiwire.timeline.Periods.Season;

/**
 * What a rule needs to resolve a date: the publication date, the tense around the
 * expression and the date mentioned just before. Dates without a year are placed by
 * tense: the past looks back from publication, the future forward, the present takes the
 * nearest.
 */
final class Resolution {

	final LocalDate dct;

	private final Supplier<Tense> tenseAround;

	private Tense tense;

	final String previous;

	private final YearPhrases yearPhrases;

	private final Integer fiscalYearEnd;

	/** A date the same sentence gave before the expression, or null. */
	private final String sentenceAnchor;

	/** The last date the sentences just before gave in the same paragraph, or null. */
	private final String narrated;

	private final boolean exactDay;

	/**
	 * The year a phrase of the sentence named before the expression ("L'an dernier, en
	 * mars"), or null.
	 */
	private final Integer frameYear;

	/**
	 * @param tenseAround works out the tense around the expression, asked at most once
	 * and only by the rules that need it: most dates carry their year
	 * @param yearPhrases the phrases of the sentence's language that name a year
	 * @param fiscalYearEnd the month the company's fiscal year ends in, when the text
	 * says it
	 * @param sentenceAnchor the date the same sentence gave before the expression, or
	 * null
	 * @param narrated the date the sentences just before narrated, or null
	 * @param exactDay whether {@code dct} is the very day the words were written or
	 * spoken; a quotation of which only the year or month is known gives no day to
	 * "mardi" or "yesterday"
	 * @param frameYear the year a phrase of the sentence named before the expression, or
	 * null
	 */
	Resolution(LocalDate dct, Supplier<Tense> tenseAround, String previous, YearPhrases yearPhrases,
			Integer fiscalYearEnd, String sentenceAnchor, String narrated, boolean exactDay, Integer frameYear) {
		this.dct = dct;
		this.tenseAround = tenseAround;
		this.previous = previous;
		this.yearPhrases = yearPhrases;
		this.fiscalYearEnd = fiscalYearEnd;
		this.sentenceAnchor = sentenceAnchor;
		this.narrated = narrated;
		this.exactDay = exactDay;
		this.frameYear = frameYear;
	}

	private List<LocalDate> namedDays = List.of();

	private Supplier<Tense> clauseTense = () -> null;

	private boolean dayByDay;

	private boolean dayAssumed;

	/**
	 * In quoted speech whose day the text does not give, read from publication for want
	 * of a better day.
	 */
	Resolution dayAssumed(boolean value) {
		this.dayAssumed = value;
		return this;
	}

	/**
	 * Whether the words are quoted speech whose day is only assumed to be publication:
	 * the speaker may have spoken days before.
	 */
	boolean dayAssumed() {
		return this.dayAssumed;
	}

	/** In a text that speaks day by day (it names yesterday or tomorrow). */
	Resolution dayByDay(boolean value) {
		this.dayByDay = value;
		return this;
	}

	boolean dayByDay() {
		return this.dayByDay;
	}

	private Supplier<Boolean> pluperfect = () -> false;

	/** With whether the verb before the expression is a pluperfect ("had said"). */
	Resolution inPluperfect(Supplier<Boolean> value) {
		this.pluperfect = value;
		return this;
	}

	/** With the tense the expression's own clause gives by a verb form, if any. */
	Resolution inClause(Supplier<Tense> tense) {
		this.clauseTense = tense;
		return this;
	}

	/**
	 * The tense a verb form of the expression's own clause gives, or null when the clause
	 * has none ("Aujourd'hui, la différence tient au volume").
	 */
	Tense clauseTense() {
		return this.clauseTense.get();
	}

	/**
	 * The day "that Thursday" looks around: the date mentioned before when it is a day,
	 * otherwise the last day the text named (a season or a year in between names no
	 * week); null when the text named no day.
	 */
	LocalDate dayOfThatWeek() {
		LocalDate day = previousDay();
		if (day != null || this.namedDays.isEmpty()) {
			return day;
		}
		return this.namedDays.get(this.namedDays.size() - 1);
	}

	private List<Discourse.Mention> mentions = List.of();

	private String lastQuarter;

	private LocalDate newsDay;

	/**
	 * With the day of the article's news, when the date before was given in another
	 * section; null otherwise or when the text gave none.
	 */
	Resolution onNewsDay(String day) {
		this.newsDay = (day != null && day.length() == 10) ? LocalDate.parse(day) : null;
		return this;
	}

	/** With the last quarter the text named before the sentence. */
	Resolution afterQuarter(String quarter) {
		this.lastQuarter = quarter;
		return this;
	}

	/**
	 * The quarter so many quarters from the one mentioned before ("a quarter earlier"):
	 * the date before when it is a quarter, else the last quarter the text named; null
	 * when it named none.
	 */
	String quarterFromPrevious(int quarters) {
		String before = (this.previous != null && Periods.isValue(this.previous)
				&& Periods.granularity(this.previous) == Periods.Granularity.QUARTER) ? this.previous
						: this.lastQuarter;
		if (before == null) {
			return null;
		}
		YearMonth first = YearMonth.from(Periods.start(before)).plusMonths(3L * quarters);
		return Periods.quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
	}

	/** With the sentences read so far that gave a day. */
	Resolution recalling(List<Discourse.Mention> mentions) {
		this.mentions = mentions;
		return this;
	}

	/**
	 * The day of an event the text named before with its date ("at his first Computex
	 * keynote, on May 29, 2023" for "two days before the keynote"): the day of the last
	 * sentence before that holds the word, or null.
	 */
	LocalDate dayOfEvent(String word) {
		return dayOfEvent(List.of(word));
	}

	/**
	 * The day of an event the text named before by one of several words ("the keynote"
	 * given as "the Force conference on Wednesday", « la présentation » as "BYD a annoncé
	 * lundi"): the day of the last sentence before that holds one of them, or null.
	 */
	LocalDate dayOfEvent(List<String> words) {
		List<String> quoted = new ArrayList<>(words.size());
		for (String word : words) {
			quoted.add(Pattern.quote(word.toLowerCase(Locale.ROOT)));
		}
		Pattern named = Pattern.compile(Grammar.B0 + "(?:" + String.join("|", quoted) + ")" + Grammar.B1);
		for (int i = this.mentions.size() - 1; i >= 0; i--) {
			if (named.matcher(this.mentions.get(i).words()).find()) {
				return this.mentions.get(i).day();
			}
		}
		return null;
	}

	/** With the days the text has named so far. */
	Resolution naming(List<LocalDate> days) {
		this.namedDays = days;
		return this;
	}

	/**
	 * A day the text named before that falls on a weekday, less than a week from
	 * publication and on the side the tense allows ("La fête aura lieu dimanche...
	 * Dimanche soir, le comité vous invite au bal"), or null.
	 */
	LocalDate namedWeekday(DayOfWeek weekday, Tense direction) {
		LocalDate best = null;
		for (LocalDate day : this.namedDays) {
			long from = day.toEpochDay() - this.dct.toEpochDay();
			// a day named a full week away leaves its weekday to publication's own ("On
			// October 9, it released the model... A spokesperson said on Thursday",
			// published on Thursday 16)
			boolean allowed = Math.abs(from) < 7
					&& (direction == Tense.PRESENT || (direction == Tense.PAST) == (from <= 0) || from == 0);
			if (day.getDayOfWeek() == weekday && allowed && (best == null || distance(day) < distance(best))) {
				best = day;
			}
		}
		return best;
	}

	/**
	 * Whether the day the words were written or spoken is known, which days named from it
	 * ("mardi", "hier", "today") need.
	 */
	boolean knowsTheDay() {
		return this.exactDay;
	}

	/** The day a value names, or null for a coarser or absent one. */
	private static LocalDate day(String value) {
		return (value != null && value.length() == 10) ? LocalDate.parse(value) : null;
	}

	/**
	 * How far from the day its sentence gave a date without a year is still read near it,
	 * in days.
	 */
	private static final int NEAR_ANCHOR_DAYS = 122;

	/** How far a narration may move forward from one sentence to the next, in days. */
	private static final int NARRATED_DAYS_AHEAD = 62;

	/**
	 * How far publication's reading must be from a narrated date before the narration
	 * wins, in days.
	 */
	private static final int FAR_FROM_NARRATION = 183;

	/**
	 * Reads a date without a year near another day rather than near publication: near the
	 * day its sentence gave before it ("Le 28 mars 2024, la berline est lancée, et les
	 * livraisons ont lieu le 3 avril"; "le 14 février, Baidu annonce que le modèle sera
	 * ouvert le 30 juin"), the future after it and anything else the nearest; or, for a
	 * day, a little after the day the paragraph told last, when publication's reading
	 * would jump far from the story ("from August 27 to 30, 2023... On August 29, ...").
	 * A month or a year says too little of where a story stands ("octobre 2023, puis de
	 * nouveau début décembre" may be a year later): null then, as when neither applies.
	 * @param candidates the same day or month in the years around
	 * @param fromPublication the reading by publication and tense
	 * @param isDay whether the expression names a day
	 */
	private LocalDate nearReference(List<LocalDate> candidates, LocalDate fromPublication, Tense direction,
			boolean isDay) {
		LocalDate anchor = day(this.sentenceAnchor);
		if (anchor != null && direction == Tense.FUTURE && anchor.isAfter(this.dct)) {
			// a date still to come is no point the story stands at: "its next flagship,
			// due early next year ... its conference in mid-November" is this November,
			// read from publication
			anchor = null;
		}
		if (anchor != null) {
			LocalDate best = null;
			for (LocalDate date : candidates) {
				// the future runs on from the day given; the past cannot come after
				// publication
				boolean allowed = (direction != Tense.FUTURE || !date.isBefore(anchor))
						&& (direction != Tense.PAST || !date.isAfter(this.dct));
				if (allowed && (best == null || gap(date, anchor) < gap(best, anchor))) {
					best = date;
				}
			}
			// the future runs on from the day given; anything else is near it, or months
			// away and
			// read from publication ("entré en vigueur le 1er août 2024... s'appliquent
			// depuis le 2 février")
			return (best != null && (direction == Tense.FUTURE || gap(best, anchor) <= NEAR_ANCHOR_DAYS)) ? best : null;
		}
		LocalDate story = day(this.narrated);
		if (!isDay || story == null || fromPublication == null || gap(fromPublication, story) <= FAR_FROM_NARRATION) {
			return null;
		}
		for (LocalDate date : candidates) {
			long ahead = date.toEpochDay() - story.toEpochDay();
			if (ahead >= 0 && ahead <= NARRATED_DAYS_AHEAD) {
				return date;
			}
		}
		return null;
	}

	private static long gap(LocalDate a, LocalDate b) {
		return Math.abs(a.toEpochDay() - b.toEpochDay());
	}

	/** A day in the years around a reference date, in order. */
	private List<LocalDate> around(int month, int day) {
		LocalDate reference = (day(this.sentenceAnchor) != null) ? day(this.sentenceAnchor) : day(this.narrated);
		List<LocalDate> dates = new ArrayList<>();
		if (reference != null) {
			for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
				LocalDate date = dateOrNull(year, month, day);
				if (date != null) {
					dates.add(date);
				}
			}
		}
		return dates;
	}

	/**
	 * The fiscal year publication falls in, named (as companies name them) by the
	 * calendar year it ends in; the calendar year when the text does not give the
	 * company's calendar.
	 */
	int fiscalYearOfPublication() {
		if (this.fiscalYearEnd == null || this.fiscalYearEnd == 12) {
			return this.dct.getYear();
		}
		return (this.dct.getMonthValue() <= this.fiscalYearEnd) ? this.dct.getYear() : this.dct.getYear() + 1;
	}

	/**
	 * The calendar year a fiscal year is: itself when the company's year is the calendar
	 * year, or when the text does not say otherwise; null when it straddles two calendar
	 * years.
	 */
	Integer calendarYearOfFiscal(int fiscalYear) {
		return (this.fiscalYearEnd == null || this.fiscalYearEnd == 12) ? Integer.valueOf(fiscalYear) : null;
	}

	/**
	 * The calendar quarter a fiscal quarter is, when the text gives the company's
	 * calendar and its quarters fall on calendar quarters (a year ending in March, June,
	 * September or December); otherwise null: a fiscal quarter is never shown as a
	 * calendar quarter it is not.
	 */
	String calendarQuarterOfFiscal(int fiscalYear, int quarter) {
		if (this.fiscalYearEnd == null || this.fiscalYearEnd % 3 != 0) {
			return null;
		}
		YearMonth first = YearMonth.of(fiscalYear, this.fiscalYearEnd).minusMonths(11).plusMonths(3L * (quarter - 1));
		return Periods.quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
	}

	/** The tense around the expression. */
	Tense tense() {
		if (this.tense == null) {
			this.tense = this.tenseAround.get();
		}
		return this.tense;
	}

	/**
	 * The direction a word of the expression states ("dernier", "next"), else the tense
	 * around it.
	 */
	Tense direction(Tense stated) {
		return (stated != null) ? stated : tense();
	}

	/**
	 * The year a phrase such as "cette année", "l'année dernière", "the same year" names,
	 * or null when it is not a year phrase or refers back to nothing.
	 */
	Integer yearOf(String phrase) {
		return this.yearPhrases.yearOf(phrase, this.dct.getYear(), yearCountedFrom());
	}

	/**
	 * The year "la même année" or "the following year" counts from: the year mentioned
	 * before or, when the sentence before opened with a bare year and went on to a later
	 * date, the year the story told last ("Diplômé en 2015, il obtient son doctorat en
	 * 2019. La même année, il cosigne..."); null when the text gave none.
	 */
	Integer yearCountedFrom() {
		if (this.previous != null && this.previous.length() == 4 && this.narrated != null && this.narrated.length() >= 4
				&& this.narrated.substring(0, 4).compareTo(this.previous) > 0) {
			return Integer.valueOf(this.narrated.substring(0, 4));
		}
		return previousYear();
	}

	/**
	 * The year of a month named without one. The present tells of past events as often as
	 * of what is scheduled ("the company publishes its results in April"): the nearest
	 * such month, up to five months ahead.
	 */
	int yearOfMonth(int month, Tense direction) {
		if (this.frameYear != null && day(this.sentenceAnchor) == null) {
			return this.frameYear;
		}
		int fromPublication = yearOfMonthFromPublication(month, direction);
		LocalDate story = day(this.narrated);
		if (direction == Tense.PAST && story != null && this.sentenceAnchor == null
				&& gap(LocalDate.of(fromPublication, month, 1), story) > FAR_FROM_NARRATION && this.pluperfect.get()) {
			// a pluperfect tells of a time before the day the paragraph narrates, far
			// from publication ("Le 15 septembre de cette année-là... Yu l'avait reconnu
			// en août"): the last such month up to that day
			return (month <= story.getMonthValue()) ? story.getYear() : story.getYear() - 1;
		}
		LocalDate near = nearReference(around(month, 1), LocalDate.of(fromPublication, month, 1), direction, false);
		return (near != null) ? near.getYear() : fromPublication;
	}

	private int yearOfMonthFromPublication(int month, Tense direction) {
		int year = this.dct.getYear();
		int current = this.dct.getMonthValue();
		return switch (direction) {
			case PAST -> (month <= current) ? year : year - 1;
			case FUTURE -> (month >= current) ? year : year + 1;
			case PRESENT -> (month <= current) ? ((current - month > 6) ? year + 1 : year)
					: (month - current <= 5) ? year : year - 1;
		};
	}

	/**
	 * How far ahead the present may point before a date reads as the last one instead: a
	 * season, since a day in the next weeks or months told in the present is most often
	 * one on the calendar ("la conférence se tient le 28 août"), while narration in the
	 * present goes back further than the days just ahead.
	 */
	private static final int PRESENT_DAYS_AHEAD = 92;

	/**
	 * A day of a month without a year whose weekday is stated ("dimanche 29 août"): the
	 * year nearest publication where that day falls on that weekday, or null when none
	 * does.
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

	/**
	 * A day of a month without a year, or null when there is no such day: near a date the
	 * text has just given (see {@link #nearReference}), else by publication and tense.
	 */
	LocalDate dayOfMonth(int month, int day, Tense direction) {
		if (this.frameYear != null && day(this.sentenceAnchor) == null) {
			return dateOrNull(this.frameYear, month, day);
		}
		LocalDate fromPublication = dayOfMonthFromPublication(month, day, direction);
		LocalDate near = nearReference(around(month, day), fromPublication, direction, true);
		return (near != null) ? near : fromPublication;
	}

	private LocalDate dayOfMonthFromPublication(int month, int day, Tense direction) {
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
				// narration in the present: the last such day, unless it comes within
				// three months
				LocalDate next = same.isBefore(this.dct) ? dateOrNull(year + 1, month, day) : same;
				if (next != null && next.toEpochDay() - this.dct.toEpochDay() <= PRESENT_DAYS_AHEAD) {
					yield next;
				}
				yield same.isAfter(this.dct) ? dateOrNull(year - 1, month, day) : same;
			}
		};
	}

	/**
	 * A day of the month named without its month ("le 29 au soir"): the last such day up
	 * to publication, or in the future the next one after it; null when no month within
	 * two has that day.
	 */
	LocalDate dayWithoutItsMonth(int day, Tense direction) {
		YearMonth month = dctMonth();
		for (int i = 0; i <= 2; i++) {
			YearMonth tried = (direction == Tense.FUTURE) ? month.plusMonths(i) : month.minusMonths(i);
			LocalDate date = dateOrNull(tried.getYear(), tried.getMonthValue(), day);
			if (date != null && ((direction == Tense.FUTURE) ? !date.isBefore(this.dct) : !date.isAfter(this.dct))) {
				return date;
			}
		}
		return null;
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

	/**
	 * The year of a period named without one ("in the spring", "in the second half") that
	 * the same sentence placed by a date it gave before ("In February 2024, the start-up
	 * raised money, and in the spring its traffic soared"; "In 2023, sales fell in the
	 * second half"): the year whose period lies nearest that date, on the side of
	 * publication the tense allows; null when the sentence gave no date before, or none
	 * of those periods agrees with the tense ("Founded in 2015, the group will list in
	 * the spring" reads the spring from publication).
	 * @param periodOfYear the period in a given year, as a TIMEX3 value
	 */
	Integer yearNearSentenceDate(IntFunction<String> periodOfYear, Tense direction) {
		String date = (this.sentenceAnchor != null) ? this.sentenceAnchor
				: (this.frameYear != null) ? String.valueOf(this.frameYear) : null;
		if (date == null) {
			return null;
		}
		LocalDate from = Periods.start(date);
		LocalDate to = Periods.end(date);
		Integer best = null;
		long bestGap = Long.MAX_VALUE;
		for (int year : new int[] { from.getYear(), from.getYear() - 1, from.getYear() + 1 }) {
			String period = periodOfYear.apply(year);
			LocalDate start = Periods.start(period);
			LocalDate end = Periods.end(period);
			boolean allowed = (direction != Tense.FUTURE || end.isAfter(this.dct))
					&& (direction != Tense.PAST || !start.isAfter(this.dct));
			long gap = end.isAfter(from) ? Math.max(0, start.toEpochDay() - to.toEpochDay())
					: from.toEpochDay() - end.toEpochDay();
			if (allowed && gap < bestGap) {
				best = year;
				bestGap = gap;
			}
		}
		return best;
	}

	/**
	 * The season before the one in progress: "l'été dernier" said in July is last year's.
	 */
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

	/**
	 * The first day of a month after the date mentioned before ("le 26 octobre suivant"),
	 * or null when nothing was mentioned to the day or month.
	 */
	LocalDate dayAfterPrevious(int month, int day) {
		LocalDate reference = (previousDay() != null) ? previousDay()
				: (previousMonth() != null) ? previousMonth().atEndOfMonth() : null;
		if (reference == null) {
			return null;
		}
		for (int year = reference.getYear(); year <= reference.getYear() + 1; year++) {
			LocalDate date = dateOrNull(year, month, day);
			if (date != null && date.isAfter(reference)) {
				return date;
			}
		}
		return null;
	}

	/** The year of the first such month after the date mentioned before, or null. */
	Integer yearOfMonthAfterPrevious(int month) {
		YearMonth reference = previousMonth();
		if (reference == null) {
			return null;
		}
		return (month > reference.getMonthValue()) ? reference.getYear() : reference.getYear() + 1;
	}

	/** The year of a half named without one, as for quarters. */
	int yearOfHalf(int half, Tense direction) {
		int year = this.dct.getYear();
		int current = (this.dct.getMonthValue() <= 6) ? 1 : 2;
		return switch (direction) {
			case PAST -> (half <= current) ? year : year - 1;
			case FUTURE -> (half >= current) ? year : year + 1;
			case PRESENT -> year;
		};
	}

	LocalDate weekday(DayOfWeek day, Tense direction) {
		return switch (direction) {
			case PAST -> this.dct.with(TemporalAdjusters.previousOrSame(day));
			case FUTURE -> this.dct.with(TemporalAdjusters.nextOrSame(day));
			case PRESENT -> {
				LocalDate next = this.dct.with(TemporalAdjusters.nextOrSame(day));
				// the present announces as often as it reports: up to four days ahead,
				// else the last one
				yield (next.toEpochDay() - this.dct.toEpochDay() <= 4) ? next : next.minusWeeks(1);
			}
		};
	}

	/**
	 * "vendredi dernier" is strictly before publication, "lundi prochain" strictly after.
	 */
	LocalDate strictWeekday(DayOfWeek day, Tense direction) {
		return (direction == Tense.FUTURE) ? this.dct.with(TemporalAdjusters.next(day))
				: this.dct.with(TemporalAdjusters.previous(day));
	}

	/**
	 * The weekday of the week before the week of publication ("last Thursday"): the last
	 * one before publication, a week earlier when that one falls in publication's own
	 * week.
	 */
	LocalDate weekdayOfTheWeekBefore(DayOfWeek day) {
		LocalDate last = this.dct.with(TemporalAdjusters.previous(day));
		LocalDate monday = this.dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return last.isBefore(monday) ? last : last.minusWeeks(1);
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

	/**
	 * The day so many days from the day mentioned before ("the next morning", "la
	 * veille"); when that names no day, or gives one after publication while the sentence
	 * tells of the past, which cannot be (the date before was a plan or a deadline,
	 * "until 15 October", not the story's day), from the last day the text named that can
	 * be it; nothing when it named none.
	 */
	List<String> dayFromPrevious(int days) {
		if (days == 0 && this.newsDay != null) {
			// "le même soir" in a section after the one that gave the date before: that
			// date is another part of the story's, and the evening is that of the
			// article's news
			return List.of(Periods.day(this.newsDay));
		}
		LocalDate day = previousDay();
		if (day != null && possible(day.plusDays(days))) {
			return List.of(Periods.day(day.plusDays(days)));
		}
		// the date before names no day ("Entre janvier et mars, ... Le même jour") or one
		// the story cannot have reached: the last day named that it can be
		for (int i = this.namedDays.size() - 1; i >= 0; i--) {
			LocalDate counted = this.namedDays.get(i).plusDays(days);
			if (possible(counted)) {
				return List.of(Periods.day(counted));
			}
		}
		return List.of();
	}

	/** Whether a day may be the day of what the sentence tells: not ahead in the past. */
	private boolean possible(LocalDate day) {
		return !(day.isAfter(this.dct) && tense() == Tense.PAST);
	}

	/**
	 * The day a count of days starts from ("two days later"): the day mentioned before
	 * or, when that names the month or year a paragraph opened with, the day the story
	 * told last within it ("In April, ... and on April 15 it booked a charge. ... two
	 * days later"); null otherwise.
	 */
	LocalDate countedFromDay() {
		LocalDate day = previousDay();
		if (day != null || this.previous == null || this.narrated == null || this.narrated.length() != 10
				|| !this.narrated.startsWith(this.previous)) {
			return day;
		}
		return LocalDate.parse(this.narrated);
	}

	/**
	 * The month a count of months starts from ("six mois plus tard"): the month mentioned
	 * before or, when the sentence before opened with a bare year and went on to a month,
	 * the month the story told last ("Recruté en 2020, il fonde la société en février
	 * 2023. Six mois plus tard"); null otherwise.
	 */
	YearMonth countedFromMonth() {
		YearMonth month = previousMonth();
		if (month != null || this.previous == null || this.previous.length() != 4 || this.narrated == null
				|| this.narrated.length() < 7 || !Character.isDigit(this.narrated.charAt(5))
				|| this.narrated.compareTo(this.previous) < 0) {
			return month;
		}
		return YearMonth.parse(this.narrated.substring(0, 7));
	}

	/**
	 * A two-digit year: "octobre 98" is 1998, "mars 21" 2021 (the century nearest
	 * publication).
	 */
	Integer expandYear(int twoDigits) {
		int century = this.dct.getYear() / 100 * 100;
		int year = century + twoDigits;
		if (year > this.dct.getYear() + 20) {
			year -= 100;
		}
		return year;
	}

}
