package dev.aiwire.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.Language;
import dev.aiwire.language.WordList;

/**
 * What tells the tense of a sentence in one language: the verb forms of each tense (as
 * patterns a grammar builds from its word lists), the words that govern a date whatever
 * the verb ("depuis", "d'ici", "since") and the words that open a subordinate clause.
 *
 * @param markers the verb forms, each with its tense, strength and exceptions
 * @param governing words right before a date that decide its direction, ending at the
 * date
 * @param governingStart the same words at the start of an expression ("depuis mardi")
 * @param until words after which a date is the end of what lasts ("until", "jusqu'en"),
 * ending at the date
 * @param ahead words that set what a sentence in the present tells after them in the
 * future ("Le prochain rendez-vous se tient en juillet")
 * @param from words after which a date is the start of what lasts ("from", "à partir
 * de"), ending at the date
 * @param subordinator a word that opens a subordinate clause
 * @param relative a word that opens a subordinate clause, or one that opens a clause only
 * where it follows a noun ("the work that apps do today"); which clause holds "today"
 * asks for these, the tense of a sentence only for the first
 * @param todayClause what opens a clause for the reading of "today": the words of
 * {@code relative} and those that open a comparison ("than the phones offer today"),
 * which the tense of a date does not take, as a comparison may hold no verb of its own
 * ("sold more than any rival in the first quarter")
 * @param participle a past participle right before a date, which makes it a past ("promis
 * en février", "announced in March"), or null
 * @param pluperfect the auxiliary of a pluperfect, at the start of a past verb form
 * @param pluperfectBefore the same auxiliary, and a word or none, right before a past
 * participle ("had warned", "had already said")
 * @param coordinator a word that joins a second verb to the first ("and", "et"): a date
 * before it belongs to the verb before it ("showed the model on Monday and will publish
 * it in August")
 */
record TenseCues(List<MarkerPattern> markers, List<Governing> governing, List<Governing> governingStart, Pattern until,
		Pattern ahead, Pattern from, Pattern subordinator, Pattern relative, Pattern todayClause, Participle participle,
		Pattern pluperfect, Pattern pluperfectBefore, Pattern coordinator) {

	/**
	 * Whether a past verb form that starts at an offset is a pluperfect ("l'avait
	 * reconnu", "had said"), by the auxiliaries of {@code tense-past} marked
	 * {@code aspect=pluperfect}.
	 */
	boolean pluperfectAt(String text, int offset) {
		return this.pluperfect.matcher(text).region(offset, text.length()).lookingAt()
				|| Grammar.find(this.pluperfectBefore, text, Math.max(0, offset - 30), offset);
	}

	/**
	 * Verb forms of one tense.
	 *
	 * @param pattern the forms
	 * @param tense the tense they mark
	 * @param strong whether they win over weak markers whatever the distance
	 * @param exceptions folded words the pattern matches that are not such forms
	 * @param exceptionSuffixes lower-case endings of words that are never such forms
	 * ("ité" of "société"), compared with their accents
	 */
	record MarkerPattern(Pattern pattern, Tense tense, boolean strong, Set<String> exceptions,
			List<String> exceptionSuffixes) {

		boolean isException(String word) {
			String key = Grammar.key(word);
			if (this.exceptions.contains(key)) {
				return true;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			for (String suffix : this.exceptionSuffixes) {
				if (lower.endsWith(suffix)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * A past participle that governs the date right after it.
	 *
	 * @param pattern the participle (group P) and the preposition after it, ending at the
	 * date
	 * @param exceptions folded words the pattern takes that are no past participles
	 * ("prévu", "expected", "marché")
	 * @param auxiliaryBefore an auxiliary ending right before the participle
	 * @param opening a past participle (group P) at the start of a clause, after the
	 * spaces that follow its comma
	 */
	record Participle(Pattern pattern, Set<String> exceptions, Pattern auxiliaryBefore, Pattern opening) {

		/**
		 * Where the participle before an offset begins, or -1 when none governs it; a
		 * participle after an auxiliary ("est fixé à", "was held on") is a verb whose
		 * tense the sentence tells.
		 */
		int before(String text, int begin) {
			Matcher matcher = this.pattern.matcher(text).region(Math.max(0, begin - 40), begin);
			matcher.useTransparentBounds(true);
			if (!matcher.find() || this.exceptions.contains(Grammar.key(matcher.group("P")))) {
				return -1;
			}
			int participle = matcher.start("P");
			return Grammar.find(this.auxiliaryBefore, text, Math.max(0, participle - 30), participle) ? -1 : participle;
		}

		/**
		 * Where the past participle that opens the clause holding an offset begins, or
		 * -1: a clause set off by a comma and opened by a participle ("The robot, shown
		 * in a video on Friday, will ship") tells of the past, whatever the main verb.
		 */
		int opening(String text, int begin) {
			int from = begin;
			while (from > 0 && !TenseDetector.isClauseBoundary(text, from - 1)) {
				from--;
			}
			if (from == 0 || text.charAt(from - 1) != ',') {
				return -1;
			}
			Matcher matcher = this.opening.matcher(text).region(from, begin);
			if (!matcher.lookingAt() || this.exceptions.contains(Grammar.key(matcher.group("P")))) {
				return -1;
			}
			return matcher.start("P");
		}

	}

	/** Words that give a date a direction. */
	record Governing(Pattern pattern, Tense tense) {

	}

	/** The direction a governing word gives the date at an offset, or null. */
	Tense directedBy(String text, int begin) {
		for (Governing start : this.governingStart) {
			if (start.pattern().matcher(text).region(begin, text.length()).lookingAt()) {
				return start.tense();
			}
		}
		int from = Math.max(0, begin - 16);
		for (Governing before : this.governing) {
			Matcher matcher = before.pattern().matcher(text).region(from, begin).useTransparentBounds(true);
			if (matcher.find()) {
				return before.tense();
			}
		}
		return null;
	}

	/**
	 * Whether a date is the end of what lasts up to it ("runs until March"): read in the
	 * present, it lies ahead.
	 */
	boolean endsADuration(String text, int begin) {
		return Grammar.find(this.until, text, Math.max(0, begin - 16), begin);
	}

	/**
	 * Where the word that makes a date the start of what lasts from it begins ("go on
	 * sale from the second quarter"), or -1.
	 */
	int durationStart(String text, int begin) {
		Matcher matcher = this.from.matcher(text).region(Math.max(0, begin - 16), begin);
		matcher.useTransparentBounds(true);
		return matcher.find() ? matcher.start() : -1;
	}

	/**
	 * Whether a word before an offset sets a sentence in the present in the future ("The
	 * next dates to watch are ... due in November").
	 */
	boolean looksAhead(String text, int begin) {
		return this.ahead.matcher(text).region(0, begin).find();
	}

	/**
	 * The governing words and subordinators of a language, from its
	 * {@code governing-words} and {@code subordinators} lists, with the verb forms a
	 * grammar gives.
	 */
	static TenseCues of(Language language, List<MarkerPattern> markers) {
		return of(language, markers, null);
	}

	/** As {@link #of(Language, List)}, with the past participles that govern a date. */
	static TenseCues of(Language language, List<MarkerPattern> markers, Participle participle) {
		WordList words = language.words("governing-words");
		String determiners = elided(words.with("kind", "determiner"));
		List<Governing> governing = new ArrayList<>();
		List<Governing> governingStart = new ArrayList<>();
		for (Tense tense : Tense.values()) {
			List<WordList.Entry> entries = words.with("tense", tense.name().toLowerCase(Locale.ROOT));
			if (entries.isEmpty()) {
				continue;
			}
			String alternation = Grammar.alternation(entries);
			governing.add(new Governing(
					Pattern.compile("(?<![\\p{L}])" + alternation + "\\s+" + determiners + "?$", Grammar.FLAGS),
					tense));
			governingStart.add(new Governing(Pattern.compile(alternation + "\\s", Grammar.FLAGS), tense));
		}
		Pattern until = Pattern.compile("(?<![\\p{L}])" + elided(words.with("kind", "until")) + determiners + "?$",
				Grammar.FLAGS);
		WordList subordinators = language.words("subordinators");
		List<WordList.Entry> always = subordinators.entries()
			.stream()
			.filter((entry) -> entry.attribute("kind") == null)
			.toList();
		List<WordList.Entry> coordinators = subordinators.with("kind", "coordinator");
		Pattern coordinator = Pattern.compile("(?<![\\p{L}])" + elided(coordinators), Grammar.FLAGS);
		Pattern subordinator = Pattern.compile("(?<![\\p{L}])" + elided(always), Grammar.FLAGS);
		List<WordList.Entry> clauseOpeners = subordinators.entries()
			.stream()
			.filter((entry) -> !"comparison".equals(entry.attribute("kind"))
					&& !"coordinator".equals(entry.attribute("kind")))
			.toList();
		Pattern relative = Pattern.compile("(?<![\\p{L}])" + elided(clauseOpeners), Grammar.FLAGS);
		Pattern todayClause = Pattern.compile("(?<![\\p{L}])" + elided(subordinators.entries()
			.stream()
			.filter((entry) -> !"coordinator".equals(entry.attribute("kind")))
			.toList()), Grammar.FLAGS);
		Pattern from = Pattern.compile("(?<![\\p{L}])" + elided(words.with("kind", "from")) + determiners + "?$",
				Grammar.FLAGS);
		Pattern ahead = Pattern.compile(
				"(?<![\\p{L}])" + Grammar.alternation(words.with("kind", "ahead")) + "(?![\\p{L}])", Grammar.FLAGS);
		List<WordList.Entry> pluperfect = language.words("tense-past").with("aspect", "pluperfect");
		Pattern pluperfectPattern = Pattern.compile(
				pluperfect.isEmpty() ? Grammar.NEVER : Grammar.alternation(pluperfect) + "(?![\\p{L}])", Grammar.FLAGS);
		Pattern pluperfectBefore = Pattern.compile(pluperfect.isEmpty() ? Grammar.NEVER
				: "(?<![\\p{L}])" + Grammar.alternation(pluperfect) + "\\s+(?:\\p{L}+\\s+)?$", Grammar.FLAGS);
		return new TenseCues(List.copyOf(markers), governing, governingStart, until, ahead, from, subordinator,
				relative, todayClause, participle, pluperfectPattern, pluperfectBefore, coordinator);
	}

	/**
	 * Words as an alternation each followed by the end of the word: a space or more after
	 * a whole word, nothing after an elided one ("qu'", "l'").
	 */
	static String elided(List<WordList.Entry> entries) {
		if (entries.isEmpty()) {
			return Grammar.NEVER;
		}
		List<String> alternatives = new ArrayList<>();
		for (WordList.Entry entry : entries) {
			String text = entry.text();
			alternatives.add(text.endsWith("'") ? Grammar.phrase(text) : Grammar.phrase(text) + "(?![\\p{L}])\\s*");
		}
		alternatives.sort((a, b) -> b.length() - a.length());
		return "(?:" + String.join("|", alternatives) + ")";
	}

}
