package dev.aiwire.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporal expressions of one language: rules that find candidates in a sentence, and the
 * modifiers ("début", "fin", "early", "late") that may stand before them.
 */
abstract class Grammar {

	/** No letter or digit just before. */
	static final String B0 = "(?<![\\p{L}\\p{N}])";

	/** No letter or digit just after. */
	static final String B1 = "(?![\\p{L}\\p{N}])";

	static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A four-digit year 1900-2099 that is not part of a grouped number ("2 048", "2.008.000"). */
	static String year4(String name) {
		return "(?<![\\d]|\\d[ .,])(?<" + name + ">(?:19|20)\\d{2})(?!\\d|[.,]\\d|\\s\\d{3}(?!\\d))";
	}

	/** A four-digit year right after a token that ends in a digit ("T3 2024", "Q3 2024"). */
	static String yearAfterDigit(String name) {
		return "(?<" + name + ">(?:19|20)\\d{2})(?!\\d|[.,]\\d)";
	}

	/** The rules of the language, in the order they are tried; each language adds its own. */
	final List<Rule> rules = new java.util.ArrayList<>();

	/** Adds the candidates of a sentence (already normalised) to a list. */
	void candidates(String text, List<Candidate> into) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean digit = hasDigit(text);
		for (Rule rule : this.rules) {
			if (rule.cue().presentIn(lower, digit)) {
				rule.apply(text, into);
			}
		}
	}

	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Matches a modifier that ends where a candidate begins, with named groups S, E, Mi. */
	private final Pattern modifier;

	/** Words after which a bare year is surely a year ("en 2020", "since 2019"), ending at the year. */
	private final Pattern strongYearContext;

	/** Words after which a bare year may be a year if what follows agrees ("de 2019", "of 2024"). */
	private final Pattern weakYearContext;

	/** Lower-case words that may follow a year in running text ("en 2020 et", "in 2019 when"). */
	private final Set<String> wordsAfterYear;

	Grammar(Pattern modifier, Pattern strongYearContext, Pattern weakYearContext, Set<String> wordsAfterYear) {
		this.modifier = modifier;
		this.strongYearContext = strongYearContext;
		this.weakYearContext = weakYearContext;
		this.wordsAfterYear = wordsAfterYear;
	}

	/** A modifier right before an offset, or null. */
	final Modifier modifierBefore(String text, int begin) {
		Matcher matcher = this.modifier.matcher(text);
		matcher.region(Math.max(0, begin - 40), begin);
		matcher.useTransparentBounds(true);
		if (!matcher.find()) {
			return null;
		}
		String mod = (matcher.group("S") != null) ? "START" : (matcher.group("E") != null) ? "END" : "MID";
		return new Modifier(matcher.start(), mod);
	}

	record Modifier(int begin, String mod) {

	}

	/**
	 * What every match of a rule contains, checked in one pass over the sentence before the pattern
	 * runs: most sentences name no date, and a pattern tried at every offset costs far more than
	 * looking for a few words.
	 *
	 * @param words lower-case strings one of which any match contains, or none
	 * @param digit whether any match contains a digit
	 */
	record Cue(List<String> words, boolean digit) {

		boolean presentIn(String lowerCaseText, boolean textHasDigit) {
			if (this.digit) {
				return textHasDigit;
			}
			for (String word : this.words) {
				if (lowerCaseText.contains(word)) {
					return true;
				}
			}
			return false;
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

	/** A rule: what its matches contain, a pattern and what to do with each match. */
	record Rule(Cue cue, Pattern pattern, Action action) {

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

	static Rule rule(Cue cue, String regex, Action action) {
		return new Rule(cue, Pattern.compile(regex, FLAGS), action);
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

	static int parseDay(String day) {
		String d = day.toLowerCase();
		if (d.startsWith("1er") || d.startsWith("1re") || d.startsWith("premier") || d.equals("first")) {
			return 1;
		}
		return Integer.parseInt(d.replaceAll("\\D", ""));
	}


	private static final Pattern RANGE_AFTER = Pattern.compile("\\s*[-/–]\\s*(?:19|20)?\\d{2}(?!\\d)");

	private static final Pattern RANGE_BEFORE = Pattern.compile("(?:19|20)\\d{2}\\s*[-/–]\\s*$");

	private static final Pattern UNIT_AFTER = Pattern.compile(
			"\\s*(?:%|‰|[$€¥£]|(?:ans?|années?|mois|jours?|semaines?|heures?|minutes?|secondes?|fois|years?|months?|days?"
					+ "|weeks?|hours?|times|yuans?|dollars?|euros?|rmb|usd|tokens?|gpus?|puces|chips)(?![\\p{L}]))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NEXT_WORD = Pattern.compile("\\s*([\\p{L}'’-]+|\\S)?");

	/**
	 * Whether a four-digit number at an offset reads as a year: after a word that introduces a
	 * year, in a range, or after a weak introducer when the next word is not a noun it counts.
	 */
	final boolean isYearInContext(String text, int begin, int end) {
		if (begin >= 2 && text.charAt(begin - 1) == '-' && Character.isLetter(text.charAt(begin - 2))) {
			// "GPT-2024" is a name, "mi-2024" and "mid-2024" are dates: the modifier rule keeps those
			return false;
		}
		Matcher unit = UNIT_AFTER.matcher(text).region(end, text.length());
		if (unit.lookingAt()) {
			return false;
		}
		int from = Math.max(0, begin - 30);
		if (RANGE_AFTER.matcher(text).region(end, text.length()).lookingAt()
				|| find(RANGE_BEFORE, text, from, begin) || find(this.strongYearContext, text, from, begin)) {
			return true;
		}
		boolean weak = find(this.weakYearContext, text, from, begin) || atSentenceStart(text, begin);
		if (!weak) {
			return false;
		}
		Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
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
		return this.wordsAfterYear.contains(word.toLowerCase());
	}

	private static boolean find(Pattern pattern, String text, int from, int to) {
		Matcher matcher = pattern.matcher(text).region(from, to);
		matcher.useTransparentBounds(true);
		return matcher.find();
	}

}
