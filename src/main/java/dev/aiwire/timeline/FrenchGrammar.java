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

/** Dates as French news writes them: "le 14 mars 2024", "début mai", "l'an dernier", "mardi". */
final class FrenchGrammar extends Grammar {

	private static final String MONTH_NAMES = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
			+ "|novembre|d[ée]cembre";

	private static final String MONTH_ABBREVIATIONS = "|janv\\.|f[ée]vr?\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.";

	private static final String WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

	private static final Cue MONTH_CUE = anyOf("janv", "fév", "fev", "mars", "avril", "mai", "juin", "juil", "août",
			"aout", "sept", "oct", "nov", "déc", "dec");

	private static final Cue WEEKDAY_CUE = anyOf("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
			"dimanche");

	private static final String YEAR_PHRASE = yearPhrase("YR");

	private static String yearPhrase(String name) {
		return "(?<" + name + ">cette\\s+année(?:-là)?|cette\\s+même\\s+année"
			+ "|l'année\\s+(?:dernière|derniere|passée|prochaine|précédente|suivante|en\\s+cours|d'avant|d'après)"
			+ "|l'an\\s+(?:dernier|passé|prochain)|la\\s+même\\s+année)";
	}

	private static final String DIRECTION = "(?<REL>derniers?|dernières?|prochains?|prochaines?|passée?s?)";

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("premier", 1), Map.entry("1er", 1),
			Map.entry("deuxième", 2), Map.entry("second", 2), Map.entry("2e", 2), Map.entry("2ème", 2),
			Map.entry("troisième", 3), Map.entry("3e", 3), Map.entry("3ème", 3), Map.entry("quatrième", 4),
			Map.entry("4e", 4), Map.entry("4ème", 4), Map.entry("dernier", 4));

	private static final Pattern MODIFIER = Pattern.compile(B0 + "(?:"
			+ "(?<S>(?:(?:au|le|du|dès\\s+le|depuis\\s+le|dès|depuis|en)\\s+)?(?:tout\\s+)?début\\s*"
			+ "(?:de\\s+l'|de\\s+la\\s+|du\\s+mois\\s+d(?:e\\s+|')|du\\s+|de\\s+|d')?)"
			+ "|(?<E>(?:(?:à\\s+la|la|dès\\s+la|depuis\\s+la|de\\s+la|d'ici\\s+la|d'ici|jusqu'à\\s+la|vers\\s+la|avant\\s+la"
			+ "|en|à|cette)\\s+)?fin\\s*(?:de\\s+l'|de\\s+la\\s+|du\\s+mois\\s+d(?:e\\s+|')|du\\s+|de\\s+|d')?)"
			+ "|(?<Mi>(?:(?:à\\s+la|la|vers\\s+la|dès\\s+la|depuis\\s+la|de\\s+la|jusqu'à\\s+la|en)\\s+)?mi\\s*-\\s*"
			+ "|(?:(?:au|le|du|vers\\s+le|dès\\s+le)\\s+)?milieu\\s*(?:de\\s+l'|de\\s+la\\s+|du\\s+mois\\s+d(?:e\\s+|')"
			+ "|du\\s+|de\\s+|d')?)" + ")(?:l'année\\s+|année\\s+)?$", FLAGS);

	private static final Pattern STRONG_YEAR = Pattern.compile(B0 + "(?:en|dès|depuis|d'ici|jusqu'en|avant|après"
			+ "|courant|vers|entre|l'an|an|année|saison|exercice|budget|millésime|édition|promotion|printemps|été"
			+ "|automne|hiver|trimestre|semestre|à\\s+partir\\s+de|au\\s+cours\\s+de|durant|jusqu'à|jusqu'au"
			+ "|depuis\\s+l'année|de\\s+l'année|fiscal|fiscale|budget|championnat\\s+du\\s+monde|championnat|coupe\\s+du\\s+monde"
			+ "|mondial|salon|festival|jeux\\s+olympiques|élections?|législatives|présidentielle|municipales|recensement"
			+ "|rentrée|bilan|rapport\\s+annuel|cuvée|classement|calendrier|campagne|supplémentaire|primitif)\\s*$", FLAGS);

	private static final Pattern WEAK_YEAR = Pattern.compile("(?:" + B0
			+ "(?:de|du|d'|à|au|et|ou|pour|sur|l'|la|le|les|fin|début)|[,(:;])\\s*$", FLAGS);

	private static final Set<String> WORDS_AFTER_YEAR = Set.of("à", "a", "au", "aux", "en", "et", "ou", "dans", "sur", "par", "pour", "avec", "lors", "puis", "alors", "contre", "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "qui", "que", "qu'", "où", "avait", "était", "est", "sera", "fut", "sont", "ont", "déjà", "seulement", "encore", "selon", "chez", "se", "s'", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "mais", "donc", "quand", "lorsque", "après", "avant", "depuis", "jusqu'à", "vers", "soit", "c'est", "n'", "ne", "y", "plus", "même", "aussi", "ensuite", "enfin", "notamment", "environ", "comme");

	FrenchGrammar() {
		super(MODIFIER, STRONG_YEAR, WEAK_YEAR, WORDS_AFTER_YEAR);
		String month = "(?<M>" + MONTH_NAMES + MONTH_ABBREVIATIONS + ")";
		String day = "(?<D>1er|1re|premier|[0-3]?\\d)(?!\\d)";
		String firstDay = "(?<D1>1er|1re|premier|[0-3]?\\d)(?!\\d)";
		String yearAfterMonth = "(?:\\s*,?\\s*(?:de\\s+l'année\\s+|de\\s+)?" + year4("Y") + "|\\s+'?(?<YY>\\d{2})"
				+ "(?=\\s*(?:[,.;:)!?»\"]|$)|\\s+(?:à|au|en|et|lors|dans|par|pour)" + B1 + ")" + "|\\s+(?:de\\s+)?"
				+ YEAR_PHRASE + ")?";
		// le mardi 14 mars 2024, 1er mai, les 6 et 13 avril prochains
		this.rules.add(rule(MONTH_CUE, B0 + "(?:" + yearPhrase("YR0") + "\\s*,?\\s+(?:le\\s+)?)?(?:(?<WD>" + WEEKDAYS + ")\\s+)?(?:" + firstDay + "\\s*(?:et|au|à|-|,|ou)\\s*(?:le\\s+)?)?"
				+ day + "\\s+(?:de\\s+)?" + month + yearAfterMonth + "(?:\\s+" + DIRECTION + ")?" + B1, this::dayOfMonth));
		// mars 2024, au mois de mai, septembre de l'année dernière, mai et juin derniers
		this.rules.add(rule(MONTH_CUE, B0 + "(?:(?:au\\s+)?mois\\s+d(?:e\\s+|'))?(?<M>" + MONTH_NAMES + ")(?:\\s*(?:-|et|ou|à|au)\\s*"
				+ "(?:(?:au\\s+)?mois\\s+d(?:e\\s+|'))?(?<M2>" + MONTH_NAMES + "))?" + yearAfterMonth + "(?:\\s+" + DIRECTION
				+ ")?" + B1, this::month));
		// en 2020, depuis 2019, 1982-1990
		this.rules.add(rule(YEAR, year4("Y"), this::year));
		// 14/03/2024, 2024-03-14
		this.rules.add(rule(YEAR, B0 + "(?<D>[0-3]?\\d)[/.](?<Mo>[01]?\\d)[/.]" + year4("Y") + B1, (m, text, into) -> {
			LocalDate date = Resolution.dateOrNull(Integer.parseInt(m.group("Y")), Integer.parseInt(m.group("Mo")),
					Integer.parseInt(m.group("D")));
			if (date != null) {
				into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(Periods.day(date))));
			}
		}));
		this.rules.add(rule(YEAR, B0 + "(?<Y>(?:19|20)\\d{2})-(?<Mo>[01]\\d)-(?<D>[0-3]\\d)" + B1, EnglishGrammar::isoDate));
		// au troisième trimestre 2024, T3 2024, le premier trimestre de cette année
		this.rules.add(rule(anyOf("trimestre"), B0 + "(?<Q>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème|dernier)"
				+ "\\s+trimestre(?:\\s+(?:de\\s+l'année\\s+|de\\s+l'exercice\\s+|de\\s+|d')?" + year4("Y")
				+ "|\\s+(?:de\\s+)?" + YEAR_PHRASE + ")?" + B1, this::quarter));
		this.rules.add(rule(DIGIT, B0 + "[TQ](?<Q>[1-4])\\s*(?:de\\s+)?(?:" + yearAfterDigit("Y") + "|'?(?<YY>\\d{2})(?!\\d))" + B1,
				this::quarter));
		this.rules.add(rule(anyOf("trimestre"), B0 + "(?:ce|le)\\s+trimestre(?:\\s+(?<REL>dernier|prochain|précédent|suivant|en\\s+cours))?"
				+ B1, (m, text, into) -> {
					String rel = m.group("REL");
					if (rel != null || m.group().toLowerCase(Locale.ROOT).startsWith("ce")) {
						int offset = (rel == null || rel.startsWith("en")) ? 0
								: (rel.startsWith("dernier") || rel.startsWith("pr\u00e9c")) ? -1 : 1;
						into.add(Candidate.of(m.start(), m.end(), (c) -> List.of(quarterAround(c.dct, offset))));
					}
				}));
		// au printemps 2023, l'été dernier, à l'automne
		this.rules.add(rule(anyOf("printemps", "été", "automne", "hiver"), B0 + "(?:(?<DET>ce|cet|cette|l'|le|en|au|du|de\\s+l'|d')\\s*)?(?<S>printemps|été|automne|hiver)"
				+ "(?:\\s+(?:de\\s+l'année\\s+|de\\s+|d')?" + year4("Y") + "|\\s+(?:de\\s+)?" + YEAR_PHRASE + "|\\s+"
				+ DIRECTION + ")?" + B1, this::season));
		// hier, aujourd'hui, demain
		this.rules.add(rule(anyOf("hier", "demain"), B0 + "(?<R>avant-hier|après-demain|hier|demain)" + B1, (m, text, into) -> {
			String word = m.group("R").toLowerCase(Locale.ROOT);
			int offset = switch (word) {
				case "avant-hier" -> -2;
				case "hier" -> -1;
				case "demain" -> 1;
				default -> 2;
			};
			into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> List.of(Periods.day(c.dct.plusDays(offset)))));
		}));
		this.rules.add(rule(anyOf("jour"), B0 + "(?:aujourd'hui(?:\\s+même)?|ce\\s+jour)" + B1,
				(m, text, into) -> into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> List.of(Periods.day(c.dct))))));
		// cette année, l'an dernier, la même année
		this.rules.add(rule(anyOf("année", "l'an"), B0 + YEAR_PHRASE + B1, (m, text, into) -> {
			String phrase = m.group("YR");
			into.add(Candidate.of(m.start(), m.end(), (c) -> {
				Integer year = c.yearOf(phrase);
				return (year != null) ? List.of(Periods.year(year)) : List.of();
			}));
		}));
		this.rules.add(rule(anyOf("plus"), B0 + "(?:un|deux|trois)\\s+ans?\\s+plus\\s+(?<W>tard|tôt)" + B1, (m, text, into) -> {
			int n = m.group().toLowerCase(Locale.ROOT).startsWith("un") ? 1 : m.group().toLowerCase(Locale.ROOT).startsWith("deux") ? 2 : 3;
			int sign = m.group("W").equalsIgnoreCase("tard") ? 1 : -1;
			into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> (c.previousYear() != null)
					? List.of(Periods.year(c.previousYear() + sign * n)) : List.of()));
		}));
		// ce mois-ci, le mois dernier, ce mois-là
		this.rules.add(rule(anyOf("mois"), B0 + "(?<R>ce\\s+mois(?:-ci|-là)?|ce\\s+même\\s+mois|le\\s+même\\s+mois|le\\s+mois\\s+même"
				+ "|(?:le|du)\\s+mois\\s+(?:dernier|passé|prochain|précédent|suivant|en\\s+cours))" + B1, this::relativeMonth));
		// le lendemain, la veille, le même jour
		this.rules.add(rule(anyOf("lendemain", "veille"), B0 + "(?:au|du)\\s+lendemain\\s+d(?:e|u|es|')|(?:à\\s+)?la\\s+veille\\s+d(?:e|u|es|')",
				(m, text, into) -> into.add(Candidate.blocker(m.start(), m.end()))));
		this.rules.add(rule(anyOf("lendemain", "veille", "jour"), B0 + "(?<R>le\\s+lendemain|la\\s+veille|le\\s+même\\s+jour|ce\\s+même\\s+jour|ce\\s+jour-là"
				+ "|le\\s+jour\\s+même)" + B1, (m, text, into) -> {
					String r = m.group("R").toLowerCase(Locale.ROOT);
					int offset = r.contains("lendemain") ? 1 : r.contains("veille") ? -1 : 0;
					into.add(Candidate.withoutModifier(m.start(), m.end(), (c) -> (c.previousDay() != null)
							? List.of(Periods.day(c.previousDay().plusDays(offset))) : List.of()));
				}));
		// fin de l'année, début du mois: dates only with their modifier
		this.rules.add(rule(anyOf("année", "l'an", "mois", "exercice"), B0 + "(?<C>l'année|l'an|année|mois|l'exercice)" + B1, (m, text, into) -> {
			boolean isMonth = m.group("C").equalsIgnoreCase("mois");
			into.add(Candidate.onlyWithModifier(m.start(), m.end(), (c) -> List
				.of(isMonth ? Periods.month(c.dctMonth()) : Periods.year(c.dct.getYear()))));
		}));
		// mardi, vendredi dernier, lundi prochain, ce dimanche
		this.rules.add(rule(WEEKDAY_CUE, B0 + "(?:(?<DET>ce|dès|depuis)\\s+)?(?<WD>" + WEEKDAYS + ")(?!s)(?:\\s+"
				+ "(?<REL>dernier|prochain|passé|précédent))?" + B1, this::weekday));
		// decades are no single date: les années 2010, les années 90
		this.rules.add(rule(anyOf("années"), B0 + "(?:(?:les|des|aux|dans\\s+les|depuis\\s+les|fin\\s+des|début\\s+des)\\s+)?années\\s+"
				+ "(?:19|20)?\\d0(?!\\d)", (m, text, into) -> into.add(Candidate.blocker(m.start(), m.end()))));
	}

	static int monthNumber(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.startsWith("janv")) {
			return 1;
		}
		if (n.startsWith("f")) {
			return 2;
		}
		if (n.startsWith("mar")) {
			return 3;
		}
		if (n.startsWith("av")) {
			return 4;
		}
		if (n.startsWith("mai")) {
			return 5;
		}
		if (n.startsWith("juin")) {
			return 6;
		}
		if (n.startsWith("juil")) {
			return 7;
		}
		if (n.startsWith("ao")) {
			return 8;
		}
		if (n.startsWith("sep")) {
			return 9;
		}
		if (n.startsWith("oct")) {
			return 10;
		}
		if (n.startsWith("nov")) {
			return 11;
		}
		return 12;
	}

	/** The year a month phrase states, or null: "2024", "98", "de l'année dernière". */
	private static Integer statedYear(Matcher m, Resolution c) {
		if (m.group("Y") != null) {
			return Integer.valueOf(m.group("Y"));
		}
		if (m.group("YY") != null) {
			return c.expandYear(Integer.parseInt(m.group("YY")));
		}
		if (m.group("YR") != null) {
			return c.yearOf(m.group("YR"));
		}
		return null;
	}

	private void dayOfMonth(Matcher m, String text, List<Candidate> into) {
		int month = monthNumber(m.group("M"));
		int day = parseDay(m.group("D"));
		Integer firstDay = (m.group("D1") != null) ? parseDay(m.group("D1")) : null;
		String rel = m.group("REL");
		DayOfWeek weekday = (m.group("WD") != null) ? weekdayOf(m.group("WD")) : null;
		String y = m.group("Y");
		String yy = m.group("YY");
		String yr = (m.group("YR") != null) ? m.group("YR") : m.group("YR0");
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y) : (yy != null) ? c.expandYear(Integer.parseInt(yy))
					: (yr != null) ? c.yearOf(yr) : null;
			List<String> values = new ArrayList<>();
			for (Integer d : (firstDay != null) ? List.of(firstDay, day) : List.of(day)) {
				LocalDate date = (year != null) ? Resolution.dateOrNull(year, month, d)
						: (weekday != null && rel == null) ? c.dayOfMonthOn(month, d, weekday)
								: c.dayOfMonth(month, d, c.direction(rel));
				if (date == null && year == null) {
					date = c.dayOfMonth(month, d, c.direction(rel));
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
				|| m.group("REL") != null;
		if (!yearOrDirection && startsUpperCase(name) && !atSentenceStart(text, m.start())) {
			// "Mars" in the middle of a French sentence is the planet or a name, not the month
			return;
		}
		int month = monthNumber(name);
		Integer second = (m.group("M2") != null) ? monthNumber(m.group("M2")) : null;
		String rel = m.group("REL");
		String y = m.group("Y");
		String yy = m.group("YY");
		String yr = m.group("YR");
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y) : (yy != null) ? c.expandYear(Integer.parseInt(yy))
					: (yr != null) ? c.yearOf(yr) : null;
			int resolved = (year != null) ? year : c.yearOfMonth((second != null) ? second : month, c.direction(rel));
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
		int quarter = Character.isDigit(q.charAt(0)) && q.length() == 1 ? q.charAt(0) - '0'
				: ORDINALS.get(q.toLowerCase(Locale.ROOT));
		String y = m.group("Y");
		String yy = groupOrNull(m, "YY");
		String yr = groupOrNull(m, "YR");
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			Integer year = (y != null) ? Integer.valueOf(y) : (yy != null) ? c.expandYear(Integer.parseInt(yy))
					: (yr != null) ? c.yearOf(yr) : null;
			return List.of(Periods.quarter((year != null) ? year : c.yearOfQuarter(quarter, c.tense()), quarter));
		}));
	}

	static String groupOrNull(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String quarterAround(LocalDate dct, int offset) {
		YearMonth month = YearMonth.from(dct).plusMonths(3L * offset);
		return Periods.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
	}

	private void season(Matcher m, String text, List<Candidate> into) {
		String det = m.group("DET");
		String name = m.group("S").toLowerCase(Locale.ROOT);
		String y = m.group("Y");
		String yr = m.group("YR");
		String rel = m.group("REL");
		boolean stated = y != null || yr != null || rel != null;
		String d = (det != null) ? det.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : null;
		if (!stated && (d == null || d.equals("d'") || d.equals("de l'") || d.equals("du") || d.equals("le"))) {
			// "a été", "d'hiver", "le printemps des start-up": no date
			return;
		}
		if (!stated && FOLLOWED_BY_DE.matcher(text).region(m.end(), text.length()).lookingAt()) {
			// "au printemps de l'environnement" names an event, not a season
			return;
		}
		Season season = switch (name) {
			case "printemps" -> Season.SPRING;
			case "automne" -> Season.FALL;
			case "hiver" -> Season.WINTER;
			default -> Season.SUMMER;
		};
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			int year;
			if (y != null) {
				year = Integer.parseInt(y);
			}
			else if (yr != null) {
				Integer stated2 = c.yearOf(yr);
				if (stated2 == null) {
					return List.of();
				}
				year = stated2;
			}
			else if (rel != null && c.direction(rel) == Tense.PAST) {
				year = c.yearOfLastSeason(season);
			}
			else if (d != null && d.startsWith("ce")) {
				year = c.yearOfSeason(season, Tense.PRESENT);
			}
			else {
				year = c.yearOfSeason(season, c.direction(rel));
			}
			return List.of(Periods.season(year, season));
		}));
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

	private static final Pattern FOLLOWED_BY_DE = Pattern.compile("\\s+(?:de|du|des|d')(?![\\p{L}])", FLAGS);

	private static final Pattern HABITUAL = Pattern.compile(B0 + "(?:le|les|chaque|tous\\s+les|premier|dernier"
			+ "|deuxième|second|troisième|quatrième)\\s+$", FLAGS);

	static DayOfWeek weekdayOf(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "lundi" -> DayOfWeek.MONDAY;
			case "mardi" -> DayOfWeek.TUESDAY;
			case "mercredi" -> DayOfWeek.WEDNESDAY;
			case "jeudi" -> DayOfWeek.THURSDAY;
			case "vendredi" -> DayOfWeek.FRIDAY;
			case "samedi" -> DayOfWeek.SATURDAY;
			default -> DayOfWeek.SUNDAY;
		};
	}

	private void weekday(Matcher m, String text, List<Candidate> into) {
		Matcher habitual = HABITUAL.matcher(text).region(Math.max(0, m.start() - 12), m.start());
		if (habitual.useTransparentBounds(true).find()) {
			// "le mercredi" alone is every Wednesday; "le premier dimanche du mois" is no given day
			return;
		}
		DayOfWeek day = weekdayOf(m.group("WD"));
		String det = m.group("DET");
		String rel = m.group("REL");
		if (det == null && startsUpperCase(m.group("WD")) && !atSentenceStart(text, m.start())
				&& followedByCapital(text, m.end())) {
			// "Vendredi Saint" is a holiday's name
			return;
		}
		into.add(Candidate.of(m.start(), m.end(), (c) -> {
			LocalDate date;
			if (rel != null) {
				date = c.strictWeekday(day, c.direction(rel));
			}
			else if (det != null && det.equalsIgnoreCase("ce")) {
				date = c.weekday(day, Tense.PRESENT);
			}
			else {
				date = c.weekday(day, c.tense());
			}
			return List.of(Periods.day(date));
		}));
	}

	private static boolean followedByCapital(String text, int end) {
		return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
	}

}
