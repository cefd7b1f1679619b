package dev.aiwire.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.timeline.Periods.Season;

/** Dates as English news writes them: "March 14, 2024", "early 2016", "last year", "on Tuesday". */
final class EnglishGrammar extends Grammar {

	private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
			+ "|November|December";

	private static final String MONTH_ABBREVIATIONS = "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\."
			+ "|Nov\\.|Dec\\.";

	private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	private static final Cue MONTH_CUE = anyOf("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec");

	private static final String YEAR_PHRASE = "(?<YR>(?:earlier\\s+|later\\s+)?(?:this|last|next)\\s+year"
			+ "|the\\s+(?:same|previous|following|next|current)\\s+year|that\\s+(?:same\\s+)?year|the\\s+year\\s+(?:before|after)"
			+ "|a\\s+year\\s+(?:earlier|later))";

	private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third",
			3, "3rd", 3, "fourth", 4, "4th", 4, "final", 4);

	private static final Pattern MODIFIER = Pattern.compile(B0 + "(?:"
			+ "(?<S>(?:(?:in|at|by|since|from|until|the|as)\\s+)?(?:very\\s+)?early(?:\\s*-\\s*|\\s+)(?:in\\s+)?"
			+ "|(?:(?:at|by|since|from|until|in)\\s+)?the\\s+(?:very\\s+)?(?:beginning|start)\\s+of\\s+(?:the\\s+)?)"
			+ "|(?<E>(?:(?:in|at|by|since|from|until|the|as)\\s+)?late(?:\\s*-\\s*|\\s+)(?:in\\s+)?"
			+ "|(?:(?:at|by|before|until|toward|towards)\\s+)?the\\s+(?:very\\s+)?end\\s+of\\s+(?:the\\s+)?"
			+ "|end\\s*-\\s*|(?:by\\s+)?end\\s+of\\s+)"
			+ "|(?<Mi>(?:(?:in|at|by|since|from|until|the|as)\\s+)?mid(?:dle)?(?:\\s*-\\s*|\\s+)(?:in\\s+)?"
			+ "|(?:(?:in|at|by|since)\\s+)?the\\s+middle\\s+of\\s+(?:the\\s+)?)" + ")$", FLAGS);

	private static final Pattern STRONG_YEAR = Pattern.compile(B0 + "(?:in|since|by|until|till|through|before|after"
			+ "|during|from|between|circa|fiscal|FY|year|spring|summer|fall|autumn|winter|quarter|half|season"
			+ "|(?:end|beginning|start|middle|half|quarter|spring|summer|fall|autumn|winter|months?|course|rest|part)\\s+of"
			+ "|as\\s+of|as\\s+early\\s+as|as\\s+late\\s+as|back\\s+in|early|late|mid)\\s*-?\\s*$", FLAGS);

	private static final Pattern WEAK_YEAR = Pattern
		.compile("(?:" + B0 + "(?:of|to|and|or|for|the|its|their)|[,(:;])\\s*$", FLAGS);

	private static final Set<String> WORDS_AFTER_YEAR = Set.of("and", "or", "in", "on", "at", "to", "when", "as",
			"with", "after", "before", "by", "for", "was", "were", "is", "it", "its", "he", "she", "they", "that",
			"which", "while", "during", "through", "compared", "versus", "vs", "the", "a", "an", "had", "has",
			"saw", "alone", "onwards", "onward", "until", "but", "so", "then", "already", "also", "only", "since",
			"s", "'s");

	EnglishGrammar() {
		super(MODIFIER, STRONG_YEAR, WEAK_YEAR, WORDS_AFTER_YEAR);
		String month = "(?<M>" + MONTH_NAMES + MONTH_ABBREVIATIONS + ")";
		String ordinal = "(?:st|nd|rd|th)?";
		String weekday = "(?:(?<WD>" + WEEKDAYS + "),?\\s+)?";
		// March 14, 2024; Tuesday, March 14; March 14-15
		this.rules.add(rule(MONTH_CUE, B0 + weekday + month + "\\s+(?<D>[0-3]?\\d)" + ordinal + "(?!\\d)(?:\\s*(?:-|–|and|to|&)\\s*"
				+ "(?<D2>[0-3]?\\d)" + ordinal + "(?!\\d))?(?:,?\\s+" + year4("Y") + "|\\s+(?:of\\s+)?" + YEAR_PHRASE + ")?" + B1,
				this::dayOfMonth));
		// 14 March 2024; the 14th of March
		this.rules.add(rule(MONTH_CUE, B0 + weekday + "(?:the\\s+)?(?<D>[0-3]?\\d)" + ordinal + "(?!\\d)\\s+(?:of\\s+)?" + month
				+ "(?:,?\\s+" + year4("Y") + "|\\s+(?:of\\s+)?" + YEAR_PHRASE + ")?" + B1, this::dayOfMonth));
		// March 2024; in May; last March; September last year
		this.rules.add(rule(MONTH_CUE, B0 + "(?:(?<REL>last|this|next|past)\\s+)?(?<M>" + MONTH_NAMES + ")(?:\\s*(?:-|–|and|or|to)\\s*"
				+ "(?<M2>" + MONTH_NAMES + "))?(?:(?:\\s+of)?,?\\s+" + year4("Y") + "|\\s+(?:of\\s+)?" + YEAR_PHRASE + ")?"
				+ B1, this::month));
		this.rules.add(rule(YEAR, year4("Y"), this::year));
		this.rules.add(rule(YEAR, B0 + "(?<Y>(?:19|20)\\d{2})-(?<Mo>[01]\\d)-(?<D>[0-3]\\d)" + B1, EnglishGrammar::isoDate));
		this.rules.add(rule(anyOf("/"), B0 + "(?<Mo>[01]?\\d)/(?<D>[0-3]?\\d)/" + year4("Y") + B1, EnglishGrammar::isoDate));
		// Q3 2024, the third quarter of 2024, the fourth quarter
		this.rules.add(rule(DIGIT, B0 + "(?:Q(?<Q>[1-4])|(?<Q2>[1-4])Q)\\s*(?:of\\s+)?(?:" + yearAfterDigit("Y") + "|'?(?<YY>\\d{2})(?!\\d))"
				+ B1, this::quarter));
		this.rules.add(rule(anyOf("quarter"), B0 + "(?:the\\s+|its\\s+|their\\s+)?(?<QW>first|second|third|fourth|1st|2nd|3rd|4th|final)"
				+ "(?:\\s*-\\s*|\\s+)quarter(?:\\s+of\\s+" + year4("Y") + "|,?\\s+" + year4("Y2") + "|\\s+(?:of\\s+)?"
				+ YEAR_PHRASE + ")?" + B1, this::quarter));
		this.rules.add(rule(anyOf("quarter"), B0 + "(?<R>this|last|next)\\s+quarter" + B1, (m, text, into) -> {
			String r = m.group("R").toLowerCase(Locale.ROOT);
			int offset = r.equals("last") ? -1 : r.equals("next") ? 1 : 0;
			into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(FrenchGrammar.quarterAround(c.dct, offset))));
		}));
		// spring 2023, this summer, last fall, in the winter of 2022
		this.rules.add(rule(anyOf("spring", "summer", "fall", "autumn", "winter"), B0 + "(?:(?<DET>this|last|next|the|in|during|by|since|early|late)\\s+)?(?<S>spring|summer|fall"
				+ "|autumn|winter)(?:\\s+(?:of\\s+)?" + year4("Y") + "|\\s+(?:of\\s+)?" + YEAR_PHRASE + ")?" + B1,
				this::season));
		// yesterday, tomorrow
		this.rules.add(rule(anyOf("yesterday", "tomorrow"), B0 + "(?<R>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday"
				+ "|tomorrow)" + B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = r.startsWith("the day before") ? -2 : r.startsWith("the day after") ? 2
							: r.equals("yesterday") ? -1 : 1;
					into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.day(c.dct.plusDays(offset)))));
				}));
		this.rules.add(rule(anyOf("today"), B0 + "(?:(?:earlier|later)\\s+)?today" + B1,
				(m, text, into) -> into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.day(c.dct))))));
		// last year, this year, the same year, a year later
		this.rules.add(rule(anyOf("year"), B0 + YEAR_PHRASE + B1, (m, text, into) -> {
			String phrase = m.group("YR");
			into.add(Candidate.of(m.start(), m.end(), (c) -> {
				Integer year = c.yearOf(phrase);
				return (year != null) ? List.of(Periods.year(year)) : List.of();
			}));
		}));
		// last month, earlier this month, that month
		this.rules.add(rule(anyOf("month"), B0 + "(?<R>(?:earlier|later)\\s+(?:this|last|next)\\s+month|(?:this|last|next)\\s+month"
				+ "|that\\s+(?:same\\s+)?month|the\\s+(?:same|following|previous|next)\\s+month)" + B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					into.add(Candidate.of(m.start(), m.end(), (c) -> {
						if (r.startsWith("that") || r.contains("same") || r.contains("following") || r.contains("previous")
								|| r.contains("the next")) {
							YearMonth previous = c.previousMonth();
							if (previous == null) {
								return List.of();
							}
							int offset = r.contains("following") || r.contains("next") ? 1 : r.contains("previous") ? -1 : 0;
							return List.of(Periods.month(previous.plusMonths(offset)));
						}
						int offset = r.contains("last") ? -1 : r.contains("next") ? 1 : 0;
						return List.of(Periods.month(c.dctMonth().plusMonths(offset)));
					}));
				}));
		// the next day, the day before, that day
		this.rules.add(rule(anyOf("day"), B0 + "(?<R>the\\s+(?:next|following|previous)\\s+day|the\\s+day\\s+(?:before|after)|that\\s+(?:same\\s+)?day"
				+ "|the\\s+same\\s+day)" + B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = (r.contains("next") || r.contains("following") || r.contains("after")) ? 1
							: (r.contains("previous") || r.contains("before")) ? -1 : 0;
					into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> (c.previousDay() != null)
							? List.of(Periods.day(c.previousDay().plusDays(offset))) : List.of()));
				}));
		// the end of the year, mid-month: dates only with their modifier
		this.rules.add(rule(anyOf("year", "month"), B0 + "(?<C>year|month)" + B1, (m, text, into) -> {
			boolean isMonth = m.group("C").equalsIgnoreCase("month");
			into.add(Candidate.onlyWithModifier(m.start(), m.end(), (c) -> List
				.of(isMonth ? Periods.month(c.dctMonth()) : Periods.year(c.dct.getYear()))));
		}));
		// on Tuesday, last Friday, late Sunday
		this.rules.add(rule(anyOf("day"), B0 + "(?:(?<REL>last|next|this|past|coming)\\s+)?(?<WD>" + WEEKDAYS + ")(?!s)" + B1,
				this::weekday));
		// decades and durations are no date: the 2010s, the past five years, over the last year
		this.rules.add(rule(DIGIT, B0 + "(?:the\\s+)?(?:early\\s+|mid-?|late\\s+)?(?:(?:19|20)\\d0|'\\d0)'?s" + B1,
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end()))));
		this.rules.add(rule(anyOf("year", "month", "week", "day", "decade"), B0 + "the\\s+(?:past|last|next|coming|previous|following|first)\\s+(?:(?:\\d+|few|several|two|three"
				+ "|four|five|six|seven|eight|nine|ten|twelve|couple\\s+of)\\s+)?(?:years?|months?|weeks?|days?|decades?)" + B1,
				(m, text, into) -> {
					String g = m.group().toLowerCase(Locale.ROOT);
					boolean anaphoric = g.matches("the\\s+(?:previous|following|next)\\s+(?:year|month|day)");
					if (!anaphoric) {
						into.add(Candidate.blocker(m.start(), m.end()));
					}
				}));
		this.rules.add(rule(anyOf("week"), B0 + "(?:this|last|next)\\s+week(?:end)?" + B1,
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end()))));
	}

	static void isoDate(Matcher m, String text, List<Candidate> into) {
		LocalDate date = Resolution.dateOrNull(Integer.parseInt(m.group("Y")), Integer.parseInt(m.group("Mo")),
				Integer.parseInt(m.group("D")));
		if (date != null) {
			into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.day(date))));
		}
	}

	static int monthNumber(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return switch (n.substring(0, 3)) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}

	private void dayOfMonth(Matcher m, String text, List<Candidate> into) {
		if (!startsUpperCase(m.group("M")) || (m.group("WD") != null && !startsUpperCase(m.group("WD")))) {
			return;
		}
		int month = monthNumber(m.group("M"));
		int day = Integer.parseInt(m.group("D"));
		String second = FrenchGrammar.groupOrNull(m, "D2");
		String y = m.group("Y");
		String yr = m.group("YR");
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y) : (yr != null) ? c.yearOf(yr) : null;
			List<String> values = new ArrayList<>();
			List<Integer> days = (second != null) ? List.of(day, Integer.parseInt(second)) : List.of(day);
			for (int d : days) {
				LocalDate date = (year != null) ? Resolution.dateOrNull(year, month, d)
						: c.dayOfMonth(month, d, c.tense());
				if (date != null) {
					values.add(Periods.day(date));
				}
			}
			return values;
		}));
	}

	private void month(Matcher m, String text, List<Candidate> into) {
		String name = m.group("M");
		if (!startsUpperCase(name)) {
			return;
		}
		String rel = m.group("REL");
		String y = m.group("Y");
		String yr = m.group("YR");
		if (name.equals("May") && rel == null && y == null && yr == null
				&& modifierBefore(text, m.start()) == null && !preposition(text, m.start())) {
			// "May" alone is more often the verb than the month
			return;
		}
		int month = monthNumber(name);
		Integer second = (m.group("M2") != null && startsUpperCase(m.group("M2"))) ? monthNumber(m.group("M2")) : null;
		int end = (second == null && m.group("M2") != null) ? m.end("M") : m.end();
		into.add(Candidate.of(m.start(), end, (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y) : (yr != null) ? c.yearOf(yr) : null;
			int resolved = (year != null) ? year : c.yearOfMonth((second != null) ? second : month, c.direction(rel));
			if (second == null) {
				return List.of(Periods.month(resolved, month));
			}
			int firstYear = (month > second) ? resolved - 1 : resolved;
			return List.of(Periods.month(firstYear, month), Periods.month(resolved, second));
		}));
	}

	private static final Pattern PREPOSITION = Pattern.compile(B0
			+ "(?:in|since|by|until|till|from|of|through|before|after|during|between|and|or|to|early|late|mid)\\s*-?\\s*$",
			FLAGS);

	private static boolean preposition(String text, int begin) {
		Matcher matcher = PREPOSITION.matcher(text).region(Math.max(0, begin - 12), begin);
		matcher.useTransparentBounds(true);
		return matcher.find();
	}

	private void year(Matcher m, String text, List<Candidate> into) {
		boolean modified = modifierBefore(text, m.start()) != null;
		if (!modified && !isYearInContext(text, m.start(), m.end())) {
			return;
		}
		String year = m.group("Y");
		into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(year)));
	}

	private void quarter(Matcher m, String text, List<Candidate> into) {
		String digit = FrenchGrammar.groupOrNull(m, "Q");
		if (digit == null) {
			digit = FrenchGrammar.groupOrNull(m, "Q2");
		}
		String word = FrenchGrammar.groupOrNull(m, "QW");
		int quarter = (digit != null) ? Integer.parseInt(digit) : ORDINALS.get(word.toLowerCase(Locale.ROOT));
		String y = m.group("Y");
		if (y == null) {
			y = FrenchGrammar.groupOrNull(m, "Y2");
		}
		String yy = FrenchGrammar.groupOrNull(m, "YY");
		String yr = FrenchGrammar.groupOrNull(m, "YR");
		String stated = y;
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (stated != null) ? Integer.valueOf(stated)
					: (yy != null) ? c.expandYear(Integer.parseInt(yy)) : (yr != null) ? c.yearOf(yr) : null;
			return List.of(Periods.quarter((year != null) ? year : c.yearOfQuarter(quarter, c.tense()), quarter));
		}));
	}

	private void season(Matcher m, String text, List<Candidate> into) {
		String det = m.group("DET");
		String y = m.group("Y");
		String yr = m.group("YR");
		if (det == null && y == null && yr == null) {
			// "spring" and "fall" alone are as often verbs
			return;
		}
		if (y == null && startsUpperCase(m.group("S")) && !atSentenceStart(text, m.start("S"))) {
			// "the Spring Festival" is a holiday, not the season
			return;
		}
		Season season = switch (m.group("S").toLowerCase(Locale.ROOT)) {
			case "spring" -> Season.SPRING;
			case "summer" -> Season.SUMMER;
			case "winter" -> Season.WINTER;
			default -> Season.FALL;
		};
		String d = (det != null) ? det.toLowerCase(Locale.ROOT) : "";
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			int year;
			if (y != null) {
				year = Integer.parseInt(y);
			}
			else if (yr != null) {
				Integer stated = c.yearOf(yr);
				if (stated == null) {
					return List.of();
				}
				year = stated;
			}
			else if (d.equals("last")) {
				year = c.yearOfLastSeason(season);
			}
			else if (d.equals("next")) {
				year = c.yearOfSeason(season, Tense.FUTURE);
			}
			else if (d.equals("this")) {
				year = c.yearOfSeason(season, Tense.PRESENT);
			}
			else {
				year = c.yearOfSeason(season, c.tense());
			}
			return List.of(Periods.season(year, season));
		}));
	}

	private void weekday(Matcher m, String text, List<Candidate> into) {
		String name = m.group("WD");
		if (!startsUpperCase(name)) {
			return;
		}
		DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
		String rel = m.group("REL");
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			LocalDate date;
			if (rel == null || rel.equalsIgnoreCase("this")) {
				date = c.weekday(day, c.tense());
			}
			else {
				date = c.strictWeekday(day, c.direction(rel));
			}
			return List.of(Periods.day(date));
		}));
	}

}
