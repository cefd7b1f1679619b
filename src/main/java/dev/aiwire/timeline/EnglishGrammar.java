package dev.aiwire.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;
import dev.aiwire.timeline.Periods.Season;

/**
 * Dates as English news writes them: "March 14, 2024", "early 2016", "last year", "on
 * Tuesday".
 */
final class EnglishGrammar extends Grammar {

	private static final Pattern MODIFIER = Pattern.compile(B0 + "(?:"
			+ "(?<S>(?:(?:in|at|by|since|from|until|the|as)\\s+)?(?:very\\s+)?early(?:\\s*-\\s*|\\s+)(?:in\\s+)?"
			+ "|(?:(?:at|by|since|from|until|in)\\s+)?the\\s+(?:very\\s+)?(?:beginning|start)\\s+of\\s+(?:the\\s+)?)"
			+ "|(?<E>(?:(?:in|at|by|since|from|until|the|as)\\s+)?late(?:\\s*-\\s*|\\s+)(?:in\\s+)?"
			+ "|(?:(?:at|by|before|until|toward|towards)\\s+)?the\\s+(?:very\\s+)?end\\s+of\\s+(?:the\\s+)?"
			+ "|end\\s*-\\s*|(?:by\\s+)?end\\s+of\\s+)"
			+ "|(?<Mi>(?:(?:in|at|by|since|from|until|the|as)\\s+)?mid(?:dle)?(?:\\s*-\\s*|\\s+)(?:in\\s+)?"
			+ "|(?:(?:in|at|by|since)\\s+)?the\\s+middle\\s+of\\s+(?:the\\s+)?)" + ")$", FLAGS);

	/** What every match of {@link #MODIFIER} holds ("middle" holds "mid"). */
	private static final List<String> MODIFIER_WORDS = List.of("early", "beginning", "start", "late", "end", "mid");

	private final TenseCues tenseCues;

	/**
	 * "the first quarter of fiscal 2026, which ended in April": a quarter and its closing
	 * month.
	 */
	private final Pattern quarterClose;

	/** "fiscal year ends on March 31": the month a fiscal year ends in. */
	private final Pattern yearEnd;

	/** The subject pronouns after which a scheduling word is a verb in the past. */
	private final Set<String> subjects;

	/**
	 * The grammar of the application's languages; {@link ServiceLoader} asks for this
	 * constructor.
	 */
	public EnglishGrammar() {
		this(Languages.registry());
	}

	EnglishGrammar(LanguageRegistry languages) {
		super(languageOf(languages, "en"), MODIFIER, MODIFIER_WORDS, "\\s*-?\\s*");
		this.tenseCues = tenseCues(this.language);
		this.subjects = keysWith(this.language.words("tense-past"), "kind", "subject");
		String months = "(?<M>" + monthNames(true) + ")";
		String closing = "(?:which\\s+|that\\s+)?(?:ended|ending|closed|closes|ends|to|through)\\s+(?:on\\s+|in\\s+)?"
				+ "(?:(?:early|mid|late)[-\\s]+)?(?:\\d{1,2}\\s+)?" + months;
		this.quarterClose = Pattern
			.compile(B0 + "(?<Q>" + ordinalWords() + ")\\s+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:its\\s+"
					+ "|the\\s+)?(?:fiscal(?:\\s+year)?|FY)\\s*'?\\d{2,4})?\\s*,?\\s+" + closing, FLAGS);
		this.yearEnd = Pattern.compile(B0
				+ "(?:fiscal|financial)\\s+years?\\s+(?:\\d{4}\\s+)?(?:that\\s+|which\\s+)?(?:ends|end|ended"
				+ "|ending|closes|closed|closing|runs\\s+to|runs\\s+through|to)\\s+(?:on\\s+|in\\s+)?(?:(?:early|mid|late)[-\\s]+)?"
				+ "(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}\\s+)?" + months, FLAGS);
		String monthNames = monthNames(false);
		String weekdays = weekdayNames();
		String yearPhrase = yearPhrase("YR");
		Cue monthCue = anyOf(monthEntries(true));
		Cue weekdayCue = anyOf(this.language.words("weekdays").entries());
		String month = "(?<M>" + monthNames(true) + ")";
		String ordinal = "(?:st|nd|rd|th)?";
		String weekday = "(?:(?<WD>" + weekdays + "),?\\s+)?";
		// March 14, 2024; Tuesday, March 14; March 14-15
		rule("month and day", monthCue.and(DIGIT),
				startsWith(initials(this.language.words("weekdays").entries(), monthEntries(true))) + B0 + weekday
						+ month + "\\s+(?<D>[0-3]?\\d)" + ordinal + "(?!\\d)(?:\\s*(?:-|–|and|to|&)\\s*"
						+ "(?<D2>[0-3]?\\d)" + ordinal + "(?!\\d))?(?:,?\\s+" + yearAfterDay("Y") + "|\\s+(?:of\\s+)?"
						+ yearPhrase + ")?" + B1,
				this::dayOfMonth);
		// 14 March 2024; the 14th of March
		rule("day and month", monthCue.and(DIGIT),
				startsWith("t\\d" + initials(this.language.words("weekdays").entries())) + B0 + weekday
						+ "(?:the\\s+)?(?<D>[0-3]?\\d)" + ordinal + "(?!\\d)\\s+(?:of\\s+)?" + month + "(?:,?\\s+"
						+ year4("Y") + "|\\s+(?:of\\s+)?" + yearPhrase + ")?" + B1,
				this::dayOfMonth);
		// March 2024; in May; last March; September last year
		rule("month", monthCue,
				startsWith(initials(directionEntries(Tense.PAST, Tense.PRESENT, Tense.FUTURE), monthEntries(false)))
						+ B0 + "(?:(?<REL>" + directionWords(Tense.PAST, Tense.PRESENT, Tense.FUTURE) + ")\\s+)?(?<M>"
						+ monthNames + ")(?:\\s*(?:-|–|and|or|to)\\s*(?<M2>" + monthNames + "))?(?:(?:\\s+of)?,?\\s+"
						+ year4("Y") + "|\\s+(?:of\\s+)?" + yearPhrase + ")?" + B1,
				this::month);
		// Sept. 2019, Aug 2024: an abbreviated month names its month before a year too
		String abbreviations = alternation(
				monthEntries(true).stream().filter((entry) -> "abbreviation".equals(entry.attribute("form"))).toList());
		rule("abbreviated month and year", monthCue.and(YEAR), B0 + "(?<M>" + abbreviations + ")\\s+" + year4("Y") + B1,
				(m, text, into) -> {
					if (!startsUpperCase(m.group("M"))) {
						return;
					}
					int number = monthNumber(m.group("M"));
					int year = Integer.parseInt(m.group("Y"));
					into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.month(year, number))));
				});
		rule("year", YEAR, YEAR_FIRST + year4("Y"), this::year);
		yearRangeRule();
		// 2025 to 2027, 2019 through 2022
		yearSpanRule("to|through|until|till");
		// this fiscal year, fiscal 2025, FY2026, fiscal 2023-24
		rule("fiscal year", anyOf("fiscal", "fy"), B0
				+ "(?:(?<R>this|the\\s+current|current|last|the\\s+last|the\\s+previous"
				+ "|the\\s+prior|next|the\\s+next|the\\s+coming)\\s+fiscal\\s+year|(?:fiscal(?:\\s+year)?|FY)\\s*'?(?<Y>(?:19|20)\\d{2}"
				+ "|\\d{2})(?:\\s*[-–/]\\s*(?<Y2>(?:19|20)?\\d{2}))?)" + B1, (m, text, into) -> {
					String r = (m.group("R") != null) ? m.group("R").toLowerCase(Locale.ROOT) : null;
					String y = m.group("Y");
					int offset = (r == null || r.endsWith("current") || r.equals("this")) ? 0
							: (r.endsWith("next") || r.endsWith("coming")) ? 1 : -1;
					Integer named = (y == null) ? null : (y.length() == 4) ? Integer.valueOf(y) : null;
					if (y != null && named == null) {
						// FY26: the century nearest publication, known only at resolution
						int twoDigits = Integer.parseInt(y);
						into.add(Candidate.of(m.start(), m.end(), (c) -> {
							Integer year = c.calendarYearOfFiscal(c.expandYear(twoDigits));
							return (year != null) ? List.of(Periods.year(year)) : List.of();
						}));
						return;
					}
					into.add(fiscalYear(m.start(), m.end(), named,
							(named != null) ? secondYear(named, m.group("Y2")) : null, offset));
				});
		// "the fiscal year ends on March 31" states the company's calendar, no date
		// ("ended in January" is one)
		rule("fiscal calendar", anyOf("fiscal", "financial"), B0
				+ "(?:fiscal|financial)\\s+years?\\s+(?:that\\s+|which\\s+)?"
				+ "(?:ends|end|closes|close|runs\\s+to|runs\\s+through)\\s+(?:on\\s+|in\\s+)?(?:(?:early|mid|late)[-\\s]+)?"
				+ "(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}\\s+)?" + monthNames(true) + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?"
				+ B1, (m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
		// the first quarter of fiscal 2026, fiscal Q3, Q1 FY2026: calendar quarters only
		// with the company's calendar
		rule("fiscal quarter", anyOf("fiscal", "fy"), B0 + "(?:the\\s+|its\\s+|their\\s+)?(?:(?<QW>" + ordinalWords()
				+ ")(?:\\s*-\\s*|\\s+)quarter\\s+of\\s+(?:(?:its|the|their)\\s+)?(?:(?<R>current|next|last|previous)\\s+)?"
				+ "(?:fiscal(?:\\s+year)?|FY)(?:\\s*'?(?<Y>(?:19|20)\\d{2}))?|fiscal(?:[-\\s]+year)?\\s+(?:(?<QW2>"
				+ ordinalWords()
				+ ")(?:\\s*-\\s*|\\s+)quarter|Q(?<Q>[1-4]))(?:\\s+(?:of\\s+)?(?<Y2>(?:19|20)\\d{2}))?|Q(?<Q2>[1-4])\\s*(?:of\\s+)?"
				+ "(?:fiscal(?:\\s+year)?|FY)\\s*'?(?<Y3>(?:19|20)\\d{2})|FY\\s*'?(?<Y4>(?:19|20)\\d{2})\\s*Q(?<Q3>[1-4]))"
				+ B1, (m, text, into) -> {
					String word = (m.group("QW") != null) ? m.group("QW") : m.group("QW2");
					String digit = (m.group("Q") != null) ? m.group("Q")
							: (m.group("Q2") != null) ? m.group("Q2") : m.group("Q3");
					int quarter = (word != null) ? ordinal(word) : Integer.parseInt(digit);
					String y = firstOf(m, "Y", "Y2", "Y3", "Y4");
					String r = (m.group("R") != null) ? m.group("R").toLowerCase(Locale.ROOT) : null;
					Integer offset = (r == null) ? null : r.equals("current") ? 0 : r.equals("next") ? 1 : -1;
					into.add(fiscalQuarter(m.start(), m.end(), quarter, (y != null) ? Integer.valueOf(y) : null,
							offset));
				});
		rule("ISO date", YEAR, YEAR_FIRST + B0 + "(?<Y>(?:19|20)\\d{2})-(?<Mo>[01]\\d)-(?<D>[0-3]\\d)" + B1,
				Grammar::isoDate);
		rule("numeric date", anyOf("/"), startsWith("\\d") + B0 + "(?<Mo>[01]?\\d)/(?<D>[0-3]?\\d)/" + year4("Y") + B1,
				Grammar::isoDate);
		// Q3 2024, the third quarter of 2024, the fourth quarter
		// the October-December quarter, the July-to-September quarter, the quarter from
		// April to June
		rule("quarter by its months", anyOf("quarter"),
				B0 + "(?:(?<M1>" + monthNames + ")\\s*(?:[-–]|-to-|\\s+to\\s+)\\s*(?<M2>" + monthNames
						+ ")\\s+quarter|quarter\\s+(?:from|of)\\s+(?<M3>" + monthNames + ")\\s+(?:to|through)\\s+(?<M4>"
						+ monthNames + "))" + "(?:,?\\s+(?:of\\s+)?" + year4("Y") + ")?" + B1,
				(m, text, into) -> quarterByMonths(m, into, (m.group("M1") != null) ? m.group("M1") : m.group("M3"),
						(m.group("M2") != null) ? m.group("M2") : m.group("M4"), m.group("Y")));
		// the three months to June 30 (or to the end of June), the six months ended
		// December 31, 2024, the
		// quarter ending September 30: the calendar quarter or half they are; a period
		// ending on another day is a company's own, left out
		rule("months to a day", anyOf("months", "quarter"),
				B0 + "(?:the\\s+)?(?:(?<N>three|3|six|6)\\s+months|(?<Q>quarter))\\s+(?:(?:that|which)\\s+)?"
						+ "(?:to|ended|ending|through)\\s+(?:on\\s+|in\\s+)?(?:the\\s+end\\s+of\\s+)?(?<M>" + monthNames
						+ ")(?:\\s+(?<D>[0-3]?\\d)(?:st|th)?(?!\\d))?(?:,?\\s+" + year4("Y") + ")?" + B1,
				(m, text, into) -> {
					int last = monthNumber(m.group("M"));
					boolean half = m.group("Q") == null
							&& (m.group("N").equals("6") || m.group("N").equalsIgnoreCase("six"));
					String day = m.group("D");
					boolean monthEnd = day == null || Integer.parseInt(day) >= 30
							|| (last == 2 && Integer.parseInt(day) >= 28);
					if (!startsUpperCase(m.group("M")) || last % (half ? 6 : 3) != 0 || !monthEnd) {
						into.add(Candidate.blocker(m.start(), m.end()));
						return;
					}
					String y = m.group("Y");
					into.add(Candidate.of(m.start(), m.end(), (c) -> {
						if (half) {
							int number = last / 6;
							return List.of(Periods
								.half((y != null) ? Integer.parseInt(y) : c.yearOfHalf(number, c.tense()), number));
						}
						int quarter = last / 3;
						return List.of(Periods
							.quarter((y != null) ? Integer.parseInt(y) : c.yearOfQuarter(quarter, c.tense()), quarter));
					}));
				});
		// the first three months of the year, the last six months of 2023
		rule("months of a year", anyOf("months"),
				B0 + "the\\s+(?<W>first|last|final)\\s+(?<N>three|3|six|6)\\s+months\\s+of\\s+(?:" + year4("Y") + "|"
						+ yearPhrase + "|the\\s+year)" + B1,
				(m, text, into) -> monthsOfAYear(m, into,
						m.group("N").equals("3") || m.group("N").equalsIgnoreCase("three") ? 3 : 6,
						m.group("W").equalsIgnoreCase("first"), m.group("Y"), m.group("YR")));
		// Q3 2024, 3Q24; Q3 alone, like "the third quarter"
		rule("numbered quarter", DIGIT, startsWith("Q1-4") + B0 + "(?:Q(?<Q>[1-4])|(?<Q2>[1-4])Q)(?:\\s*(?:of\\s+)?(?:"
				+ yearAfterDigit("Y") + "|'?(?<YY>\\d{2})(?!\\d)))?" + B1, (m, text, into) -> {
					if (m.group("Q2") == null || m.group("Y") != null || m.group("YY") != null) {
						quarter(m, text, into);
					}
				});
		// 2023's fourth quarter: one quarter, not a year and its quarter
		rule("quarter of a year's", anyOf("quarter"),
				YEAR_FIRST + B0 + year4("Y") + "'s\\s+(?<QW>" + ordinalWords() + ")(?:\\s*-\\s*|\\s+)quarter" + B1,
				this::quarter);
		// the December quarter, the June quarter of 2023: the quarter that ends in that
		// month, whatever the company's fiscal year
		rule("quarter by its last month", anyOf("quarter"), B0 + "the\\s+(?<M>" + monthNames
				+ ")\\s+quarter(?:\\s+of\\s+" + year4("Y") + "|,?\\s+" + year4("Y2") + ")?" + B1, (m, text, into) -> {
					int last = monthNumber(m.group("M"));
					if (!startsUpperCase(m.group("M")) || last % 3 != 0) {
						return;
					}
					int quarter = last / 3;
					String y = (m.group("Y") != null) ? m.group("Y") : m.group("Y2");
					// "reports its results for the September quarter": one that has
					// begun, as for "the third quarter"
					Tense reported = reportedPeriod(text, m.start(), m.end());
					into.add(Candidate.of(m.start(), m.end(),
							(c) -> List.of(Periods.quarter(
									(y != null) ? Integer.parseInt(y) : c.yearOfQuarter(quarter, c.direction(reported)),
									quarter))));
				});
		// the last quarter of 2023, the final quarter of last year: the fourth
		rule("last quarter of a year", anyOf("quarter"), B0 + "the\\s+(?:last|final)\\s+quarter\\s+of\\s+(?:"
				+ year4("Y") + "|(?:the\\s+)?" + yearPhrase + ")" + B1, (m, text, into) -> {
					String y = m.group("Y");
					String yr = m.group("YR");
					into.add(Candidate.of(m.start(), m.end(), (c) -> {
						Integer year = (y != null) ? Integer.valueOf(y) : c.yearOf(yr);
						return (year != null) ? List.of(Periods.quarter(year, 4)) : List.of();
					}));
				});
		rule("quarter", anyOf("quarter"),
				B0 + "(?:the\\s+|its\\s+|their\\s+)?(?<QW>" + ordinalWords() + ")(?:\\s*-\\s*|\\s+)quarter"
						+ "(?:\\s+of\\s+" + year4("Y") + "|,?\\s+" + year4("Y2") + "|\\s+(?:of\\s+)?" + yearPhrase
						+ ")?" + B1,
				this::quarter);
		// this quarter, the current quarter, next quarter, the following quarter (as « le
		// trimestre suivant »: the one after the publication's); the latest quarter, the
		// most recent quarter, the previous quarter: the last one, whose results are out
		rule("relative quarter", anyOf("quarter"), B0
				+ "(?<R>this|the\\s+current|last|next|the\\s+latest|the\\s+most\\s+recent|the\\s+following|the\\s+previous)"
				+ "\\s+quarter" + B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = (r.equals("last") || r.endsWith("latest") || r.endsWith("recent")
							|| r.endsWith("previous")) ? -1 : (r.equals("next") || r.endsWith("following")) ? 1 : 0;
					into.add(Candidate.of(m.start(), m.end(),
							(c) -> aboutAnEvent(c, quarterAround(c.dct, offset), offset)));
				});
		// a quarter earlier, one quarter later: counted from the quarter named before
		rule("quarter counted from the one before", anyOf("quarter"),
				B0 + "(?:a|one)\\s+quarter\\s+(?<W>earlier|later)" + B1,
				(m, text, into) -> quarterFromPrevious(m, into, m.group("W").equalsIgnoreCase("later") ? 1 : -1));
		// the same period of 2024, the same quarter last year: the period named before,
		// in that year
		rule("same period of another year", anyOf("same"),
				B0 + "(?:the\\s+)?same\\s+(?:period|quarter|half|months?|season)\\s+(?:(?:of|in)\\s+)?(?:" + year4("Y")
						+ "|" + yearPhrase + ")" + B1,
				(m, text, into) -> samePeriod(m, into));
		// 2024's first half: one half, not a year and its half
		rule("half of a year's", anyOf("half"),
				YEAR_FIRST + B0 + year4("Y") + "'s\\s+(?<HW>first|second)(?:\\s*-\\s*|\\s+)half" + B1,
				(m, text, into) -> half(m, into, m.group("HW"), m.group("Y"), null));
		// on the 29th: a day of the month named without its month, the last such day
		// (the next one in the future); not "on the 29th floor"
		rule("day without its month", anyOf("the").and(DIGIT),
				startsWith("O") + B0 + "on\\s+the\\s+(?<D>[0-3]?\\d)(?:st|nd|rd|th)(?!\\s+(?:of\\s+)?\\p{L}|-)" + B1,
				(m, text, into) -> {
					int dayOfMonth = Integer.parseInt(m.group("D"));
					into.add(Candidate.withoutModifier(m.start(), m.end(), fromTheDay((c) -> {
						LocalDate date = c.dayWithoutItsMonth(dayOfMonth, c.tense());
						return (date != null) ? List.of(Periods.day(date)) : List.of();
					})));
				});
		// the first half of 2025, the second half of last year, H1 2025; after a
		// preposition, "in the second half" alone is the year's; not "the first half of
		// the match"
		rule("half", anyOf("half", "h1", "h2", "1h", "2h"), B0 + "(?:(?:the\\s+)?(?<HW>" + ordinalWords()
				+ ")\\s+half\\s+of\\s+(?:" + year4("Y") + "|" + yearPhrase
				+ "|the\\s+year)|(?:H(?<H>[12])|(?<H2>[12])H)\\s*(?:" + yearAfterDigit("Y2") + ")"
				+ "|(?<=(?:^|\\s)(?:in|during|for|by|over|into|whether|if)\\s)the\\s+(?<HW2>first|second)\\s+half"
				+ "(?:[-\\s]year)?(?!\\s+of" + B1 + "|-))" + B1, (m, text, into) -> {
					String digit = (m.group("H") != null) ? m.group("H") : m.group("H2");
					String year = (m.group("Y") != null) ? m.group("Y") : m.group("Y2");
					String word = (m.group("HW") != null) ? m.group("HW") : m.group("HW2");
					half(m, into, (digit != null) ? (digit.equals("1") ? "first" : "second") : word, year,
							m.group("YR"));
				});
		// that summer, that same autumn: the season of the year mentioned before
		rule("season of that year", anyOf(this.language.words("seasons").entries()),
				B0 + "that\\s+(?:same\\s+)?(?<S>" + seasonNames() + ")" + B1, (m, text, into) -> {
					Season season = seasonOf(m.group("S"));
					into.add(Candidate.of(m.start(), m.end(), (c) -> (c.previousYear() != null)
							? List.of(Periods.season(c.previousYear(), season)) : List.of()));
				});
		// spring 2023, this summer, last fall, in the winter of 2022
		rule("season", anyOf(this.language.words("seasons").entries()),
				startsWith("tlnidbsea" + initials(this.language.words("seasons").entries())) + B0
						+ "(?:(?<DET>this|last|next|the|in|during|by" + "|since|early|late|all)\\s+)?(?<S>"
						+ seasonNames() + ")(?:\\s+(?:of\\s+)?" + year4("Y") + "|\\s+(?:of\\s+)?" + yearPhrase + ")?"
						+ B1,
				this::season);
		// by year-end: the end of the year of publication
		rule("year end", anyOf("year"),
				B0 + "(?:by|at|before|until|till|toward|towards|around)\\s+(?:the\\s+)?(?:year[-\\s]end"
						+ "|end[-\\s]of[-\\s]year)" + B1,
				(m, text, into) -> into.add(new Candidate(m.start(), m.end(), false, false, "END",
						(c) -> List.of(Periods.year(c.dct.getYear())))));
		// yesterday, tomorrow
		daysFromTodayRule();
		// earlier today, today's keynote: the day; "today" alone only for an event, not
		// "as things stand today"
		rule("today", anyOf("today"), B0 + "(?:(?:earlier|later)\\s+today|today's|today(?!'))" + B1,
				(m, text, into) -> {
					boolean plain = m.group().equalsIgnoreCase("today") && !heldToday(text, m.start());
					into.add(Candidate.of(m.start(), m.end(),
							plain ? Grammar::todayOfAnEvent : fromTheDay((c) -> List.of(Periods.day(c.dct)))));
				});
		// from today, starting today: a change that starts on the day it is said, even in
		// the present ("From today, the app is free"), where "today" alone may be
		// "nowadays"
		rule("from today", anyOf("today"), B0 + "(?:from|starting|beginning|effective)\\s+today" + B1,
				(m, text, into) -> into.add(Candidate.withoutModifier(m.start(), m.end(), Grammar::fromToday)));
		// last year, this year, the same year, a year later
		yearPhraseRule(anyOf("year"), yearPhrase);
		// Double Eleven next year, last year's Singles' Day
		festivalRule("of\\s+");
		// four years ago, a week ago, two years ago this month
		rule("counted back", anyOf("ago"),
				B0 + count("N") + "\\s+" + timeUnit("U") + "\\s+ago(?<TM>\\s+this\\s+month)?" + B1,
				(m, text, into) -> into.add(countedBack(m.start(), m.end(), countOf(m.group("N")), unitOf(m.group("U")),
						m.group("TM") != null)));
		// two days later, three weeks earlier; not "less than two weeks later"
		rule("counted from the date before", anyOf("later", "earlier"),
				B0 + "(?<A>(?:less|more)\\s+than\\s+|about\\s+" + "|nearly\\s+|almost\\s+|some\\s+|roughly\\s+)?"
						+ count("N") + "\\s+" + timeUnit("U") + "\\s+(?<W>later|earlier)" + B1,
				(m, text, into) -> {
					if (m.group("A") != null) {
						into.add(Candidate.blocker(m.start(), m.end()));
						return;
					}
					int sign = m.group("W").equalsIgnoreCase("later") ? 1 : -1;
					into.add(countedFromPrevious(m.start(), m.end(), sign * countOf(m.group("N")),
							unitOf(m.group("U"))));
				});
		// two days before the keynote: counted from the day an earlier sentence gave the
		// event it names again
		rule("counted from a named event", anyOf(this.language.words("event-nouns").entries()),
				B0 + count("N") + "\\s+" + timeUnit("U") + "\\s+(?<W>before|after)\\s+(?:the|his|her|its|their)\\s+"
						+ "(?:[A-Z][\\p{L}-]*\\s+)?(?<E>" + alternation(this.language.words("event-nouns").entries())
						+ ")" + B1,
				(m, text, into) -> {
					int sign = m.group("W").equalsIgnoreCase("after") ? 1 : -1;
					into.add(countedFromEvent(m.start(), m.end(), sign * countOf(m.group("N")), unitOf(m.group("U")),
							m.group("E")));
				});
		// the day after the launch, on the day of the release: counted from the launch's
		// day, not from the date mentioned just before; nothing when the text never dated
		// the launch
		rule("the day of a named event noun", anyOf(this.language.words("event-nouns").entries()),
				B0 + "the\\s+day\\s+(?<W>before|after|of)\\s+(?:the|his|her|its|their)\\s+(?:[A-Z][\\p{L}-]*\\s+)?(?<E>"
						+ alternation(this.language.words("event-nouns").entries()) + ")" + B1,
				(m, text, into) -> into.add(countedFromEvent(m.start(), m.end(),
						m.group("W").equalsIgnoreCase("after") ? 1 : m.group("W").equalsIgnoreCase("of") ? 0 : -1,
						Unit.DAY, m.group("E"))));
		// "told senators on January 29, two days after the shares had fallen": the
		// earlier
		// event, told in the past perfect, counted back from the date before
		rule("counted back to an earlier event", anyOf("had"), "(?<=,\\s)" + B0 + count("N") + "\\s+" + timeUnit("U")
				+ "\\s+(?<W>after|before)(?=\\s[^.;:!?\"“”]{1,60}?\\shad\\s)" + B1, (m, text, into) -> {
					int sign = m.group("W").equalsIgnoreCase("after") ? -1 : 1;
					into.add(countedFromPrevious(m.start(), m.end(), sign * countOf(m.group("N")),
							unitOf(m.group("U"))));
				});
		// this afternoon: the day of writing; that evening, the same night: the day
		// mentioned before
		String parts = partsOfDay();
		Cue partCue = anyOf(this.language.words("parts-of-day").entries());
		rule("part of that day", partCue, B0 + "(?:that(?:\\s+same)?|the\\s+same)\\s+" + parts + B1,
				(m, text, into) -> into.add(partOfThatDay(m.start(), m.end())));
		// the next morning, the previous evening: a part of the day after or before the
		// day mentioned before
		rule("part of the day after", partCue, B0 + "the\\s+(?<R>next|following|previous)\\s+" + parts + B1,
				(m, text, into) -> into
					.add(partOfThatDay(m.start(), m.end(), m.group("R").equalsIgnoreCase("previous") ? -1 : 1)));
		rule("part of today", anyOf("this", "tonight"), B0 + "(?:this\\s+" + parts + "|tonight)" + B1,
				(m, text, into) -> into.add(partOfToday(m.start(), m.end())));
		// that Thursday: the Thursday of the week mentioned before
		rule("weekday of that week", weekdayCue, B0 + "that\\s+(?<WD>" + weekdays + ")" + B1,
				(m, text, into) -> into.add(weekdayOfThatWeek(m.start(), m.end(), weekdayOf(m.group("WD")))));
		// last month, earlier this month, that month
		rule("relative month", anyOf("month"), B0 + "(?<R>(?:earlier|later)\\s+(?:this|last|next)\\s+month"
				+ "|(?:this|last|next)\\s+month|that\\s+(?:same\\s+)?month|the\\s+(?:same|following|previous|next)\\s+month)"
				+ B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					into.add(Candidate.of(m.start(), m.end(), (c) -> {
						if (r.startsWith("that") || r.contains("same") || r.contains("following")
								|| r.contains("previous") || r.contains("the next")) {
							YearMonth previous = c.previousMonth();
							if (previous == null) {
								return List.of();
							}
							int offset = r.contains("following") || r.contains("next") ? 1
									: r.contains("previous") ? -1 : 0;
							return List.of(Periods.month(previous.plusMonths(offset)));
						}
						int offset = r.contains("last") ? -1 : r.contains("next") ? 1 : 0;
						return List.of(Periods.month(c.dctMonth().plusMonths(offset)));
					}));
				});
		// the same day R1 came out, the day after Lei spoke: the day an earlier sentence
		// gave the name that does something, else the day mentioned before
		rule("the day of a named event", anyOf("day"), B0 + "the\\s+(?<R>same\\s+day|day\\s+(?:before|after))\\s+"
				+ "(?<N>[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)\\s+(?<V>\\p{L}+)" + B1, (m, text, into) -> {
					String name = m.group("N");
					if (name.length() < 2 || !Character.isUpperCase(name.charAt(0))
							|| !Character.isLowerCase(m.group("V").charAt(0))) {
						return;
					}
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = r.endsWith("before") ? -1 : r.endsWith("after") ? 1 : 0;
					into.add(Candidate.withoutModifier(m.start(), m.end("N"), (c) -> {
						LocalDate day = c.dayOfEvent(name);
						day = (day != null) ? day : c.previousDay();
						return (day != null) ? List.of(Periods.day(day.plusDays(offset))) : List.of();
					}));
				});
		// the next day, the day before, that day
		rule("the day after", anyOf("day"),
				B0 + "(?<R>the\\s+(?:next|following|previous)\\s+day|the\\s+day\\s+(?:before|after)"
						+ "|that\\s+(?:same\\s+)?day|the\\s+same\\s+day)" + B1,
				(m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = (r.contains("next") || r.contains("following") || r.contains("after")) ? 1
							: (r.contains("previous") || r.contains("before")) ? -1 : 0;
					into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> c.dayFromPrevious(offset)));
				});
		// the end of the year, mid-month: dates only with their modifier
		rule("modified year or month", anyOf("year", "month"), B0 + "(?<C>year|month)" + B1, (m, text, into) -> {
			boolean isMonth = m.group("C").equalsIgnoreCase("month");
			into.add(Candidate.onlyWithModifier(m.start(), m.end(),
					(c) -> List.of(isMonth ? Periods.month(c.dctMonth()) : Periods.year(c.dct.getYear()))));
		});
		// Monday of last week, Thursday next week
		rule("weekday of a week", weekdayCue, B0 + "(?<WD>" + weekdays
				+ ")\\s+(?:of\\s+)?(?<R>last|next|the\\s+previous|the\\s+following)\\s+week" + B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					if (!startsUpperCase(m.group("WD")) || r.startsWith("the")) {
						// a week counted from one the text told is not publication's
						into.add(Candidate.blocker(m.start(), m.end()));
						return;
					}
					into.add(weekdayOfAWeek(m.start(), m.end(), weekdayOf(m.group("WD")), r.equals("next") ? 1 : -1));
				});
		// on Tuesday, last Friday, late Sunday
		rule("weekday", weekdayCue,
				startsWith(initials(directionEntries(Tense.PAST, Tense.PRESENT, Tense.FUTURE),
						this.language.words("weekdays").entries())) + B0 + "(?:(?<REL>"
						+ directionWords(Tense.PAST, Tense.PRESENT, Tense.FUTURE) + ")\\s+)?(?<WD>" + weekdays
						+ ")(?!s)" + B1,
				this::weekday);
		// decades and durations are no date: the 2010s, the past five years, over the
		// last year
		rule("decade", DIGIT,
				startsWith("TEML12'") + B0 + "(?:the\\s+)?(?:early\\s+|mid-?|late\\s+)?(?:(?:19|20)\\d0|'\\d0)'?s" + B1,
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
		rule("duration", anyOf("year", "month", "week", "day", "decade"), B0
				+ "the\\s+(?:past|last|next|coming|previous"
				+ "|following|first)\\s+(?:(?:\\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|couple\\s+of)\\s+)?"
				+ "(?:years?|months?|weeks?|days?|decades?)" + B1, (m, text, into) -> {
					String g = m.group().toLowerCase(Locale.ROOT);
					boolean anaphoric = g.matches("the\\s+(?:previous|following|next)\\s+(?:year|month|day)");
					if (!anaphoric) {
						into.add(Candidate.blocker(m.start(), m.end()));
					}
				});
		rule("week", anyOf("week"), B0 + "(?:this|last|next)\\s+week(?:end)?" + B1,
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
	}

	@Override
	TenseCues tenseCues() {
		return this.tenseCues;
	}

	@Override
	Integer fiscalYearEnd(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (!lower.contains("fiscal") && !lower.contains("financial")) {
			return null;
		}
		return fiscalYearEnd(text, this.quarterClose, this.yearEnd);
	}

	private static String firstOf(Matcher m, String... groups) {
		for (String group : groups) {
			if (m.group(group) != null) {
				return m.group(group);
			}
		}
		return null;
	}

	/**
	 * A year right after the day of a month, with or without a comma ("March 5 2024"):
	 * after "March 5" a digit before it is the day's, not part of a larger number.
	 */
	private static String yearAfterDay(String name) {
		return "(?<" + name + ">(?:19|20)\\d{2})(?!\\d|[.,]\\d|\\s\\d{3}(?!\\d))";
	}

	/**
	 * The English tenses: "will", "would", "is expected to", "plans to", the "to" of
	 * "hoped to" and the words of {@code tense-future.txt}; the past forms of
	 * {@code tense-past.txt}, the present perfect and the forms in -ed.
	 */
	private static TenseCues tenseCues(Language english) {
		WordList future = english.words("tense-future");
		WordList past = english.words("tense-past");
		List<WordList.Entry> plainFuture = future.entries()
			.stream()
			.filter((e) -> e.attribute("kind") == null)
			.toList();
		// a look at the first letter spares most words the alternations (every
		// alternative opens with a word of these lists, a form of "to be", or the "to"
		// after a past plan)
		String futureInitials = initials(future.with("kind", "auxiliary"), plainFuture, future.with("kind", "verb-to"),
				future.with("kind", "imperative")) + "iawt\\p{P}";
		Pattern futurePattern = Pattern.compile(startsWith(futureInitials) + B0 + "(?:"
		// an auxiliary of the future, with the participle of a passive: "will be handed
		// over", also after a verb and "to" ("will have to be labelled")
				+ alternation(future.with("kind", "auxiliary"))
				+ "(?:\\s+not)?(?:\\s+\\p{L}+\\s+to)?(?:\\s+(?:be|have\\s+been)\\s+\\p{L}+)?"
				// what is to be done: "content is to be labelled from September 1", "a
				// dividend of $2.5 billion, to be paid in January"
				+ "|(?:is|are)\\s+to\\s+be\\s+\\p{L}+|(?<=,\\s{1,3})to\\s+be\\s+\\p{L}+" + "|"
				+ alternation(plainFuture) + "|(?:is|are|was|were)\\s+" + alternation(future.with("kind", "be-to"))
				+ "\\s+to"
				// a passive plan in the present: "deliveries are planned for August 20"
				+ "|(?:is|are)\\s+(?:now\\s+)?" + alternation(future.with("kind", "be-for")) + "\\s+for"
				// a sentence that opens on an imperative asks for what is to come: "Come
				// back in August"
				+ "|(?<![\\s\\S])\\W{0,3}" + alternation(future.with("kind", "imperative")) + "|"
				+ alternation(future.with("kind", "verb-to")) + "\\s+to"
				// only the "to" after a past plan looks ahead: the verb stays a past, and
				// the dates before it with it
				+ "|(?<!" + B0 + "had\\s{1,3}" + alternation(future.with("kind", "past-verb-to")) + "\\s{1,3})(?<=" + B0
				+ alternation(future.with("kind", "past-verb-to")) + "\\s{1,3})to" + ")" + B1,
				Pattern.CASE_INSENSITIVE);
		Set<String> announcing = keysWith(future, "kind", "be-to");
		List<WordList.Entry> pastAfterSubject = english.words("tense-exceptions")
			.with("not", "past")
			.stream()
			.filter((e) -> e.text().endsWith("ed") && !announcing.contains(e.key()))
			.toList();
		// ... nor "as", an aside that recalls what was said of a date ("in the third
		// quarter, as announced") without telling when it falls
		List<WordList.Entry> asides = new ArrayList<>(english.words("tense-exceptions").with("before", "adjective"));
		asides.addAll(english.words("tense-exceptions").with("before", "aside"));
		// a past form of its own, unless a determiner or an adverb of degree makes it an
		// adjective ("the paid tool it uses today", "its lost ground")
		Pattern pastPattern = Pattern
			.compile(B0 + "(?:(?<!" + B0 + alternation(english.words("tense-exceptions").with("before", "adjective"))
					+ "\\s{1,3})" + alternation(past.with("kind", "form")) + "|"
					+ alternation(past.with("kind", "auxiliary")) + "\\s+(?:\\p{L}+\\s+)?(?:been|\\p{L}+ed)"
					// a form in -ed, unless a determiner, an adverb of degree or "as"
					// makes it an adjective
					+ "|(?<!" + B0 + alternation(asides) + "\\s{1,3})\\p{Ll}{2,}ed"
					// right after a subject pronoun, a form that is no past elsewhere is
					// one: "we planned for this", not "the planned launch"; a form that
					// announces what is to come ("it expected") stays out
					+ "|" + alternation(past.with("kind", "subject")) + "\\s{1,3}" + alternation(pastAfterSubject) + ")"
					+ B1, Pattern.CASE_INSENSITIVE);
		// a participle right before a date: "the chips announced in March", not "expected
		// in May"
		TenseCues.Participle governing = new TenseCues.Participle(
				Pattern.compile(B0 + "(?<P>\\p{Ll}{2,}ed|" + alternation(past.with("kind", "form"))
						+ ")\\s+(?:(?:in|on|at|during|since)\\s+)?$", Pattern.CASE_INSENSITIVE),
				keysWith(english.words("tense-exceptions"), "not", "past"),
				Pattern.compile(
						B0 + "(?:is|are|was|were|be|been|being" + "|has|have|had|get|got|gets)\\s+(?:\\p{L}+\\s+)?$",
						FLAGS),
				Pattern.compile("\\s*(?<P>\\p{Ll}{2,}ed|" + alternation(past.with("kind", "form")) + "|"
						+ alternation(past.with("kind", "participle")) + ")" + B1, Pattern.CASE_INSENSITIVE));
		return TenseCues.of(english,
				List.of(new TenseCues.MarkerPattern(futurePattern, Tense.FUTURE, true, java.util.Set.of(), List.of()),
						new TenseCues.MarkerPattern(pastPattern, Tense.PAST, true,
								keysWith(english.words("tense-exceptions"), "not", "past"), List.of())),
				governing);
	}

	private void dayOfMonth(Matcher m, String text, List<Candidate> into) {
		if (!startsUpperCase(m.group("M")) || (m.group("WD") != null && !startsUpperCase(m.group("WD")))) {
			return;
		}
		int month = monthNumber(m.group("M"));
		int day = Integer.parseInt(m.group("D"));
		String second = groupOrNull(m, "D2");
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
		if (name.equals("May") && rel == null && y == null && yr == null && modifierBefore(text, m.start()) == null
				&& !preposition(text, m.start())) {
			// "May" alone is more often the verb than the month
			return;
		}
		int month = monthNumber(name);
		Integer second = (m.group("M2") != null && startsUpperCase(m.group("M2"))) ? monthNumber(m.group("M2")) : null;
		int end = (second == null && m.group("M2") != null) ? m.end("M") : m.end();
		Tense stated = (rel == null && y == null && yr == null && scheduledFor(text, m.start(), null)) ? Tense.FUTURE
				: direction(rel);
		into.add(Candidate.of(m.start(), end, (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y) : (yr != null) ? c.yearOf(yr) : null;
			int resolved = (year != null) ? year
					: c.yearOfMonth((second != null) ? second : month, c.direction(stated));
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
		String digit = groupOrNull(m, "Q");
		if (digit == null) {
			digit = groupOrNull(m, "Q2");
		}
		String word = groupOrNull(m, "QW");
		int quarter = (digit != null) ? Integer.parseInt(digit) : ordinal(word);
		String y = m.group("Y");
		if (y == null) {
			y = groupOrNull(m, "Y2");
		}
		String yy = groupOrNull(m, "YY");
		String yr = groupOrNull(m, "YR");
		String stated = y;
		Tense reported = reportedPeriod(text, m.start(), m.end());
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (stated != null) ? Integer.valueOf(stated)
					: (yy != null) ? c.expandYear(Integer.parseInt(yy)) : (yr != null) ? c.yearOf(yr) : null;
			return List
				.of(Periods.quarter((year != null) ? year : c.yearOfQuarter(quarter, c.direction(reported)), quarter));
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
		String direction = (y == null && yr == null && scheduledFor(text, m.start(), det)) ? "next" : det;
		into.add(season(m.start(), m.end(), seasonOf(m.group("S")), y, yr, direction));
	}

	/**
	 * Whether a date opened by "for" or "in" follows a word that schedules in the same
	 * clause ("has scheduled its next event for the autumn"): such a date is ahead,
	 * whatever the tense of the verb that fixed it, unless "was", "were" or "had" set the
	 * plan in the past.
	 */
	private boolean scheduledFor(String text, int begin, String determiner) {
		int from = begin;
		if (determiner == null || determiner.equalsIgnoreCase("the")) {
			int end = begin;
			while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			int start = end;
			while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			String word = text.substring(start, end).toLowerCase(Locale.ROOT);
			if (!word.equals("for") && !word.equals("in")) {
				return false;
			}
			from = start;
		}
		else if (!determiner.equalsIgnoreCase("in")) {
			return false;
		}
		boolean scheduling = false;
		String right = "";
		for (int i = from - 1, wordEnd = from; i >= Math.max(0, from - 80); i--) {
			char c = text.charAt(i);
			if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') {
				break;
			}
			if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
				int e = i;
				while (e < wordEnd && Character.isLetter(text.charAt(e))) {
					e++;
				}
				String word = text.substring(i, e).toLowerCase(Locale.ROOT);
				if (word.equals("was") || word.equals("were") || word.equals("had")
						|| (this.subjects.contains(word) && this.language.words("scheduling-words").contains(right))) {
					// "we planned for this in the summer" tells of a plan made in the
					// past
					return false;
				}
				scheduling |= this.language.words("scheduling-words").contains(word);
				right = word;
			}
			if (!Character.isLetter(c)) {
				wordEnd = i;
			}
		}
		return scheduling;
	}

	private void weekday(Matcher m, String text, List<Candidate> into) {
		String name = m.group("WD");
		if (!startsUpperCase(name)) {
			return;
		}
		DayOfWeek day = weekdayOf(name);
		String rel = m.group("REL");
		Tense stated = direction(rel);
		// "not in Monday's trading": a day's event named as known, the Monday the text
		// told, whatever the tense of the clause
		boolean possessive = text.startsWith("'s", m.end());
		into.add(Candidate.of(m.start(), m.end(), fromTheDay((c) -> {
			LocalDate date;
			if (rel == null) {
				LocalDate named = c.namedWeekday(day, possessive ? Tense.PRESENT : c.tense());
				date = (named != null) ? named : c.weekday(day, c.tense());
			}
			else if (stated == Tense.PRESENT) {
				date = c.weekday(day, c.tense());
			}
			else {
				date = (stated == Tense.PAST && namesTheWeekBefore(rel)) ? c.weekdayOfTheWeekBefore(day)
						: c.strictWeekday(day, c.direction(stated));
			}
			return List.of(Periods.day(date));
		})));
	}

}
