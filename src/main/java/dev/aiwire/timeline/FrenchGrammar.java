package dev.aiwire.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;
import dev.aiwire.timeline.Periods.Season;

/**
 * Dates as French news writes them: "le 14 mars 2024", "début mai", "l'an dernier",
 * "mardi".
 */
final class FrenchGrammar extends Grammar {

	private static final Pattern MODIFIER = Pattern.compile(B0 + "(?:"
			+ "(?<S>(?:(?:au|le|du|dès\\s+le|depuis\\s+le|dès|depuis|en)\\s+)?(?:tout\\s+)?début\\s*"
			+ "(?:de\\s+l'|de\\s+la\\s+|du\\s+mois\\s+d(?:e\\s+|')|du\\s+|de\\s+|d')?)"
			+ "|(?<E>(?:(?:à\\s+la|la|dès\\s+la|depuis\\s+la|de\\s+la|d'ici\\s+la|d'ici|jusqu'à\\s+la|vers\\s+la|avant\\s+la"
			+ "|en|à|cette)\\s+)?fin\\s*(?:de\\s+l'|de\\s+la\\s+|du\\s+mois\\s+d(?:e\\s+|')|du\\s+|de\\s+|d')?)"
			+ "|(?<Mi>(?:(?:à\\s+la|la|vers\\s+la|dès\\s+la|depuis\\s+la|de\\s+la|jusqu'à\\s+la|en)\\s+)?mi\\s*-\\s*"
			+ "|(?:(?:au|le|du|vers\\s+le|dès\\s+le)\\s+)?milieu\\s*(?:de\\s+l'|de\\s+la\\s+|du\\s+mois\\s+d(?:e\\s+|')"
			+ "|du\\s+|de\\s+|d')?)" + ")(?:l'année\\s+|année\\s+)?$", FLAGS);

	/** What every match of {@link #MODIFIER} holds ("milieu" holds "mi"). */
	private static final List<String> MODIFIER_WORDS = List.of("d\u00e9but", "fin", "mi");

	private final TenseCues tenseCues;

	/**
	 * "premier trimestre de l'exercice 2026, clos le 27 avril": a quarter and its closing
	 * month.
	 */
	private final Pattern quarterClose;

	/** "exercice clos fin janvier": the month a fiscal year ends in. */
	private final Pattern yearEnd;

	/**
	 * The grammar of the application's languages; {@link ServiceLoader} asks for this
	 * constructor.
	 */
	public FrenchGrammar() {
		this(Languages.registry());
	}

	FrenchGrammar(LanguageRegistry languages) {
		super(languageOf(languages, "fr"), MODIFIER, MODIFIER_WORDS, "\\s*");
		this.tenseCues = tenseCues(this.language);
		String months = "(?<M>" + monthNames(true) + ")";
		String closing = "(?:qui\\s+(?:s'est\\s+|se\\s+)?)?(?:clos|close|clôturée?|achevée?|terminée?|arrêtée?|termin\\p{L}*"
				+ "|s'ach\\p{L}+)\\s+(?:le\\s+|au\\s+|en\\s+|fin\\s+|à\\s+la\\s+fin\\s+de\\s+|début\\s+)?(?:\\d{1,2}(?:er)?\\s+)?"
				+ months;
		String fiscalYearName = "(?:\\s+(?:fiscal\\s+)?\\d{4}(?:\\s*[-/]\\s*\\d{2,4})?)?";
		this.quarterClose = Pattern
			.compile(B0 + "(?<Q>" + ordinalWords() + ")\\s+trimestre(?:\\s+(?:de\\s+(?:l'|son\\s+|leur\\s+)"
					+ "exercice|fiscal)" + fiscalYearName + ")?\\s*,?\\s+" + closing, FLAGS);
		this.yearEnd = Pattern.compile(B0 + "(?:exercice|année\\s+fiscale)(?:\\s+(?:fiscal|budgétaire|financier))?"
				+ fiscalYearName + "\\s*,?\\s+(?:se\\s+)?" + closing, FLAGS);
		String monthNames = monthNames(false);
		String weekdays = weekdayNames();
		String yearPhrase = yearPhrase("YR");
		String direction = "(?:(?<REL>" + directionWords(Tense.PAST, Tense.FUTURE) + ")|(?<NEXT>" + afterPreviousWords()
				+ "))";
		Cue monthCue = anyOf(monthEntries(true));
		Cue weekdayCue = anyOf(this.language.words("weekdays").entries());
		String month = "(?<M>" + monthNames(true) + ")";
		String day = "(?<D>1er|1re|premier|[0-3]?\\d)(?!\\d)";
		String firstDay = "(?<D1>1er|1re|premier|[0-3]?\\d)(?!\\d)";
		String yearAfterMonth = "(?:\\s*,?\\s*(?:de\\s+l'année\\s+|de\\s+)?" + year4("Y") + "|\\s+'?(?<YY>\\d{2})"
				+ "(?=\\s*(?:[,.;:)!?»\"]|$)|\\s+(?:à|au|en|et|lors|dans|par|pour)" + B1 + ")" + "|\\s+(?:de\\s+)?"
				+ yearPhrase + ")?";
		// le mardi 14 mars 2024, 1er mai, les 6 et 13 avril prochains
		// every match holds its day: a digit or "premier"
		rule("day of a month", monthCue.and(new Cue(List.of("premier"), true)),
				startsWith("\\dp" + initials(this.language.words("relative-years").entries(),
						this.language.words("weekdays").entries())) + B0 + "(?:" + yearPhrase("YR0")
						+ "\\s*,?\\s+(?:le\\s+)?)?(?:(?<WD>" + weekdays + ")\\s+)?(?:" + firstDay
						+ "\\s*(?:et|au|à|-|,|ou)\\s*(?:le\\s+)?)?" + day + "\\s+(?:de\\s+)?" + month + yearAfterMonth
						+ "(?:\\s+" + direction + ")?" + B1,
				this::dayOfMonth);
		// mars 2024, au mois de mai, septembre de l'année dernière, mai et juin derniers
		rule("month", monthCue,
				startsWith("am" + initials(monthEntries(false))) + B0 + "(?:(?:au\\s+)?mois\\s+d(?:e\\s+|'))?(?<M>"
						+ monthNames + ")(?:\\s*(?:-|et|ou|à|au)\\s*" + "(?:(?:au\\s+)?mois\\s+d(?:e\\s+|'))?(?<M2>"
						+ monthNames + "))?" + yearAfterMonth + "(?:\\s+" + direction + ")?" + B1,
				this::month);
		// en 2020, depuis 2019, 1982-1990
		rule("year", YEAR, YEAR_FIRST + year4("Y"), this::year);
		yearRangeRule();
		// en 97, fin 98: a year of two digits after a word that introduces a year
		rule("two-digit year", DIGIT,
				startsWith("'\\d") + "(?<=" + B0
						+ "(?:en|fin|début|depuis|dès|jusqu'en|avant|après)\\s{1,3})'?(?<YY>\\d{2})"
						+ "(?=\\s*[,.;:)(!?»]|\\s*$|\\s+(?:et|ou|puis|contre|comme|quand|lorsque|déjà|dans|lors|selon)"
						+ B1 + ")",
				(m, text, into) -> {
					int twoDigits = Integer.parseInt(m.group("YY"));
					into.add(Candidate.framingYear(m.start(), m.end(),
							(c) -> List.of(Periods.year(c.expandYear(twoDigits)))));
				});
		// l'exercice 2026, l'exercice en cours, l'année fiscale 2024-25
		rule("fiscal year", anyOf("exercice", "fiscal"), B0 + "(?:(?<R>l'exercice\\s+en\\s+cours|cet\\s+exercice"
				+ "|l'exercice\\s+précédent|l'exercice\\s+prochain|le\\s+prochain\\s+exercice|l'année\\s+fiscale\\s+en\\s+cours)"
				+ "|(?:exercice|année\\s+fiscale)(?:\\s+(?:fiscal|budgétaire|financier))?\\s+(?<Y>(?:19|20)\\d{2})"
				+ "(?:\\s*[-–/]\\s*(?<Y2>(?:19|20)?\\d{2}))?)" + B1, (m, text, into) -> {
					String r = m.group("R");
					int offset = (r == null) ? 0 : r.contains("précédent") ? -1 : r.contains("prochain") ? 1 : 0;
					Integer named = (m.group("Y") != null) ? Integer.valueOf(m.group("Y")) : null;
					into.add(fiscalYear(m.start(), m.end(), named,
							(named != null) ? secondYear(named, m.group("Y2")) : null, offset));
				});
		// "l'exercice se termine fin mars" states the company's calendar, no date
		// ("l'exercice clos fin janvier" is one)
		rule("fiscal calendar", anyOf("exercice", "fiscal"), B0
				+ "(?:exercice|année\\s+fiscale)(?:\\s+(?:fiscal|budgétaire"
				+ "|financier))?\\s*,?\\s+(?:qui\\s+)?(?:se\\s+termine|se\\s+terminent|s'achève|s'achèvent|se\\s+clôt|se\\s+clôture)"
				+ "\\s+(?:le\\s+|au\\s+|en\\s+|fin\\s+|à\\s+la\\s+fin\\s+de\\s+|début\\s+)?(?:\\d{1,2}(?:er)?\\s+)?(?:"
				+ monthNames(true) + ")" + B1, (m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
		// le premier trimestre de l'exercice 2026, T1 de l'exercice: calendar quarters
		// only with the company's calendar
		rule("fiscal quarter", anyOf("exercice", "fiscal"), B0 + "(?:(?<Q>" + ordinalWords()
				+ ")\\s+trimestre|T(?<QD>[1-4]))\\s+"
				+ "(?:de\\s+(?:l'|son\\s+|leur\\s+|cet\\s+)exercice|fiscal|de\\s+l'année\\s+fiscale)(?:\\s+(?<R>en\\s+cours"
				+ "|précédent|prochain))?(?:\\s+(?:fiscal\\s+)?(?<Y>(?:19|20)\\d{2}))?" + B1, (m, text, into) -> {
					int quarter = (m.group("QD") != null) ? Integer.parseInt(m.group("QD")) : ordinal(m.group("Q"));
					String r = m.group("R");
					Integer offset = null;
					if (r != null) {
						offset = r.startsWith("en") ? 0 : r.startsWith("pr\u00e9c") ? -1 : 1;
					}
					else if (m.group().toLowerCase(Locale.ROOT).contains("cet exercice")) {
						offset = 0;
					}
					into.add(fiscalQuarter(m.start(), m.end(), quarter,
							(m.group("Y") != null) ? Integer.valueOf(m.group("Y")) : null, offset));
				});
		// 14/03/2024, 2024-03-14
		rule("numeric date", YEAR, startsWith("\\d") + B0 + "(?<D>[0-3]?\\d)[/.](?<Mo>[01]?\\d)[/.]" + year4("Y") + B1,
				(m, text, into) -> {
					LocalDate date = Resolution.dateOrNull(Integer.parseInt(m.group("Y")),
							Integer.parseInt(m.group("Mo")), Integer.parseInt(m.group("D")));
					if (date != null) {
						into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.day(date))));
					}
				});
		rule("ISO date", YEAR, YEAR_FIRST + B0 + "(?<Y>(?:19|20)\\d{2})-(?<Mo>[01]\\d)-(?<D>[0-3]\\d)" + B1,
				Grammar::isoDate);
		// au troisième trimestre 2024, T3 2024, le premier trimestre de cette année
		rule("quarter", anyOf("trimestre"), B0 + "(?<Q>" + ordinalWords() + ")\\s+trimestre(?:\\s+(?:de\\s+l'année\\s+"
				+ "|de\\s+|d')?" + year4("Y") + "|\\s+(?:de\\s+)?" + yearPhrase + ")?" + B1, this::quarter);
		// le trimestre d'avril à juin
		rule("quarter by its months", anyOf("trimestre"),
				B0 + "trimestre\\s+(?:allant\\s+)?(?:d'|de\\s+)?(?<M1>" + monthNames + ")\\s*(?:à|au|-)\\s*(?<M2>"
						+ monthNames + ")(?:\\s+" + year4("Y") + ")?" + B1,
				(m, text, into) -> quarterByMonths(m, into, m.group("M1"), m.group("M2"), m.group("Y")));
		rule("numbered quarter", DIGIT, startsWith("TQ") + B0 + "[TQ](?<Q>[1-4])\\s*(?:de\\s+)?(?:"
				+ yearAfterDigit("Y") + "|'?(?<YY>\\d{2})(?!\\d))" + B1, this::quarter);
		rule("relative quarter", anyOf("trimestre"),
				B0 + "(?:(?:ce|le)\\s+trimestre(?:\\s+(?<REL>dernier|prochain|précédent" + "|suivant|en\\s+cours))?"
						+ "|(?:le|au)\\s+(?<REL2>prochain)\\s+trimestre)" + B1,
				(m, text, into) -> {
					String rel = (m.group("REL") != null) ? m.group("REL") : m.group("REL2");
					if (rel != null || m.group().toLowerCase(Locale.ROOT).startsWith("ce")) {
						int offset = (rel == null || rel.startsWith("en")) ? 0
								: (rel.startsWith("dernier") || rel.startsWith("pr\u00e9c")) ? -1 : 1;
						into.add(Candidate.of(m.start(), m.end(),
								(c) -> aboutAnEvent(c, quarterAround(c.dct, offset), offset)));
					}
				});
		// un trimestre plus tôt, un trimestre plus tard: counted from the quarter named
		// before
		rule("quarter counted from the one before", anyOf("trimestre"),
				B0 + "un\\s+trimestre\\s+(?<W>plus\\s+tôt|plus\\s+tard|auparavant)" + B1,
				(m, text, into) -> quarterFromPrevious(m, into, m.group("W").endsWith("tard") ? 1 : -1));
		// ce semestre, le semestre dernier, au prochain semestre: a half counted from
		// publication; "le semestre" alone names none
		rule("relative half", anyOf("semestre"),
				B0 + "(?:ce\\s+semestre|le\\s+semestre\\s+(?<REL>dernier|prochain|en\\s+cours)"
						+ "|(?:le|au)\\s+(?<REL2>prochain)\\s+semestre)" + B1,
				(m, text, into) -> {
					String rel = (m.group("REL") != null) ? m.group("REL") : m.group("REL2");
					int offset = (rel == null || rel.startsWith("en")) ? 0 : rel.startsWith("dernier") ? -1 : 1;
					into.add(Candidate.of(m.start(), m.end(),
							(c) -> aboutAnEvent(c, halfAround(c.dct, offset), offset)));
				});
		// la même période de 2024, le même trimestre de l'an dernier: la période nommée
		// avant, cette année-là
		rule("same period of another year", anyOf("même"),
				B0 + "(?:la\\s+|le\\s+)?même\\s+(?:période|trimestre|semestre|mois|saison)\\s+(?:(?:de|en)\\s+|d')?(?:"
						+ year4("Y") + "|" + yearPhrase + ")" + B1,
				(m, text, into) -> samePeriod(m, into));
		// le premier semestre 2024, au second semestre, la première moitié de l'année, S1
		// 2025
		rule("half", anyOf("semestre", "moitié", "s1", "s2", "h1", "h2"),
				B0 + "(?:(?<HW>" + ordinalWords() + "|première|seconde)"
						+ "\\s+(?:semestre|moitié\\s+de\\s+l'année)(?:\\s+(?:de\\s+l'année\\s+|de\\s+|d')?" + year4("Y")
						+ "|\\s+(?:de\\s+)?" + yearPhrase + ")?|(?:première|seconde)\\s+moitié\\s+(?:de\\s+|d')"
						+ year4("Y3") + "|[SH](?<H>[12])\\s*" + yearAfterDigit("Y2") + ")" + B1,
				(m, text, into) -> {
					String word = m.group("HW");
					if (word == null && m.group("H") == null) {
						word = m.group().toLowerCase(Locale.ROOT).startsWith("premi") ? "premier" : "second";
					}
					if ("première".equalsIgnoreCase(word)) {
						word = "premier";
					}
					else if ("seconde".equalsIgnoreCase(word)) {
						word = "second";
					}
					String year = (m.group("Y") != null) ? m.group("Y")
							: (m.group("Y2") != null) ? m.group("Y2") : m.group("Y3");
					half(m, into, (m.group("H") != null) ? (m.group("H").equals("1") ? "premier" : "second") : word,
							year, m.group("YR"));
				});
		// au printemps 2023, l'été dernier, à l'automne
		// les trois premiers mois de l'année, les six derniers mois de 2024
		rule("months of a year", anyOf("mois"),
				B0 + "(?<N>trois|3|six|6)\\s+(?<W>premiers|derniers)\\s+mois\\s+(?:de\\s+|d')(?:" + year4("Y") + "|"
						+ yearPhrase + "|l'année|l'an)" + B1,
				(m, text, into) -> monthsOfAYear(m, into,
						m.group("N").equals("3") || m.group("N").equalsIgnoreCase("trois") ? 3 : 6,
						m.group("W").equalsIgnoreCase("premiers"), m.group("Y"), m.group("YR")));
		// cet été-là, le même hiver: the season of the year mentioned before
		rule("season of that year", anyOf(this.language.words("seasons").entries()), B0 + "(?:(?:ce|cet)\\s*(?<S>"
				+ seasonNames() + ")-là|(?:le|ce)\\s+même\\s+(?<S2>" + seasonNames() + "))" + B1, (m, text, into) -> {
					Season season = seasonOf((m.group("S") != null) ? m.group("S") : m.group("S2"));
					into.add(Candidate.of(m.start(), m.end(), (c) -> (c.previousYear() != null)
							? List.of(Periods.season(c.previousYear(), season)) : List.of()));
				});
		rule("season", anyOf(this.language.words("seasons").entries()),
				startsWith("clead" + initials(this.language.words("seasons").entries())) + B0
						+ "(?:(?<DET>ce|cet|cette|l'|le|en|au|du" + "|de\\s+l'|d')\\s*)?(?<S>" + seasonNames()
						+ ")(?:\\s+(?:de\\s+l'année\\s+|de\\s+|d')?" + year4("Y") + "|\\s+(?:de\\s+)?" + yearPhrase
						+ "|\\s+" + direction + ")?" + B1,
				this::season);
		// hier, aujourd'hui, demain
		daysFromTodayRule();
		// "à ce jour" and "jusqu'à aujourd'hui" mean "so far"
		rule("so far", anyOf("jour"), B0 + "(?:jusqu'à\\s+|à\\s+)(?:ce\\s+jour|aujourd'hui)" + B1,
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
		// à partir d'aujourd'hui, à compter de ce jour: a change that starts on the day
		// it
		// is said, even in the present, where "aujourd'hui" alone may be "nowadays" ("dès
		// aujourd'hui" is often "already": "utile dès aujourd'hui")
		rule("from today", anyOf("jour"),
				B0 + "(?:(?:à\\s+partir\\s+d'|à\\s+compter\\s+d')aujourd'hui|à\\s+compter\\s+de\\s+ce\\s+jour)" + B1,
				(m, text, into) -> into.add(Candidate.withoutModifier(m.start(), m.end(), Grammar::fromToday)));
		// « nous avons attendu ce jour »: the day awaited or remembered is the object of
		// the verb, no date
		rule("day awaited", anyOf("ce jour"),
				B0 + "(?:" + alternation(this.language.words("day-objects").entries()) + ")\\s+ce\\s+jour" + B1,
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
		rule("today", anyOf("jour"), B0 + "(?:aujourd'hui(?:\\s+même)?|ce\\s+jour)" + B1,
				(m, text, into) -> into.add(Candidate.withoutModifier(m.start(), m.end(), heldToday(text, m.start())
						? fromTheDay((c) -> List.of(Periods.day(c.dct))) : Grammar::todayOfAnEvent)));
		// cette année, l'an dernier, la même année
		yearPhraseRule(anyOf("année", "l'an", "un an"), yearPhrase);
		// au cours de l'année, closing its clause; not "au cours de l'année 2023" nor "de
		// l'année écoulée", which the words after tell
		rule("during the year", anyOf("au cours de l'année"),
				B0 + "au\\s+cours\\s+de\\s+l'année(?=\\s*(?:[.,;:!?)»]|$))",
				(m, text, into) -> into.add(Candidate.of(m.start(), m.end(), FrenchGrammar::duringTheYear)));
		// le Double Onze de l'an prochain, la fête des célibataires 2024
		festivalRule("de\\s+|d'");
		// il y a deux ans, voilà un an, il y a un an ce mois-ci; not "il y a deux ans
		// que..."
		rule("counted back", anyOf("il y a", "voilà"),
				B0 + "(?:il\\s+y\\s+a|voilà)\\s+" + count("N") + "\\s+" + timeUnit("U")
						+ "(?<TM>\\s+ce\\s+mois(?:-ci)?)?" + B1 + "(?!\\s+qu(?:e|'))",
				(m, text, into) -> into.add(countedBack(m.start(), m.end(), countOf(m.group("N")), unitOf(m.group("U")),
						m.group("TM") != null)));
		// trois mois plus tard, deux ans plus tôt, un an auparavant
		rule("counted from the date before", anyOf("plus", "auparavant"),
				B0 + "(?<A>(?:moins|plus)\\s+de\\s+|environ\\s+" + "|près\\s+de\\s+|quelque\\s+)?" + count("N") + "\\s+"
						+ timeUnit("U") + "\\s+(?<W>plus\\s+tard|plus\\s+tôt" + "|auparavant)" + B1,
				(m, text, into) -> {
					if (m.group("A") != null) {
						// "moins de deux semaines plus tard" says no day
						into.add(Candidate.blocker(m.start(), m.end()));
						return;
					}
					int sign = m.group("W").toLowerCase(Locale.ROOT).endsWith("tard") ? 1 : -1;
					into.add(countedFromPrevious(m.start(), m.end(), sign * countOf(m.group("N")),
							unitOf(m.group("U"))));
				});
		// ce soir, cet après-midi: the day of writing; le même soir, ce soir-là: the day
		// mentioned before
		String parts = partsOfDay();
		rule("part of that day", anyOf(this.language.words("parts-of-day").entries()), B0 + "(?:(?:le|la)\\s+même\\s+"
				+ parts + "|(?:ce|cet|cette)\\s+" + parts + "-là|(?:le|la)\\s+" + parts + "\\s+même)" + B1,
				(m, text, into) -> into.add(partOfThatDay(m.start(), m.end())));
		// le 29 au soir, le 3 au matin: a day of the month without its month, the
		// last such day (the next one in the future)
		rule("day without its month", anyOf(this.language.words("parts-of-day").entries()),
				B0 + "le\\s+(?<D>[0-3]?\\d)(?:er)?\\s+(?:au|à\\s+l'|dans\\s+la)\\s*" + parts + B1, (m, text, into) -> {
					int dayOfMonth = Integer.parseInt(m.group("D"));
					into.add(Candidate.withoutModifier(m.start(), m.end(), fromTheDay((c) -> {
						LocalDate date = c.dayWithoutItsMonth(dayOfMonth, c.tense());
						return (date != null) ? List.of(Periods.day(date)) : List.of();
					})));
				});
		rule("part of today", anyOf(this.language.words("parts-of-day").entries()),
				B0 + "(?:ce|cet|cette)\\s+" + parts + B1 + "(?!-)",
				(m, text, into) -> into.add(partOfToday(m.start(), m.end())));
		// ce jeudi-là: the Thursday of the week mentioned before
		rule("weekday of that week", weekdayCue, B0 + "(?:ce|cette)\\s+(?<WD>" + weekdays + ")-là" + B1,
				(m, text, into) -> into.add(weekdayOfThatWeek(m.start(), m.end(), weekdayOf(m.group("WD")))));
		// ce mois-ci, le mois dernier, ce mois-là
		rule("relative month", anyOf("mois"), B0 + "(?<R>ce\\s+mois(?:-ci|-là)?|ce\\s+même\\s+mois|le\\s+même\\s+mois"
				+ "|le\\s+mois\\s+même|(?:le|du)\\s+mois\\s+(?:dernier|passé|prochain|précédent|suivant|en\\s+cours))"
				+ B1, this::relativeMonth);
		// le lendemain de la présentation, le soir même des résultats, deux jours après
		// le lancement: counted from the day an earlier sentence gave the event, not
		// from the date mentioned just before; nothing when the text never dated it
		List<WordList.Entry> events = this.language.words("event-nouns").entries();
		String possessive = "(?:son|sa|ses|leur|leurs)\\s+";
		rule("the day of a named event", anyOf(events),
				B0 + "(?:(?<R>le\\s+lendemain|la\\s+veille|le\\s+(?:jour|soir|matin)\\s+même|le\\s+même\\s+jour)"
						+ "\\s+(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+" + possessive + ")|" + count("N") + "\\s+"
						+ timeUnit("U") + "\\s+(?<W>avant|après)\\s+(?:la\\s+|le\\s+|l'|les\\s+|" + possessive
						+ "))(?<E>" + alternation(events) + ")" + B1,
				(m, text, into) -> {
					String r = m.group("R");
					if (r == null) {
						int sign = m.group("W").equalsIgnoreCase("après") ? 1 : -1;
						into.add(countedFromEvent(m.start(), m.end(), sign * countOf(m.group("N")),
								unitOf(m.group("U")), m.group("E")));
						return;
					}
					String lower = r.toLowerCase(Locale.ROOT);
					int offset = lower.contains("lendemain") ? 1 : lower.contains("veille") ? -1 : 0;
					into.add(countedFromEvent(m.start(), m.end(), offset, Unit.DAY, m.group("E")));
				});
		// le lendemain, la veille, le même jour
		rule("the day after an event", anyOf("lendemain", "veille"),
				B0 + "(?:au|du)\\s+lendemain\\s+d(?:e|u|es|')" + "|(?:à\\s+)?la\\s+veille\\s+d(?:e|u|es|')",
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
		rule("the day after", anyOf("lendemain", "veille", "jour"),
				B0 + "(?<R>le\\s+lendemain|la\\s+veille|le\\s+même\\s+jour"
						+ "|ce\\s+même\\s+jour|ce\\s+jour-là|le\\s+jour\\s+même)" + B1,
				(m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = r.contains("lendemain") ? 1 : r.contains("veille") ? -1 : 0;
					into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> c.dayFromPrevious(offset)));
				});
		// fin de l'année, début du mois: dates only with their modifier
		rule("modified year or month", anyOf("année", "l'an", "mois", "exercice"),
				B0 + "(?<C>l'année|l'an|année|mois|l'exercice)" + B1, (m, text, into) -> {
					boolean isMonth = m.group("C").equalsIgnoreCase("mois");
					into.add(Candidate.onlyWithModifier(m.start(), m.end(),
							(c) -> List.of(isMonth ? Periods.month(c.dctMonth()) : Periods.year(c.dct.getYear()))));
				});
		// lundi de la semaine dernière, jeudi de la semaine prochaine
		rule("weekday of a week", weekdayCue,
				B0 + "(?<WD>" + weekdays
						+ ")\\s+de\\s+la\\s+semaine\\s+(?<R>dernière|passée|précédente|prochaine|suivante)" + B1,
				(m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					if (r.equals("précédente") || r.equals("suivante")) {
						// counted from a week the text told, not from publication
						into.add(Candidate.blocker(m.start(), m.end()));
						return;
					}
					into.add(weekdayOfAWeek(m.start(), m.end(), weekdayOf(m.group("WD")),
							r.equals("prochaine") ? 1 : -1));
				});
		// la nuit de mercredi à jeudi: one night, dated by the day it starts when it is
		// lasted through ("toute la nuit de lundi à mardi"), else by the day that
		// begins in it, as what happens at night mostly falls after midnight ("a publié
		// dans la nuit de mercredi à jeudi")
		rule("night between two weekdays", anyOf("nuit"), B0 + "(?<ALL>toute\\s+)?la\\s+nuit\\s+d(?:e|u)\\s+(?<WD1>"
				+ weekdays + ")\\s+(?:à|au)\\s+(?<WD2>" + weekdays + ")" + B1, (m, text, into) -> {
					DayOfWeek first = weekdayOf(m.group("WD1"));
					DayOfWeek second = weekdayOf(m.group("WD2"));
					if (first.plus(1) != second) {
						return;
					}
					boolean lasting = m.group("ALL") != null;
					into.add(Candidate.of(m.start(), m.end(), fromTheDay((c) -> {
						LocalDate named = c.namedWeekday(second, c.tense());
						LocalDate morning = (named != null) ? named : c.weekday(second, c.tense());
						return List.of(Periods.day(lasting ? morning.minusDays(1) : morning));
					})));
				});
		// mardi, vendredi dernier, lundi prochain, ce dimanche
		rule("weekday", weekdayCue,
				startsWith("cd" + initials(this.language.words("weekdays").entries())) + B0
						+ "(?:(?<DET>ce|dès|depuis)\\s+)?(?<WD>" + weekdays + ")(?!s)(?:\\s+" + direction + ")?" + B1,
				this::weekday);
		// decades are no single date: les années 2010, les années 90
		rule("decade", anyOf("années"),
				B0 + "(?:(?:les|des|aux|dans\\s+les|depuis\\s+les|fin\\s+des|début\\s+des)\\s+)?"
						+ "années\\s+(?:19|20)?\\d0(?!\\d)",
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end())));
	}

	@Override
	TenseCues tenseCues() {
		return this.tenseCues;
	}

	@Override
	Integer fiscalYearEnd(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (!lower.contains("exercice") && !lower.contains("fiscal")) {
			return null;
		}
		return fiscalYearEnd(text, this.quarterClose, this.yearEnd);
	}

	private static final String W = "[\\p{L}'-]";

	/**
	 * The French tenses: the simple future and conditional (endings, irregular forms and
	 * words that announce what is to come, from {@code tense-future.txt}) and "aller" +
	 * infinitive; the compound past (an auxiliary of {@code tense-past.txt} and a
	 * participle within two words), the imperfect and the simple past; and, weaker, a
	 * past participle alone.
	 */
	private static TenseCues tenseCues(Language french) {
		WordList exceptions = french.words("tense-exceptions");
		WordList past = french.words("tense-past");
		List<String> suffixes = exceptions.with("not", "suffix")
			.stream()
			.map((entry) -> entry.text().toLowerCase(Locale.ROOT))
			.toList();
		String notAfterAuxiliary = "(?!" + alternation(exceptions.with("not", "after-auxiliary")) + "(?![\\p{L}]))";
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		List<WordList.Entry> plainFuture = french.words("tense-future")
			.entries()
			.stream()
			.filter((e) -> e.attribute("kind") == null)
			.toList();
		Pattern future = Pattern.compile(B0 + "(?:"
		// aller + infinitive
				+ "(?:vais|va|vont|allons|allez)\\s+(?:" + W + "+\\s+){0,2}?\\p{L}+(?:er|ir|re|oir)"
				// words that announce what is to come, irregular futures and conditionals
				+ "|" + alternation(plainFuture)
				// a sentence that opens on an imperative asks for what is to come:
				// « Rendez-vous en juin »
				+ "|(?<![\\s\\S])\\W{0,3}" + alternation(french.words("tense-future").with("kind", "imperative"))
				// what a promise names lies ahead, the promise stays in the past: the
				// object after "a promis" ("a promis d'autres annonces au second
				// semestre"), not the date right after it ("promis en février")
				+ "|(?<=" + B0 + alternation(french.words("tense-future").with("kind", "past-verb-object"))
				+ "\\s{1,3})(?:(?:de|des|du|un|une|la|le|les)(?![\\p{L}])|[dl]'\\p{L}+)"
				// regular simple future and conditional
				+ "|\\p{Ll}{2,}(?:er|ir|dr|ttr|îtr)(?:ai|as|a|ons|ez|ont|ait|aient)" + ")" + B1, flags);
		List<WordList.Entry> auxiliaries = past.with("kind", "auxiliary");
		List<WordList.Entry> presentOfEtre = auxiliaries.stream()
			.filter((e) -> "être".equals(e.attribute("present")))
			.toList();
		List<WordList.Entry> otherAuxiliaries = auxiliaries.stream()
			.filter((e) -> e.attribute("present") == null)
			.toList();
		Pattern compoundPast = Pattern.compile(B0 + "(?:"
		// passé composé and plus-que-parfait: auxiliary, up to two words, past participle
				+ alternation(otherAuxiliaries) + "\\s+(?:" + W + "+\\s+){0,2}?" + notAfterAuxiliary
				+ "\\p{L}+(?:é|ée|és|ées|i|ie|is|ise|it|ite|u|ue|us|ert|erte|eint|aint|ort|orte)"
				// "est sorti" is a past, "est fixé" a passive in the present
				+ "|" + alternation(presentOfEtre) + "\\s+(?:" + W + "+\\s+){0,2}?"
				+ alternation(past.with("kind", "etre-verb")) + "(?:e|s|es)?"
				// imparfait and passé simple
				+ "|\\p{Ll}{2,}(?:ait|aient)|\\p{Ll}+(?:èrent|irent|urent)|" + alternation(past.with("kind", "form"))
				+ ")" + B1, flags);
		// a past participle right before a date: "annoncé le 14 mars", "fondée en 2015"
		// ... unless a determiner makes it a noun: "la moitié", "le marché"
		List<WordList.Entry> determiners = new ArrayList<>(exceptions.with("before", "noun"));
		// ... nor after "comme", an aside that recalls what was said of a date ("au
		// troisième trimestre, comme annoncé") without telling when it falls
		determiners.addAll(exceptions.with("before", "aside"));
		// ... nor after a present of "être", a passive in the present: "le rendez-vous
		// est fixé"
		Pattern participle = Pattern.compile(
				B0 + "(?<!" + B0 + alternation(determiners.stream().filter((e) -> !e.text().endsWith("'")).toList())
						+ "\\s{1,3})(?<!" + B0
						+ alternation(determiners.stream().filter((e) -> e.text().endsWith("'")).toList()) + ")(?<!"
						+ B0 + alternation(presentOfEtre) + "\\s{1,3})" + "\\p{Ll}{3,}(?:é|ée|és|ées)" + B1,
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		// a participle right before a date: "promis en février", "annoncé le 3 mars", not
		// "prévu le 3 mars"
		java.util.Set<String> notParticiples = new java.util.HashSet<>(keysWith(exceptions, "not", "participle"));
		plainFuture.forEach((e) -> notParticiples.add(e.key()));
		notParticiples.addAll(keysWith(exceptions, "not", "after-auxiliary"));
		// the endings of participles that are seldom those of nouns ("prospectus",
		// "produit" are not)
		TenseCues.Participle governing = new TenseCues.Participle(
				Pattern.compile(B0 + "(?<P>\\p{Ll}{3,}(?:é|ée|és|ées|is|ise"
						+ "|ises))\\s+(?:(?:en|le|la|l'|au|à|dès|depuis|vers|courant|du)\\s*)?$", Pattern.UNICODE_CASE),
				notParticiples,
				Pattern.compile(
						B0 + "(?:" + alternation(past.with("kind", "auxiliary"))
								+ "|été|être|sera|seront|serait|seraient|était|étaient)\\s+(?:" + W + "+\\s+)?$",
						FLAGS),
				Pattern.compile("\\s*(?<P>\\p{Ll}{3,}(?:é|ée|és|ées|is|ise|ises)|"
						+ alternation(past.with("kind", "etre-verb")) + "(?:e|s|es)?)" + B1, Pattern.UNICODE_CASE));
		return TenseCues.of(french,
				List.of(new TenseCues.MarkerPattern(future, Tense.FUTURE, true, keysWith(exceptions, "not", "future"),
						suffixes),
						new TenseCues.MarkerPattern(compoundPast, Tense.PAST, true, keysWith(exceptions, "not", "past"),
								suffixes),
						new TenseCues.MarkerPattern(participle, Tense.PAST, false,
								keysWith(exceptions, "not", "participle"), suffixes)),
				governing);
	}

	/** The day a French date names: "1er", "premier" and "1re" are the first. */
	static int parseDay(String day) {
		String d = day.toLowerCase(Locale.ROOT);
		if (d.startsWith("1er") || d.startsWith("1re") || d.startsWith("premier")) {
			return 1;
		}
		return Integer.parseInt(d.replaceAll("\\D", ""));
	}

	private void dayOfMonth(Matcher m, String text, List<Candidate> into) {
		int month = monthNumber(m.group("M"));
		int day = parseDay(m.group("D"));
		Integer firstDay = (m.group("D1") != null) ? parseDay(m.group("D1")) : null;
		Tense stated = direction(m.group("REL"));
		DayOfWeek weekday = (m.group("WD") != null) ? weekdayOf(m.group("WD")) : null;
		boolean relative = m.group("REL") != null;
		String y = m.group("Y");
		String yy = m.group("YY");
		String yr = (m.group("YR") != null) ? m.group("YR") : m.group("YR0");
		boolean next = groupOrNull(m, "NEXT") != null;
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y)
					: (yy != null) ? c.expandYear(Integer.parseInt(yy)) : (yr != null) ? c.yearOf(yr) : null;
			List<String> values = new ArrayList<>();
			for (Integer d : (firstDay != null) ? List.of(firstDay, day) : List.of(day)) {
				if (next) {
					// "le 26 octobre suivant": the first after the date mentioned before,
					// or none
					LocalDate after = c.dayAfterPrevious(month, d);
					if (after != null) {
						values.add(Periods.day(after));
					}
					continue;
				}
				LocalDate date = (year != null) ? Resolution.dateOrNull(year, month, d) : (weekday != null && !relative)
						? c.dayOfMonthOn(month, d, weekday) : c.dayOfMonth(month, d, c.direction(stated));
				if (date == null && year == null) {
					date = c.dayOfMonth(month, d, c.direction(stated));
				}
				if (date != null) {
					values.add(Periods.day(date));
				}
			}
			return values;
		}));
	}

	private void month(Matcher m, String text, List<Candidate> into) {
		String name = m.group("M");
		boolean yearOrDirection = m.group("Y") != null || m.group("YY") != null || m.group("YR") != null
				|| m.group("REL") != null || groupOrNull(m, "NEXT") != null;
		if (!yearOrDirection && startsUpperCase(name) && !atSentenceStart(text, m.start())) {
			// "Mars" in the middle of a French sentence is the planet or a name, not the
			// month
			return;
		}
		int month = monthNumber(name);
		Integer second = (m.group("M2") != null) ? monthNumber(m.group("M2")) : null;
		Tense stated = direction(m.group("REL"));
		String y = m.group("Y");
		String yy = m.group("YY");
		String yr = m.group("YR");
		boolean next = groupOrNull(m, "NEXT") != null;
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y)
					: (yy != null) ? c.expandYear(Integer.parseInt(yy)) : (yr != null) ? c.yearOf(yr) : null;
			if (next) {
				year = c.yearOfMonthAfterPrevious((second != null) ? second : month);
				if (year == null) {
					return List.of();
				}
			}
			int resolved = (year != null) ? year
					: c.yearOfMonth((second != null) ? second : month, c.direction(stated));
			if (second == null) {
				return List.of(Periods.month(resolved, month));
			}
			// "novembre-janvier" crosses a year end
			int firstYear = (month > second) ? resolved - 1 : resolved;
			return List.of(Periods.month(firstYear, month), Periods.month(resolved, second));
		}));
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
		String q = m.group("Q");
		int quarter = Character.isDigit(q.charAt(0)) && q.length() == 1 ? q.charAt(0) - '0' : ordinal(q);
		String y = m.group("Y");
		String yy = groupOrNull(m, "YY");
		String yr = groupOrNull(m, "YR");
		Tense reported = reportedPeriod(text, m.start(), m.end());
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y)
					: (yy != null) ? c.expandYear(Integer.parseInt(yy)) : (yr != null) ? c.yearOf(yr) : null;
			return List
				.of(Periods.quarter((year != null) ? year : c.yearOfQuarter(quarter, c.direction(reported)), quarter));
		}));
	}

	/**
	 * « au cours de l'année »: the year of publication, or in a past clause the year the
	 * text named before ("En 2024, ... ont payé un abonnement au cours de l'année").
	 */
	private static List<String> duringTheYear(Resolution c) {
		boolean named = c.previousYear() != null && c.clauseTense() == Tense.PAST;
		return List.of(Periods.year(named ? c.previousYear() : c.dct.getYear()));
	}

	private void season(Matcher m, String text, List<Candidate> into) {
		String det = m.group("DET");
		String y = m.group("Y");
		String yr = m.group("YR");
		String rel = m.group("REL");
		boolean stated = y != null || yr != null || rel != null;
		String d = (det != null) ? det.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : null;
		boolean theSeason = ("le".equals(d) && (find(BEFORE_THE_SEASON, text, Math.max(0, m.start() - 20), m.start())
				|| (atSentenceStart(text, m.start())
						&& VERB_AFTER_THE_SEASON.matcher(text).region(m.end(), text.length()).lookingAt())))
				|| (("de l'".equals(d) || "du".equals(d))
						&& find(BEFORE_OF_THE_SEASON, text, Math.max(0, m.start() - 24), m.start()));
		if (!stated && "d'".equals(d) && find(TERM_BEFORE_THE_SEASON, text, Math.max(0, m.start() - 24), m.start())) {
			// a school term is the one under way or the nearest, whatever the tense of a
			// plan made before it ("avait promis des cours dès le semestre d'automne")
			Season season = seasonOf(m.group("S"));
			into.add(Candidate.of(m.start(), m.end(),
					(c) -> List.of(Periods.season(nearestSeasonYear(c.dct, season), season))));
			return;
		}
		if (!stated && !theSeason
				&& (d == null || d.equals("d'") || d.equals("de l'") || d.equals("du") || d.equals("le"))) {
			// "a été", "d'hiver", "le printemps des start-up": no date; but "pour le
			// printemps", "Le printemps a été rude" name the season
			return;
		}
		if (AVOIR_BEFORE.matcher(text)
			.region(Math.max(0, m.start() - 20), m.start("S"))
			.useTransparentBounds(true)
			.find()) {
			// "ont été passées": the participle of "être", not the summer
			return;
		}
		if (!stated && "l'".equals(d) && !find(BEFORE_L_SEASON, text, Math.max(0, m.start() - 20), m.start())) {
			// "l'hiver" as a subject or an object, with no preposition of time before it,
			// is a season in general or a figure ("l'hiver, pour SMIC, dure depuis 2020")
			return;
		}
		if (!stated && FOLLOWED_BY_DE.matcher(text).region(m.end(), text.length()).lookingAt()) {
			// "au printemps de l'environnement" names an event, not a season
			return;
		}
		into.add(season(m.start(), m.end(), seasonOf(m.group("S")), y, yr, (rel != null) ? rel : d));
	}

	private void relativeMonth(Matcher m, String text, List<Candidate> into) {
		String r = m.group("R").toLowerCase(Locale.ROOT);
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			if (r.contains("-là") || r.contains("même")) {
				YearMonth previous = c.previousMonth();
				return (previous != null) ? List.of(Periods.month(previous)) : List.of();
			}
			if (r.contains("précédent") || r.contains("suivant")) {
				YearMonth previous = c.previousMonth();
				return (previous != null) ? List.of(Periods.month(previous.plusMonths(r.contains("suivant") ? 1 : -1)))
						: List.of();
			}
			int offset = (r.contains("dernier") || r.contains("passé")) ? -1 : r.contains("prochain") ? 1 : 0;
			return List.of(Periods.month(c.dctMonth().plusMonths(offset)));
		}));
	}

	/** A form of "avoir" right before a word, which makes "été" a participle. */
	private static final Pattern AVOIR_BEFORE = Pattern.compile(B0
			+ "(?:a|ai|as|avons|avez|ont|avait|avaient|avais|aurait"
			+ "|auraient|aura|auront|ayant|avoir|eût|n'a|n'ont|n'avait|l'a|l'ont|l'avait|y\\s+a)\\s+(?:(?:pas|jamais|déjà|bien|"
			+ "toujours|aussi|encore)\\s+)?$", FLAGS);

	/** A preposition of time before "le printemps", "le dernier hiver" aside. */
	private static final Pattern BEFORE_THE_SEASON = Pattern
		.compile(B0 + "(?:pour|pendant|durant|avant|après|dès|depuis|vers|jusqu'à|d'ici|tout)\\s+$", FLAGS);

	/**
	 * Words that place a date in a season they name with "de l'" or "du" ("au cours de
	 * l'été", "à la fin de l'hiver"): the season, not a kind of thing ("un modèle
	 * d'hiver").
	 */
	private static final Pattern BEFORE_OF_THE_SEASON = Pattern.compile(B0 + "(?:au\\s+cours|au\\s+long"
			+ "|dans\\s+le\\s+courant|(?:au|dès\\s+le)\\s+(?:tout\\s+)?début|(?:à\\s+la|dès\\s+la|d'ici\\s+la|avant\\s+la|vers\\s+la)\\s+fin"
			+ "|(?:au|vers\\s+le)\\s+milieu)\\s+$", FLAGS);

	/**
	 * A school term named by its season (« le semestre d'automne », « la session de
	 * printemps »): that season, not a kind of thing.
	 */
	private static final Pattern TERM_BEFORE_THE_SEASON = Pattern
		.compile(B0 + "(?:le|au|du|ce|la|dès\\s+le)\\s+(?:semestre|session)\\s+$", FLAGS);

	/** A preposition of time before "l'été", "l'hiver": "à l'automne", "depuis l'été". */
	private static final Pattern BEFORE_L_SEASON = Pattern.compile(B0
			+ "(?:à|pour|pendant|durant|avant|après|dès|depuis|vers|jusqu'à|tout|d'ici|courant|sur|entre|et|ou)\\s+$",
			FLAGS);

	/** An auxiliary right after a season that opens a sentence ("Le printemps a été"). */
	private static final Pattern VERB_AFTER_THE_SEASON = Pattern
		.compile("\\s+(?:a|avait|est|était|fut|sera|s'annonce|s'est)(?![\\p{L}])", FLAGS);

	private static final Pattern FOLLOWED_BY_DE = Pattern.compile("\\s+(?:de|du|des|d')(?![\\p{L}])", FLAGS);

	private static final Pattern HABITUAL = Pattern.compile(
			B0 + "(?:le|les|chaque|tous\\s+les|premier|dernier" + "|deuxième|second|troisième|quatrième)\\s+$", FLAGS);

	private void weekday(Matcher m, String text, List<Candidate> into) {
		Matcher habitual = HABITUAL.matcher(text).region(Math.max(0, m.start() - 12), m.start());
		if (habitual.useTransparentBounds(true).find()) {
			// "le mercredi" alone is every Wednesday; "le premier dimanche du mois" is no
			// given day
			return;
		}
		DayOfWeek day = weekdayOf(m.group("WD"));
		String det = m.group("DET");
		String rel = m.group("REL");
		Tense stated = direction(rel);
		if (det == null && startsUpperCase(m.group("WD")) && !atSentenceStart(text, m.start())
				&& followedByCapital(text, m.end())) {
			// "Vendredi Saint" is a holiday's name
			return;
		}
		// "le texte de mardi": a day's event named as known, the Tuesday the text told,
		// whatever the tense of the clause
		boolean ofANoun = det == null && rel == null && find(NOUN_OF_DAY, text, Math.max(0, m.start() - 40), m.start())
				&& !UNTIL_ANOTHER_DAY.matcher(text).region(m.end(), text.length()).lookingAt();
		into.add(Candidate.of(m.start(), m.end(), fromTheDay((c) -> {
			LocalDate date;
			if (rel != null) {
				date = (stated == Tense.PAST && namesTheWeekBefore(rel)) ? c.weekdayOfTheWeekBefore(day)
						: c.strictWeekday(day, c.direction(stated));
			}
			else if (det != null && det.equalsIgnoreCase("ce")) {
				date = c.weekday(day, Tense.PRESENT);
			}
			else {
				LocalDate named = c.namedWeekday(day, ofANoun ? Tense.PRESENT : c.tense());
				date = (named != null) ? named : c.weekday(day, c.tense());
			}
			return List.of(Periods.day(date));
		})));
	}

	/** A noun after its determiner and "de", ending where a weekday begins. */
	private static final Pattern NOUN_OF_DAY = Pattern
		.compile("(?<![\\p{L}])(?:le|la|les|l'|du|des)\\s*\\p{L}{3,}\\s+de\\s+$", FLAGS);

	/** The second day of a span of days ("de lundi à vendredi"). */
	private static final Pattern UNTIL_ANOTHER_DAY = Pattern.compile("\\s+(?:à|au|jusqu)", FLAGS);

	private static boolean followedByCapital(String text, int end) {
		return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
	}

}
