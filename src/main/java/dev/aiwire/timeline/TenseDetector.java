package dev.aiwire.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the verb forms that tell the tense of a sentence, so that a date without a year
 * can be read backwards or forwards from publication. The marker nearest to a date wins;
 * markers that announce the future ("prévoit de", "is expected to") win over a past
 * auxiliary they overlap. The forms and words of each language are its grammar's
 * {@link TenseCues}.
 */
final class TenseDetector {

	private TenseDetector() {
	}

	record Marker(int begin, int end, Tense tense, boolean strong) {

		int distanceTo(int from, int to) {
			if (this.end <= from) {
				return from - this.end;
			}
			if (this.begin >= to) {
				return this.begin - to;
			}
			return 0;
		}

	}

	static List<Marker> markers(String text, TenseCues cues) {
		List<Marker> markers = new ArrayList<>();
		for (TenseCues.MarkerPattern pattern : cues.markers()) {
			collect(text, pattern, markers);
		}
		// a future marker overlapping a past one ("est prévu", "was expected to") speaks
		// for the sentence
		markers.removeIf((m) -> m.tense() == Tense.PAST && markers.stream()
			.anyMatch((f) -> f.tense() == Tense.FUTURE && f.begin() < m.end() && m.begin() < f.end()));
		return markers;
	}

	private static void collect(String text, TenseCues.MarkerPattern pattern, List<Marker> into) {
		Matcher matcher = pattern.pattern().matcher(text);
		while (matcher.find()) {
			if (hasInnerCapital(matcher.group())) {
				// "SuperAI", "OpenAI": names, not verbs
				continue;
			}
			if (pattern.isException(matcher.group())) {
				continue;
			}
			into.add(new Marker(matcher.start(), matcher.end(), pattern.tense(), pattern.strong()));
		}
	}

	/**
	 * The tense of the clause (between commas, semicolons, colons, brackets or dashes)
	 * holding an expression, or null when no marker stands in it.
	 */
	static Tense clauseTense(String text, List<Marker> markers, int begin, int end) {
		int from = begin;
		while (from > 0 && !isClauseBoundary(text, from - 1)) {
			from--;
		}
		int to = end;
		while (to < text.length() && !isClauseBoundary(text, to)) {
			to++;
		}
		List<Marker> inClause = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.begin() >= from && marker.end() <= to) {
				inClause.add(marker);
			}
		}
		return inClause.isEmpty() ? null : tenseAt(inClause, begin, end);
	}

	static boolean isClauseBoundary(String text, int i) {
		char c = text.charAt(i);
		return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014'
				|| (c == '-' && i > 0 && text.charAt(i - 1) == ' ');
	}

	/**
	 * Whether a word mixes cases with a capital inside ("OpenAI", "SuperAI"): a name, not
	 * a verb. A word all in capitals ("FERA" in a headline) is a word like any other.
	 */
	private static boolean hasInnerCapital(String word) {
		boolean inner = false;
		boolean lower = false;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			inner |= i > 0 && Character.isUpperCase(c);
			lower |= Character.isLowerCase(c);
		}
		return inner && lower;
	}

	/**
	 * The tense of the sentence around an expression: the nearest marker, leaving out
	 * those on the other side of a subordinating word ("Le 24 février, le groupe annonce
	 * qu'il investira" is about what happened on 24 February).
	 */
	static Tense sentenceTense(String text, List<Marker> markers, int begin, int end, Pattern subordinator) {
		return tenseAt(sameClause(text, markers, begin, end, subordinator), begin, end);
	}

	/**
	 * The markers no subordinating word separates from an expression between two offsets.
	 */
	static List<Marker> sameClause(String text, List<Marker> markers, int begin, int end, Pattern subordinator) {
		List<Marker> main = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.begin() >= end && subordinator.matcher(text).region(end, marker.begin()).find()
					&& !afterEmbeddedClause(text, markers, end, marker, subordinator)) {
				continue;
			}
			if (marker.end() <= begin && subordinator.matcher(text).region(marker.end(), begin).find()) {
				continue;
			}
			main.add(marker);
		}
		return main;
	}

	/**
	 * Whether the subordinate clauses between the end of an expression and a marker after
	 * it are closed by a comma before the marker, with no verb form of the expression's
	 * clause before them: a relative clause set inside the subject ("Mardi, la start-up
	 * qu'il a cofondée, AgiBot, a publié une vidéo"), after which comes the verb of the
	 * expression's clause.
	 */
	private static boolean afterEmbeddedClause(String text, List<Marker> markers, int end, Marker marker,
			Pattern subordinator) {
		Matcher opening = subordinator.matcher(text).region(end, marker.begin());
		if (!opening.find()) {
			return false;
		}
		int first = opening.start();
		int last = opening.end();
		while (opening.find()) {
			last = opening.end();
		}
		for (Marker other : markers) {
			if (other.begin() >= end && other.begin() < first) {
				return false;
			}
		}
		return text.substring(last, marker.begin()).indexOf(',') >= 0;
	}

	/**
	 * The tense for an expression between two offsets: nearest strong marker, else
	 * nearest weak one; of two as near, the one before it, as the verb comes before its
	 * date ("went on television on Tuesday to explain why Washington would...").
	 */
	static Tense tenseAt(List<Marker> markers, int begin, int end) {
		Marker best = null;
		for (Marker marker : markers) {
			if (marker.begin() < end && begin < marker.end()) {
				continue;
			}
			int distance = marker.distanceTo(begin, end);
			if (best == null || (marker.strong() && !best.strong())
					|| (marker.strong() == best.strong()
							&& (distance < best.distanceTo(begin, end) || (distance == best.distanceTo(begin, end)
									&& marker.end() <= begin && best.begin() >= end)))) {
				best = marker;
			}
		}
		return (best != null) ? best.tense() : Tense.PRESENT;
	}

}
