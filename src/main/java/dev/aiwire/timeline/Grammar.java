package dev.aiwire.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.WordList;
import dev.aiwire.language.Words;
import dev.aiwire.timeline.Periods.Season;

/**
 * The temporal expressions of one language: an ordered list of named rules that find
 * candidates in a sentence, the modifiers ("début", "fin", "early", "late") that may
 * stand before them, and the cues of its tenses. The words come from the language's word
 * lists ({@code language/<code>/months.txt}, {@code seasons.txt},
 * {@code relative-years.txt}...); the shapes that join them are the grammar.
 * <p>
 * A grammar is found by the code of its language: each one is listed in
 * {@code META-INF/services/dev.aiwire.timeline.Grammar} and has a constructor taking the
 * {@link LanguageRegistry} it reads its language from (see {@link Grammars}), and a
 * public one without arguments, for the application's registry, which
 * {@link java.util.ServiceLoader} asks for.
 */
abstract class Grammar {

	/** No letter or digit just before. */
	static final String B0 = "(?<![\\p{L}\\p{N}])";

	/** No letter or digit just after. */
	static final String B1 = "(?![\\p{L}\\p{N}])";

	static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/**
	 * A four-digit year 1900-2099 that is not part of a grouped number ("2 048",
	 * "2.008.000").
	 */
	static String year4(String name) {
		return "(?<![\\d]|\\d[ .,])(?<" + name + ">(?:19|20)\\d{2})(?!\\d|[.,]\\d|\\s\\d{3}(?!\\d))";
	}

	/**
	 * A four-digit year right after a token that ends in a digit ("T3 2024", "Q3 2024").
	 */
	static String yearAfterDigit(String name) {
		return "(?<" + name + ">(?:19|20)\\d{2})(?!\\d|[.,]\\d)";
	}

	final Language language;

	/**
	 * The rules of the language, in the order they are tried; each language adds its own.
	 */
	final List<Rule> rules = new ArrayList<>();

	/**
	 * Matches a modifier that ends where a candidate begins, with named groups S, E, Mi.
	 */
	private final Pattern modifier;

	/** Words one of which every modifier holds, or null. */
	private final List<String> modifierWords;

	/**
	 * Words after which a bare year is surely a year ("en 2020", "since 2019"), ending at
	 * the year.
	 */
	private final Pattern strongYearContext;

	/**
	 * Words after which a bare year may be a year if what follows agrees ("de 2019", "of
	 * 2024").
	 */
	private final Pattern weakYearContext;

	/**
	 * Determiners after which a year modifies the next noun ("a 2019 deal", "her 2016
	 * campaign").
	 */
	private final Pattern yearBeforeNoun;

	/**
	 * Words opening a clause whose subject may be a year ("que 2023 serait", "as 2021 had
	 * been"), ending at the year.
	 */
	private final Pattern subjectYearContext;

	/**
	 * A noun of a report on a period, right after the period ("fourth-quarter results").
	 */
	private final Pattern reportAfter;

	/**
	 * A noun of a report on a period, a word or two before it ("results for the fourth
	 * quarter", "résultats du troisième trimestre").
	 */
	private final Pattern reportBefore;

	/**
	 * Singular verb forms after which a year that opens a clause is its subject: a count
	 * would take the plural ("que 2000 seraient licenciés").
	 */
	private final Set<String> yearSubjectVerbs;

	/**
	 * Lower-case words that may follow a year in running text ("en 2020 et", "in 2019
	 * when").
	 */
	private final Set<String> wordsAfterYear;

	/** Words after a number that make it a quantity ("2048 puces"). */
	private final Pattern unitAfter;

	private final Map<String, Integer> months;

	private final Map<String, DayOfWeek> weekdays;

	private final Map<String, Season> seasons;

	private final Map<String, Integer> ordinals;

	private final Map<String, Tense> directions;

	/**
	 * Words after a date that make it the first such date after the one mentioned before
	 * ("suivant").
	 */
	private final Set<String> afterPrevious = new HashSet<>();

	/**
	 * An event that is held, its verb and up to two more words, ending where "today"
	 * begins ("the conference continues today").
	 */
	private final Pattern heldBefore;

	/** The words of direction that name, with a weekday, one of the week before. */
	private final Set<String> weekBefore = new HashSet<>();

	/**
	 * The phrases that name a year ("l'an dernier", "the same year") and how to resolve
	 * them.
	 */
	final YearPhrases yearPhrases;

	private final Map<String, Integer> numbers;

	private final Map<String, Unit> units;

	/** The units of time a count is made in ("deux ans", "three weeks"). */
	enum Unit {

		YEAR, MONTH, WEEK, DAY

	}

	/**
	 * @param language the language whose word lists the grammar reads
	 * @param modifier the modifiers that may stand right before a date, ending at it
	 * @param yearContextEnd what may stand between a year context and the year ("\\s*" or
	 * "\\s*-?\\s*" where "mid-2024" is written)
	 */
	Grammar(Language language, Pattern modifier, String yearContextEnd) {
		this(language, modifier, null, yearContextEnd);
	}

	/**
	 * @param language the language whose word lists the grammar reads
	 * @param modifier the modifiers that may stand right before a date, ending at it
	 * @param modifierWords words one of which every match of {@code modifier} holds, as
	 * it matches them (case ignored), looked for before the pattern runs; null to run it
	 * always
	 * @param yearContextEnd what may stand between a year context and the year
	 */
	Grammar(Language language, Pattern modifier, List<String> modifierWords, String yearContextEnd) {
		this.language = language;
		this.modifier = modifier;
		this.modifierWords = modifierWords;
		WordList contexts = language.words("year-contexts");
		// each opens with a look at the first character: find() tries them at every
		// offset of the thirty characters before a year
		this.strongYearContext = Pattern.compile(startsWith(initials(contexts.with("strength", "strong"))) + B0
				+ alternation(contexts.with("strength", "strong")) + yearContextEnd + "$", FLAGS);
		this.weakYearContext = Pattern.compile(startsWith(initials(contexts.with("strength", "weak")) + ",(:;") + "(?:"
				+ B0 + alternation(contexts.with("strength", "weak")) + "|[,(:;])\\s*$", FLAGS);
		this.yearBeforeNoun = Pattern
			.compile("(?:" + B0 + "|(?='))" + alternation(contexts.with("strength", "before-noun")) + "\\s+$", FLAGS);
		this.subjectYearContext = Pattern.compile(startsWith(initials(contexts.with("strength", "subject"))) + B0
				+ alternation(contexts.with("strength", "subject")) + "\\s+$", FLAGS);
		String reports = alternation(language.words("report-nouns").entries());
		this.reportAfter = Pattern.compile("\\s*" + reports + B1, FLAGS);
		this.reportBefore = Pattern.compile(B0 + reports + "\\s+(?:\\p{L}+(?:\\s+|'))?(?:\\p{L}+(?:\\s+|'))?$", FLAGS);
		this.yearSubjectVerbs = Set.copyOf(language.words("year-subject-verbs").keys());
		this.wordsAfterYear = Set.copyOf(language.words("words-after-year").keys());
		this.unitAfter = Pattern.compile(
				"\\s*(?:%|‰|[$€¥£]|" + pluralAlternation(language.words("units").entries()) + "(?![\\p{L}]))", FLAGS);
		this.months = numbers(language.words("months"), "month");
		this.weekdays = new HashMap<>();
		numbers(language.words("weekdays"), "day").forEach((key, day) -> this.weekdays.put(key, DayOfWeek.of(day)));
		this.seasons = new HashMap<>();
		for (WordList.Entry entry : language.words("seasons").entries()) {
			this.seasons.put(entry.key(), Season.of(entry.attribute("season")));
		}
		this.ordinals = numbers(language.words("ordinals"), "n");
		this.directions = new HashMap<>();
		for (WordList.Entry entry : language.words("directions").with("from", "previous")) {
			this.afterPrevious.add(entry.key());
		}
		for (WordList.Entry entry : language.words("directions").entries()) {
			if ("week-before".equals(entry.attribute("weekday"))) {
				this.weekBefore.add(entry.key());
			}
			if (entry.attribute("tense") != null) {
				this.directions.put(entry.key(), Tense.valueOf(entry.attribute("tense").toUpperCase(Locale.ROOT)));
			}
		}
		this.yearPhrases = YearPhrases.of(language.words("relative-years"));
		this.heldBefore = Pattern.compile(
				B0 + alternation(language.words("event-nouns").with("held", "yes")) + "s?\\s+(?:[\\p{L}'-]+\\s+){1,3}$",
				FLAGS);
		this.numbers = numbers(language.words("numbers"), "n");
		this.units = new HashMap<>();
		for (WordList.Entry entry : language.words("time-units").entries()) {
			this.units.put(entry.key(), Unit.valueOf(entry.attribute("unit").toUpperCase(Locale.ROOT)));
		}
	}

	/** The language this grammar reads, by its code. */
	final String code() {
		return this.language.code();
	}

	/** The cues of the tenses of the language, for {@link TenseDetector}. */
	abstract TenseCues tenseCues();

	/**
	 * The month a sentence says a company's fiscal year ends in ("exercice clos fin
	 * janvier", "fiscal year ends on March 31", or a quarter and the day it closed on:
	 * "premier trimestre de l'exercice 2026, clos le 27 avril"), or null. A language
	 * without fiscal words says none.
	 */
	Integer fiscalYearEnd(String text) {
		return null;
	}

	/**
	 * The end of a fiscal year from a sentence: a quarter's closing month tells it ("the
	 * first quarter closed in April" ends a year in January), else a statement of the
	 * year's end.
	 * @param quarterClose a quarter (group Q, an ordinal or digit) and the month it
	 * closed in (M)
	 * @param yearEnd the month a fiscal year ends in (M)
	 */
	final Integer fiscalYearEnd(String text, Pattern quarterClose, Pattern yearEnd) {
		Matcher quarter = quarterClose.matcher(text);
		if (quarter.find()) {
			String q = quarter.group("Q");
			int number = Character.isDigit(q.charAt(0)) ? q.charAt(0) - '0' : ordinal(q);
			return Math.floorMod(monthNumber(quarter.group("M")) - 3 * number - 1, 12) + 1;
		}
		Matcher year = yearEnd.matcher(text);
		return year.find() ? monthNumber(year.group("M")) : null;
	}

	/**
	 * A fiscal year: named ("fiscal 2025", "l'exercice 2026") or counted from publication
	 * ("this fiscal year", offset 0), given as the calendar year it is when it is one; a
	 * span of two ("fiscal 2023-24") gives both years.
	 */
	static Candidate fiscalYear(int begin, int end, Integer named, Integer until, int offset) {
		return Candidate.of(begin, end, (c) -> {
			if (named != null && until != null) {
				return List.of(Periods.year(named), Periods.year(until));
			}
			Integer year = c.calendarYearOfFiscal((named != null) ? named : c.fiscalYearOfPublication() + offset);
			return (year != null) ? List.of(Periods.year(year)) : List.of();
		});
	}

	/**
	 * A fiscal quarter, given as the calendar quarter it is when the text gives the
	 * company's calendar, else nothing; without a fiscal year ({@code named} and
	 * {@code offset} null), nothing.
	 */
	static Candidate fiscalQuarter(int begin, int end, int quarter, Integer named, Integer offset) {
		return Candidate.withoutModifier(begin, end, (c) -> {
			if (named == null && offset == null) {
				return List.of();
			}
			String value = c.calendarQuarterOfFiscal((named != null) ? named : c.fiscalYearOfPublication() + offset,
					quarter);
			return (value != null) ? List.of(value) : List.of();
		});
	}

	/**
	 * A two-digit year after a four-digit one, as in "2023-24": the later year, or null
	 * if none.
	 */
	static Integer secondYear(int first, String second) {
		if (second == null) {
			return null;
		}
		int year = (second.length() == 4) ? Integer.parseInt(second) : first / 100 * 100 + Integer.parseInt(second);
		return (year > first && year - first <= 30) ? year : null;
	}

	/**
	 * A half of a year: its number (from an ordinal, where "last" is the second), and the
	 * year stated, named by a phrase, placed by a date the sentence gave before, or read
	 * by tense.
	 */
	final void half(Matcher m, List<Candidate> into, String ordinalWord, String year, String yearPhrase) {
		Integer number = ordinal(ordinalWord);
		if (number == null) {
			return;
		}
		int half = (number == 4) ? 2 : number;
		if (half > 2) {
			return;
		}
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer named = (year != null) ? Integer.valueOf(year) : (yearPhrase != null) ? c.yearOf(yearPhrase) : null;
			if (yearPhrase != null && named == null) {
				return List.of();
			}
			if (named == null) {
				Integer near = c.yearNearSentenceDate((y) -> Periods.half(y, half), c.tense());
				named = (near != null) ? near : c.yearOfHalf(half, c.tense());
			}
			return List.of(Periods.half(named, half));
		}));
	}

	/**
	 * "a quarter earlier", « un trimestre plus tard »: the quarter so many quarters from
	 * the one the text named before; nothing when it named none.
	 */
	static void quarterFromPrevious(Matcher m, List<Candidate> into, int quarters) {
		into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> {
			String quarter = c.quarterFromPrevious(quarters);
			return (quarter != null) ? List.of(quarter) : List.of();
		}));
	}

	/**
	 * The period named just before, in another year ("the figure for the same period of
	 * 2024", « sur la même période de l'an dernier »): the half, quarter, month or season
	 * the text gave last, in the year stated (group Y) or named by a phrase (group YR);
	 * the year alone when the date before is no such period.
	 */
	static void samePeriod(Matcher m, List<Candidate> into) {
		String year = m.group("Y");
		String yearPhrase = groupOrNull(m, "YR");
		into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> {
			Integer named = (year != null) ? Integer.valueOf(year) : c.yearOf(yearPhrase);
			if (named == null) {
				return List.of();
			}
			String before = c.previous;
			boolean period = before != null && Periods.isValue(before)
					&& Periods.granularity(before) != Periods.Granularity.YEAR
					&& Periods.granularity(before) != Periods.Granularity.DAY;
			return List.of(period ? Periods.year(named) + before.substring(4) : Periods.year(named));
		}));
	}

	/**
	 * The first or last three or six months of a year ("les trois premiers mois de
	 * l'année", "the first six months of 2024"): its first or last quarter or half, of
	 * the year stated, named by a phrase, or else the year the sentence gave before or
	 * that of publication.
	 */
	static void monthsOfAYear(Matcher m, List<Candidate> into, int months, boolean first, String year,
			String yearPhrase) {
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer named = (year != null) ? Integer.valueOf(year) : (yearPhrase != null) ? c.yearOf(yearPhrase) : null;
			if (yearPhrase != null && named == null) {
				return List.of();
			}
			if (named == null) {
				Integer near = c.yearNearSentenceDate(Periods::year, c.tense());
				named = (near != null) ? near : c.dct.getYear();
			}
			return List.of((months == 3) ? Periods.quarter(named, first ? 1 : 4) : Periods.half(named, first ? 1 : 2));
		}));
	}

	/**
	 * A quarter named by its months ("le trimestre d'avril à juin", "the October-December
	 * quarter"): a calendar quarter when they are one, else a company's own quarter, left
	 * out.
	 */
	final void quarterByMonths(Matcher m, List<Candidate> into, String firstMonth, String lastMonth, String year) {
		int first = monthNumber(firstMonth);
		int last = monthNumber(lastMonth);
		if (last - first != 2 || (first - 1) % 3 != 0) {
			into.add(Candidate.blocker(m.start(), m.end()));
			return;
		}
		int quarter = (first - 1) / 3 + 1;
		into.add(Candidate.of(m.start(), m.end(), (c) -> List
			.of(Periods.quarter((year != null) ? Integer.parseInt(year) : c.yearOfMonth(last, c.tense()), quarter))));
	}

	/**
	 * A year named relative to the article's or to one mentioned before ("last year", «
	 * l'an dernier », "the same year"), read from {@code relative-years}.
	 * @param cue the words one of which such a phrase holds
	 * @param yearPhrase the pattern of the phrases, with its group {@code YR}
	 */
	final void yearPhraseRule(Cue cue, String yearPhrase) {
		rule("year phrase", cue,
				startsWith(initials(this.language.words("relative-years").entries())) + B0 + yearPhrase + B1,
				(m, text, into) -> {
					String phrase = m.group("YR");
					into.add(Candidate.framing(m.start(), m.end(), (c) -> {
						Integer year = c.yearOf(phrase);
						return (year != null) ? List.of(Periods.year(year)) : List.of();
					}));
				});
	}

	/**
	 * A festival held on the same day of every year ("Double Eleven next year", « le
	 * Double Onze 2024 »), read from {@code festivals}: its day when a year is said with
	 * it, before it as a possessive ("last year's Singles' Day") or after it; a festival
	 * named alone gives no date, since the writer may mean any year's, or the season of
	 * sales around it.
	 * @param link the words that may join the festival to the year phrase after it, as a
	 * pattern ("of", "de")
	 */
	final void festivalRule(String link) {
		List<WordList.Entry> festivals = this.language.words("festivals").entries();
		rule("festival of a year", anyOf(festivals),
				B0 + "(?:" + yearPhrase("YB") + "['’]s\\s+)?(?<F>" + alternation(festivals) + ")(?:,?\\s+" + year4("Y")
						+ "|\\s+(?:" + link + ")?" + yearPhrase("YR") + ")?" + B1,
				(m, text, into) -> {
					String phrase = (m.group("YR") != null) ? m.group("YR") : m.group("YB");
					String year = m.group("Y");
					if (phrase == null && year == null) {
						return;
					}
					String[] day = festivalDay(m.group("F")).split("-");
					into.add(Candidate.of(m.start(), m.end(), (c) -> {
						Integer resolved = (year != null) ? Integer.valueOf(year) : c.yearOf(phrase);
						return (resolved != null)
								? List.of(Periods
									.day(LocalDate.of(resolved, Integer.parseInt(day[0]), Integer.parseInt(day[1]))))
								: List.of();
					}));
				});
	}

	private String festivalDay(String written) {
		return this.language.words("festivals")
			.find(key(written))
			.map((entry) -> entry.attribute("day"))
			.orElseThrow(() -> new IllegalStateException("no day for the festival " + written));
	}

	/**
	 * "2023-24", "2019/20": both years of a span, also when the sentence ends on it;
	 * "2024-05" is no span, nor "2024-05-17" or "2023-24.5".
	 */
	final void yearRangeRule() {
		rule("year range", YEAR, YEAR_FIRST + year4("Y") + "\\s*[-–/]\\s*(?<Y2>\\d{2})(?![\\d/-]|\\.\\d)" + B1,
				(m, text, into) -> {
					int first = Integer.parseInt(m.group("Y"));
					Integer second = secondYear(first, m.group("Y2"));
					if (second != null) {
						into.add(Candidate.of(m.start(), m.end(),
								(c) -> List.of(Periods.year(first), Periods.year(second))));
					}
				});
	}

	/**
	 * "2025 to 2027", "de 2019 à 2022": both years of a span written with words; not when
	 * a unit follows the second number ("2000 to 2030 chips").
	 * @param joiners the words between the two years, as a pattern
	 */
	final void yearSpanRule(String joiners) {
		rule("year span", YEAR, YEAR_FIRST + year4("Y") + "\\s+(?:" + joiners + ")\\s+" + year4("Y2") + B1,
				(m, text, into) -> {
					int first = Integer.parseInt(m.group("Y"));
					int second = Integer.parseInt(m.group("Y2"));
					if (this.unitAfter.matcher(text).region(m.end(), text.length()).lookingAt()) {
						// "from 2000 to 2048 chips": two counts, neither a year
						into.add(Candidate.blocker(m.start(), m.end()));
						return;
					}
					if (second <= first || second - first > 30) {
						return;
					}
					into.add(Candidate.of(m.start(), m.end(),
							(c) -> List.of(Periods.year(first), Periods.year(second))));
				});
	}

	/**
	 * A lookahead for the characters a rule's matches can begin with, put before the
	 * pattern: {@link Matcher#find()} tries a pattern at every offset, and a look at one
	 * character rejects most of them before the costlier lookbehinds and alternations run
	 * (the matches stay the same: the characters listed are all a match can begin with).
	 * @param chars the inside of a character class, matched case-insensitively
	 */
	static String startsWith(String chars) {
		return chars.isEmpty() ? NEVER : "(?=[" + chars + "])";
	}

	/**
	 * The characters the entries of lists begin with, for {@link #startsWith}: what an
	 * {@link #alternation} of them can begin with.
	 */
	@SafeVarargs
	static String initials(List<WordList.Entry>... lists) {
		StringBuilder chars = new StringBuilder();
		for (List<WordList.Entry> entries : lists) {
			for (WordList.Entry entry : entries) {
				String text = entry.text().strip();
				if (text.isEmpty()) {
					continue;
				}
				int first = text.codePointAt(0);
				String written = new String(Character.toChars(first));
				if (chars.indexOf(written) < 0) {
					// a backslash before a character that is no letter or digit makes it
					// literal
					chars.append(Character.isLetterOrDigit(first) ? "" : "\\").append(written);
				}
			}
		}
		return chars.toString();
	}

	/** What a pattern that opens with a year of {@link #year4} can begin with. */
	static final String YEAR_FIRST = startsWith("12");

	/** Adds the candidates of a sentence (already normalised) to a list. */
	void candidates(String text, List<Candidate> into) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean digit = hasDigit(text);
		CueTable table = cueTable();
		// each distinct cue looked for once per sentence (0: not yet, 1: present, 2:
		// absent): several rules share the month names, the digits or a word
		byte[] present = new byte[table.cues().length];
		Pairs pairs = new Pairs(lower);
		List<Rule> rules = this.rules;
		for (int r = 0; r < rules.size(); r++) {
			if (table.presentIn(r, lower, digit, pairs, present)) {
				rules.get(r).apply(text, into);
			}
		}
	}

	/**
	 * The cues of the rules, each cue (and each cue a cue requires too) listed once, and
	 * for each rule the indexes of the cues it requires.
	 */
	record CueTable(Cue[] cues, int[][] ofRule) {

		static CueTable of(List<Rule> rules) {
			List<Cue> cues = new ArrayList<>();
			Map<Cue, Integer> indexes = new HashMap<>();
			int[][] ofRule = new int[rules.size()][];
			for (int r = 0; r < rules.size(); r++) {
				List<Integer> required = new ArrayList<>();
				for (Cue cue = rules.get(r).cue(); cue != null; cue = cue.also()) {
					Cue alone = new Cue(cue.words(), cue.digit());
					required.add(indexes.computeIfAbsent(alone, (key) -> {
						cues.add(key);
						return cues.size() - 1;
					}));
				}
				ofRule[r] = required.stream().mapToInt(Integer::intValue).toArray();
			}
			return new CueTable(cues.toArray(new Cue[0]), ofRule);
		}

		/**
		 * As {@link Cue#presentIn}, remembering each cue's answer in {@code present}; the
		 * pairs of characters of the text rule most words out before they are searched
		 * for.
		 */
		boolean presentIn(int rule, String lowerCaseText, boolean textHasDigit, Pairs pairs, byte[] present) {
			for (int index : this.ofRule[rule]) {
				if (present[index] == 0) {
					present[index] = this.cues[index].presentIn(lowerCaseText, textHasDigit, pairs) ? (byte) 1
							: (byte) 2;
				}
				if (present[index] == 2) {
					return false;
				}
			}
			return true;
		}

	}

	/** The cue table, made on first use, once the language's rules are all added. */
	private CueTable cueTable() {
		CueTable table = this.cueTable;
		if (table == null || table.ofRule().length != this.rules.size()) {
			table = CueTable.of(this.rules);
			this.cueTable = table;
		}
		return table;
	}

	private volatile CueTable cueTable;

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** A modifier right before an offset, or null. */
	final Modifier modifierBefore(String text, int begin) {
		int from = Math.max(0, begin - 40);
		if (this.modifierWords != null && !holdsAny(text, from, begin, this.modifierWords)) {
			// most dates have no modifier: a look for its words costs less than the
			// pattern tried at forty offsets
			return null;
		}
		Matcher matcher = this.modifier.matcher(text);
		matcher.region(from, begin);
		matcher.useTransparentBounds(true);
		if (!matcher.find()) {
			return null;
		}
		String mod = (matcher.group("S") != null) ? "START" : (matcher.group("E") != null) ? "END" : "MID";
		return new Modifier(matcher.start(), mod);
	}

	/**
	 * Whether one of some words stands between two offsets, case ignored as a pattern
	 * with {@link #FLAGS} ignores it (a character's upper case, then its lower case).
	 */
	static boolean holdsAny(String text, int from, int to, List<String> words) {
		for (String word : words) {
			char first = Character.toLowerCase(Character.toUpperCase(word.charAt(0)));
			for (int i = from; i + word.length() <= to; i++) {
				// the first character as regionMatches compares it, then the rest
				if (Character.toLowerCase(Character.toUpperCase(text.charAt(i))) == first
						&& text.regionMatches(true, i, word, 0, word.length())) {
					return true;
				}
			}
		}
		return false;
	}

	record Modifier(int begin, String mod) {

	}

	/**
	 * What every match of a rule contains, checked in one pass over the sentence before
	 * the pattern runs: most sentences name no date, and a pattern tried at every offset
	 * costs far more than looking for a few words.
	 *
	 * @param words lower-case strings one of which any match contains, or none
	 * @param digit whether any match contains a digit (or one of the words, if any)
	 * @param also another cue every match satisfies too, or null
	 */
	record Cue(List<String> words, boolean digit, Cue also) {

		Cue(List<String> words, boolean digit) {
			this(words, digit, null);
		}

		boolean presentIn(String lowerCaseText, boolean textHasDigit) {
			return presentIn(lowerCaseText, textHasDigit, null);
		}

		/**
		 * As {@link #presentIn(String, boolean)}, with the pairs of the text, or null.
		 */
		boolean presentIn(String lowerCaseText, boolean textHasDigit, Pairs pairs) {
			return presentAlone(lowerCaseText, textHasDigit, pairs)
					&& (this.also == null || this.also.presentIn(lowerCaseText, textHasDigit, pairs));
		}

		private boolean presentAlone(String lowerCaseText, boolean textHasDigit, Pairs pairs) {
			if (this.digit && textHasDigit) {
				return true;
			}
			for (String word : this.words) {
				if ((pairs == null || pairs.mayHold(word)) && lowerCaseText.contains(word)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The cue of rules whose every match satisfies both this cue and another: a month
		 * and a day's number ("14 mars") need a month's name and a digit.
		 */
		Cue and(Cue other) {
			return new Cue(this.words, this.digit, (this.also != null) ? this.also.and(other) : other);
		}

	}

	/**
	 * The pairs of adjacent characters of a text, as bits of a hash: a word one of whose
	 * pairs is missing is surely not in the text, which one look at a few bits tells,
	 * where searching the text for it reads the whole sentence.
	 */
	static final class Pairs {

		private final long[] bits = new long[64];

		Pairs(String text) {
			for (int i = 1; i < text.length(); i++) {
				int hash = hash(text.charAt(i - 1), text.charAt(i));
				this.bits[hash >>> 6] |= 1L << hash;
			}
		}

		private static int hash(char first, char second) {
			return (first * 31 + second) & 4095;
		}

		/** False when the word is surely not in the text; true when it may be. */
		boolean mayHold(String word) {
			for (int i = 1; i < word.length(); i++) {
				int hash = hash(word.charAt(i - 1), word.charAt(i));
				if ((this.bits[hash >>> 6] & (1L << hash)) == 0) {
					return false;
				}
			}
			return true;
		}

	}

	/** The cue of rules whose every match holds a digit. */
	static final Cue DIGIT = new Cue(List.of(), true);

	/** The cue of rules whose every match holds a four-digit year, 19xx or 20xx. */
	static final Cue YEAR = new Cue(List.of("19", "20"), false);

	/** The cue of rules whose every match holds one of these lower-case words. */
	static Cue anyOf(String... words) {
		return new Cue(List.of(words), false);
	}

	/**
	 * The cue of rules whose every match holds one of the entries of a list, as written.
	 */
	static Cue anyOf(List<WordList.Entry> entries) {
		return new Cue(entries.stream().map((entry) -> entry.text().toLowerCase(Locale.ROOT)).distinct().toList(),
				false);
	}

	/**
	 * A rule: its name, what its matches contain, a pattern and what to do with each
	 * match.
	 */
	record Rule(String name, Cue cue, Pattern pattern, Action action) {

		void apply(String text, List<Candidate> into) {
			Matcher matcher = this.pattern.matcher(text);
			while (matcher.find()) {
				this.action.act(matcher, text, into);
			}
		}

	}

	@FunctionalInterface
	interface Action {

		void act(Matcher matcher, String text, List<Candidate> into);

	}

	/** Adds a rule after the others. */
	final void rule(String name, Cue cue, String regex, Action action) {
		this.rules.add(new Rule(name, cue, Pattern.compile(regex, FLAGS), action));
	}

	// the words of the language, as patterns and as values

	/**
	 * The entries of a list as one regular-expression alternation, longest first so that
	 * "l'année dernière" is tried before "l'année"; the words of an entry match with any
	 * spacing.
	 */
	static String alternation(List<WordList.Entry> entries) {
		if (entries.isEmpty()) {
			// a language may leave a list empty: its rule then never matches
			return NEVER;
		}
		List<String> texts = entries.stream().map(WordList.Entry::text).distinct().sorted(LONGEST_FIRST).toList();
		List<String> alternatives = new ArrayList<>();
		for (String text : texts) {
			alternatives.add(phrase(text));
		}
		return "(?:" + String.join("|", alternatives) + ")";
	}

	/**
	 * As {@link #alternation}, each entry also matching with a final s ("puce", "puces").
	 */
	static String pluralAlternation(List<WordList.Entry> entries) {
		if (entries.isEmpty()) {
			return NEVER;
		}
		List<String> texts = entries.stream().map(WordList.Entry::text).distinct().sorted(LONGEST_FIRST).toList();
		List<String> alternatives = new ArrayList<>();
		for (String text : texts) {
			alternatives.add(phrase(text) + (text.endsWith("s") || text.endsWith("x") ? "" : "s?"));
		}
		return "(?:" + String.join("|", alternatives) + ")";
	}

	/** A pattern that matches nothing. */
	static final String NEVER = "(?!)";

	private static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length)
		.reversed()
		.thenComparing(Comparator.naturalOrder());

	/** Words written in a list as a pattern: quoted, any spacing between them. */
	static String phrase(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			words.add(Pattern.quote(word));
		}
		return String.join("\\s+", words);
	}

	/** The key a matched text is looked up by: folded, single spaces. */
	static String key(String text) {
		String folded = Words.fold(text).strip();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
					|| (c == ' ' && i + 1 < folded.length() && folded.charAt(i + 1) == ' ')) {
				// spacing to make single: the pattern, only when there is some
				return folded.replaceAll("\\s+", " ");
			}
		}
		return folded;
	}

	private static Map<String, Integer> numbers(WordList list, String attribute) {
		Map<String, Integer> numbers = new HashMap<>();
		for (WordList.Entry entry : list.entries()) {
			numbers.putIfAbsent(entry.key(), Integer.valueOf(entry.attribute(attribute)));
		}
		return numbers;
	}

	/** The month entries of the language, the abbreviations included or not. */
	final List<WordList.Entry> monthEntries(boolean abbreviations) {
		return this.language.words("months")
			.entries()
			.stream()
			.filter((entry) -> abbreviations || !"abbreviation".equals(entry.attribute("form")))
			.toList();
	}

	/** The names of the months as an alternation, the abbreviations included or not. */
	final String monthNames(boolean abbreviations) {
		return alternation(monthEntries(abbreviations));
	}

	final String weekdayNames() {
		return alternation(this.language.words("weekdays").entries());
	}

	final String seasonNames() {
		return alternation(this.language.words("seasons").entries());
	}

	final String ordinalWords() {
		return alternation(this.language.words("ordinals").entries());
	}

	/**
	 * The words of the directions list of one tense ("dernier", "prochain"), as an
	 * alternation.
	 */
	final String directionWords(Tense... tenses) {
		return alternation(directionEntries(tenses));
	}

	/** The entries of the directions list of one tense. */
	final List<WordList.Entry> directionEntries(Tense... tenses) {
		Set<Tense> wanted = Set.of(tenses);
		return this.language.words("directions")
			.entries()
			.stream()
			.filter((entry) -> entry.attribute("tense") != null
					&& wanted.contains(Tense.valueOf(entry.attribute("tense").toUpperCase(Locale.ROOT))))
			.toList();
	}

	/**
	 * The words after a date that make it the next such date after the one mentioned
	 * before ("suivant").
	 */
	final String afterPreviousWords() {
		return alternation(this.language.words("directions").with("from", "previous"));
	}

	/** The parts of a day of the language ("soir", "afternoon"), as an alternation. */
	final String partsOfDay() {
		return alternation(this.language.words("parts-of-day").entries());
	}

	/** The year phrases of the language in a named group. */
	final String yearPhrase(String group) {
		return "(?<" + group + ">" + alternation(this.language.words("relative-years").entries()) + ")";
	}

	/**
	 * A count in a named group: digits or a number of the language's list ("deux",
	 * "three").
	 */
	final String count(String group) {
		return "(?<" + group + ">\\d{1,3}|" + alternation(this.language.words("numbers").entries()) + ")";
	}

	/** The units of time of the language in a named group ("ans", "weeks"). */
	final String timeUnit(String group) {
		return "(?<" + group + ">" + alternation(this.language.words("time-units").entries()) + ")";
	}

	/** The value of a count: its digits or its word. */
	final int countOf(String text) {
		return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : this.numbers.get(key(text));
	}

	final Unit unitOf(String word) {
		return this.units.get(key(word));
	}

	/**
	 * A period counted back from publication ("il y a deux ans", "three months ago"), a
	 * year, a month or a day as its unit says; with {@code sameMonth}, the month of
	 * publication so many years back ("two years ago this month"). Weeks are counted only
	 * roughly ("a week ago" may be six days or nine) and give no date, as "last week"
	 * gives none.
	 */
	static Candidate countedBack(int begin, int end, int count, Unit unit, boolean sameMonth) {
		if (unit == Unit.WEEK) {
			return Candidate.blocker(begin, end);
		}
		return Candidate.withoutModifier(begin, end, (c) -> List.of(switch (unit) {
			case YEAR ->
				sameMonth ? Periods.month(c.dctMonth().minusYears(count)) : Periods.year(c.dct.getYear() - count);
			case MONTH -> Periods.month(c.dctMonth().minusMonths(count));
			default -> Periods.day(c.dct.minusDays(count));
		}));
	}

	/**
	 * A period counted from an event the text dated before and names again by a word
	 * ("two days before the keynote", when an earlier sentence put the keynote on May
	 * 29): nothing when no sentence before holds the word with a day. Weeks count too
	 * roughly, as from the date before.
	 */
	final Candidate countedFromEvent(int begin, int end, int count, Unit unit, String event) {
		if (unit == Unit.WEEK) {
			return Candidate.blocker(begin, end);
		}
		return Candidate.withoutModifier(begin, end, (c) -> {
			LocalDate day = c.dayOfEvent(eventWords(event));
			if (day == null) {
				return List.of();
			}
			return switch (unit) {
				case YEAR -> List.of(Periods.year(day.getYear() + count));
				case MONTH -> List.of(Periods.month(YearMonth.from(day).plusMonths(count)));
				default -> List.of(Periods.day(day.plusDays(count)));
			};
		});
	}

	/**
	 * The words a text may name an event by: the noun of the language's
	 * {@code event-nouns} list and the words of its {@code also} attribute ("keynote" is
	 * also the "conference" it was given at, « présentation » what the company "présenté"
	 * or "annoncé"); the word itself when the list does not hold it.
	 */
	final List<String> eventWords(String event) {
		List<String> words = new ArrayList<>();
		words.add(event);
		this.language.words("event-nouns").find(key(event)).ifPresent((entry) -> {
			String also = entry.attribute("also");
			if (also != null) {
				words.addAll(List.of(also.split(",")));
			}
		});
		return words;
	}

	/**
	 * A period counted from the date mentioned before ("trois mois plus tard", "two days
	 * earlier"), at the unit's precision, or nothing when that date is less precise than
	 * the unit (days counted from a year). Weeks count seven days from a day ("released
	 * only a week earlier" than 29 September is the 22nd), while counted from publication
	 * they are too rough to give one (see {@link #countedBack}).
	 */
	static Candidate countedFromPrevious(int begin, int end, int count, Unit unit) {
		return Candidate.withoutModifier(begin, end, (c) -> {
			switch (unit) {
				case WEEK:
					LocalDate from = c.countedFromDay();
					return (from != null) ? List.of(Periods.day(from.plusWeeks(count))) : List.of();
				case YEAR:
					return (c.previousYear() != null) ? List.of(Periods.year(c.previousYear() + count)) : List.of();
				case MONTH:
					YearMonth month = c.countedFromMonth();
					return (month != null) ? List.of(Periods.month(month.plusMonths(count))) : List.of();
				default:
					LocalDate day = c.countedFromDay();
					return (day != null) ? List.of(Periods.day(day.plusDays(count))) : List.of();
			}
		});
	}

	/** The number of a month name or abbreviation. */
	final int monthNumber(String name) {
		return this.months.get(key(name));
	}

	final DayOfWeek weekdayOf(String name) {
		return this.weekdays.get(key(name));
	}

	final Season seasonOf(String name) {
		return this.seasons.get(key(name));
	}

	/** The number an ordinal word gives ("troisième" 3), or null. */
	final Integer ordinal(String word) {
		return this.ordinals.get(key(word));
	}

	/**
	 * The direction a word states ("dernier" is the past), or null when it states none.
	 */
	final Tense direction(String word) {
		return (word != null) ? this.directions.get(key(word)) : null;
	}

	/**
	 * Whether a word of direction names, with a weekday, the one of the week before the
	 * week of publication ("last Thursday" written on a Friday is not the day before,
	 * which would be "yesterday").
	 */
	final boolean namesTheWeekBefore(String word) {
		return word != null && this.weekBefore.contains(key(word));
	}

	static boolean startsUpperCase(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
	}

	/** Whether an offset is the start of the sentence, ignoring quotes and brackets. */
	static boolean atSentenceStart(String text, int offset) {
		for (int i = offset - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A season, once: the year it states, the year a phrase names, or the direction a
	 * word gives ("l'été dernier", "next spring", "cet hiver"), else the date the
	 * sentence gave before it, else the tense of the sentence.
	 */
	final Candidate season(int begin, int end, Season season, String year, String yearPhrase, String directionWord) {
		Tense stated = direction(directionWord);
		return Candidate.of(begin, end, (c) -> {
			int resolved;
			if (year != null) {
				resolved = Integer.parseInt(year);
			}
			else if (yearPhrase != null) {
				Integer named = c.yearOf(yearPhrase);
				if (named == null) {
					return List.of();
				}
				resolved = named;
			}
			else if (stated == Tense.PAST) {
				resolved = c.yearOfLastSeason(season);
			}
			else if (stated != null) {
				resolved = c.yearOfSeason(season, stated);
			}
			else {
				Integer near = c.yearNearSentenceDate((y) -> Periods.season(y, season), c.tense());
				resolved = (near != null) ? near : c.yearOfSeason(season, c.tense());
			}
			return List.of(Periods.season(resolved, season));
		});
	}

	/**
	 * The year of the season under way on a day, or else of the one nearest it, before or
	 * after.
	 */
	static int nearestSeasonYear(LocalDate day, Season season) {
		int best = day.getYear();
		long bestDistance = Long.MAX_VALUE;
		for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
			LocalDate start = LocalDate.of(year, season.firstMonth, 1);
			LocalDate end = start.plusMonths(3);
			long distance = day.isBefore(start) ? start.toEpochDay() - day.toEpochDay()
					: !day.isBefore(end) ? day.toEpochDay() - end.toEpochDay() + 1 : 0;
			if (distance < bestDistance) {
				best = year;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static final Pattern RANGE_AFTER = Pattern.compile("\\s*[-/–]\\s*(?:19|20)?\\d{2}(?!\\d)");

	private static final Pattern RANGE_BEFORE = Pattern.compile("(?:19|20)\\d{2}\\s*[-/–]\\s*$");

	private static final Pattern NEXT_WORD = Pattern.compile("\\s*([\\p{L}'’-]+|\\S)?");

	/**
	 * Whether a four-digit number at an offset reads as a year: after a word that
	 * introduces a year, in a range, or after a weak introducer when the next word is not
	 * a noun it counts.
	 */
	final boolean isYearInContext(String text, int begin, int end) {
		if (begin >= 2 && text.charAt(begin - 1) == '-' && Character.isLetter(text.charAt(begin - 2))) {
			// "GPT-2024" is a name, "mi-2024" and "mid-2024" are dates: the modifier rule
			// keeps those
			return false;
		}
		Matcher unit = this.unitAfter.matcher(text).region(end, text.length());
		if (unit.lookingAt()) {
			return false;
		}
		int from = Math.max(0, begin - 30);
		if (RANGE_AFTER.matcher(text).region(end, text.length()).lookingAt() || find(RANGE_BEFORE, text, from, begin)
				|| find(this.strongYearContext, text, from, begin)) {
			return true;
		}
		Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
		boolean followed = next.lookingAt() && next.group(1) != null;
		if (followed && !Character.isDigit(next.group(1).charAt(0)) && !text.startsWith("00", begin + 2)
				&& find(this.yearBeforeNoun, text, from, begin)) {
			// "a 2019 deal", "her 2016 campaign", "Xiaomi's 2024 revenue"; but "the 2000
			// employees"
			return true;
		}
		if (find(this.subjectYearContext, text, from, begin) && followed
				&& this.yearSubjectVerbs.contains(key(next.group(1)))) {
			// "que 2023 serait une année de survie": the year is the subject of its
			// clause
			return true;
		}
		boolean weak = find(this.weakYearContext, text, from, begin) || atSentenceStart(text, begin);
		if (!weak) {
			return false;
		}
		next = NEXT_WORD.matcher(text).region(end, text.length());
		if (!next.lookingAt() || next.group(1) == null) {
			return true;
		}
		String word = next.group(1);
		if (Character.isDigit(word.charAt(0))) {
			return false;
		}
		if (!Character.isLetter(word.charAt(0)) || Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		return this.wordsAfterYear.contains(key(word));
	}

	/**
	 * The direction to read a quarter without its year: a quarter whose results or
	 * earnings are reported is one that has begun by publication, whatever the tense
	 * ("will publish its third-quarter results next week", said in November, is about the
	 * quarter just ended); otherwise null, for the tense to tell.
	 */
	final Tense reportedPeriod(String text, int begin, int end) {
		boolean after = this.reportAfter.matcher(text).region(end, text.length()).lookingAt();
		return (after || find(this.reportBefore, text, Math.max(0, begin - 40), begin)) ? Tense.PAST : null;
	}

	/**
	 * The day of a change said to start "from today": the day the words were written or
	 * spoken, when the text gives it; nothing in a quotation whose day is unknown, where
	 * publication may come days after the speech.
	 */
	static List<String> fromToday(Resolution c) {
		return (!c.knowsTheDay() || c.dayAssumed()) ? List.of() : List.of(Periods.day(c.dct));
	}

	static boolean find(Pattern pattern, String text, int from, int to) {
		Matcher matcher = pattern.matcher(text).region(from, to);
		matcher.useTransparentBounds(true);
		return matcher.find();
	}

	/** The words of a list whose attribute has a value, folded. */
	static Set<String> keysWith(WordList list, String attribute, String value) {
		Set<String> keys = new HashSet<>();
		for (WordList.Entry entry : list.with(attribute, value)) {
			keys.add(entry.key());
		}
		return keys;
	}

	/**
	 * Whether "today" at an offset follows an event that is held and its verb ("The
	 * summit opens today", « Le salon ouvre aujourd'hui ses portes »): in the present
	 * too, the day the event is held, not "nowadays".
	 */
	final boolean heldToday(String text, int begin) {
		return find(this.heldBefore, text, Math.max(0, begin - 60), begin);
	}

	/**
	 * The day of publication for "aujourd'hui" or "today" said of an event, a verb of its
	 * own clause in the past or the future ("a annoncé aujourd'hui", "se rendra
	 * aujourd'hui"); nothing in a general statement in the present, where it means
	 * "nowadays" ("Unitree détient aujourd'hui la moitié du marché", "Aujourd'hui, la
	 * différence tient au volume"). In a text that speaks day by day, naming yesterday or
	 * tomorrow (a dispatch), it is always the day of writing.
	 */
	static List<String> todayOfAnEvent(Resolution c) {
		if (!c.knowsTheDay()) {
			return List.of();
		}
		if (c.dayByDay()) {
			// a dispatch that speaks of yesterday and tomorrow reports today's events in
			// the present
			return List.of(Periods.day(c.dct));
		}
		Tense clause = c.clauseTense();
		return (clause == null || clause == Tense.PRESENT) ? List.of() : List.of(Periods.day(c.dct));
	}

	/**
	 * A resolver of days named from the day of writing ("mardi", "hier", "yesterday")
	 * that gives nothing when that day is not known (a quotation of which only the year
	 * is given).
	 */
	static Candidate.Resolver fromTheDay(Candidate.Resolver resolver) {
		return (c) -> c.knowsTheDay() ? resolver.resolve(c) : List.of();
	}

	/**
	 * A period to come (offset above 0) said in a general statement in the present names
	 * no event ("guarantees little about next quarter"); otherwise the value.
	 */
	static List<String> aboutAnEvent(Resolution c, String value, int offset) {
		return (offset > 0 && c.tense() == Tense.PRESENT) ? List.of() : List.of(value);
	}

	/**
	 * Yesterday, tomorrow ("hier", "après-demain"): the days of the language's
	 * {@code days-from-today} list.
	 */
	final void daysFromTodayRule() {
		WordList days = this.language.words("days-from-today");
		rule("days from today", anyOf(days.entries()),
				startsWith(initials(days.entries())) + B0 + "(?<R>" + alternation(days.entries()) + ")" + B1,
				(m, text, into) -> {
					int offset = Integer.parseInt(days.find(key(m.group("R"))).orElseThrow().attribute("offset"));
					into.add(Candidate.withoutModifier(m.start(), m.end(),
							fromTheDay((c) -> List.of(Periods.day(c.dct.plusDays(offset))))));
				});
	}

	/**
	 * Whether a text speaks day by day, naming yesterday or tomorrow (a dispatch): there,
	 * "aujourd'hui" in the present is the day of writing rather than "nowadays".
	 */
	final boolean speaksDayByDay(String text) {
		if (this.dayByDay == null) {
			List<WordList.Entry> days = this.language.words("days-from-today").entries();
			this.dayByDay = Pattern.compile(startsWith(initials(days)) + B0 + alternation(days) + B1, FLAGS);
		}
		return this.dayByDay.matcher(text).find();
	}

	private Pattern dayByDay;

	/** "ce soir", "this afternoon": the day of writing. */
	static Candidate partOfToday(int begin, int end) {
		return Candidate.withoutModifier(begin, end, fromTheDay((c) -> List.of(Periods.day(c.dct))));
	}

	/** "le même soir", "ce soir-là", "that evening": the day mentioned before. */
	static Candidate partOfThatDay(int begin, int end) {
		return partOfThatDay(begin, end, 0);
	}

	/**
	 * "the next morning", "the previous evening": a part of the day so many days from the
	 * day mentioned before.
	 */
	static Candidate partOfThatDay(int begin, int end, int days) {
		return Candidate.withoutModifier(begin, end, (c) -> c.dayFromPrevious(days));
	}

	/**
	 * "that Thursday", "ce jeudi-là": the day of that weekday in the week of the day
	 * mentioned before.
	 */
	static Candidate weekdayOfThatWeek(int begin, int end, DayOfWeek weekday) {
		return Candidate.withoutModifier(begin, end, (c) -> {
			LocalDate day = c.dayOfThatWeek();
			if (day == null) {
				return List.of();
			}
			for (int offset = 0; offset <= 3; offset++) {
				if (day.plusDays(offset).getDayOfWeek() == weekday) {
					return List.of(Periods.day(day.plusDays(offset)));
				}
				if (day.minusDays(offset).getDayOfWeek() == weekday) {
					return List.of(Periods.day(day.minusDays(offset)));
				}
			}
			return List.of();
		});
	}

	/**
	 * "lundi de la semaine dernière", "Monday of next week": that weekday in the week
	 * (Monday to Sunday) before or after the week of writing.
	 */
	static Candidate weekdayOfAWeek(int begin, int end, DayOfWeek weekday, int weeks) {
		return Candidate.withoutModifier(begin, end,
				fromTheDay((c) -> List.of(Periods.day(c.dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
					.plusWeeks(weeks)
					.plusDays(weekday.getValue() - 1L)))));
	}

	/** A date written the ISO way, 2024-03-14. */
	static void isoDate(Matcher m, String text, List<Candidate> into) {
		LocalDate date = Resolution.dateOrNull(Integer.parseInt(m.group("Y")), Integer.parseInt(m.group("Mo")),
				Integer.parseInt(m.group("D")));
		if (date != null) {
			into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.day(date))));
		}
	}

	/** A group of a match, or null when the pattern has no such group. */
	static String groupOrNull(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The calendar quarter some quarters away from the one a day falls in. */
	static String quarterAround(LocalDate dct, int offset) {
		YearMonth month = YearMonth.from(dct).plusMonths(3L * offset);
		return Periods.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
	}

	/** The half of the year so many halves from the one a day falls in. */
	static String halfAround(LocalDate dct, int offset) {
		YearMonth month = YearMonth.from(dct).plusMonths(6L * offset);
		return Periods.half(month.getYear(), (month.getMonthValue() <= 6) ? 1 : 2);
	}

	/** The language of a code in a registry, for a grammar's constructor. */
	static Language languageOf(LanguageRegistry languages, String code) {
		return languages.find(code).orElseThrow(() -> new Grammars.MissingLanguageException(code));
	}

}
