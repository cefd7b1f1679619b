package dev.aiwire.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the text of one paragraph into sentences. Written for translated news: it keeps
 * French and English abbreviations ("M. Huang", "Dr.", "U.S."), initials and decimal
 * numbers whole, does not cut inside a balanced quotation, and accepts the space a
 * machine translation leaves before a full stop ("pour OpenAI . Le lendemain").
 */
final class SentenceSplitter {

	private static final Set<String> ABBREVIATIONS = new HashSet<>(List.of("m", "mm", "mme", "mmes", "mlle", "mlles",
			"dr", "pr", "me", "st", "ste", "mgr", "prof", "mr", "mrs", "ms", "jr", "sr", "etc", "cf", "p", "pp", "vol",
			"no", "n°", "av", "apr", "env", "inc", "ltd", "co", "corp", "cie", "vs", "e.g", "i.e", "ex", "fig", "art",
			"jan", "janv", "feb", "févr", "fev", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec",
			"déc", "mds", "mrd", "md", "mln", "bn", "gen", "gén", "sen", "rep", "gov", "u.s", "u.k", "j.-c", "approx"));

	private static final String OPENING_QUOTES = "«“";

	private static final String CLOSING_QUOTES = "»”";

	private static final String TRAILERS = "»”’\"')]";

	private SentenceSplitter() {
	}

	/** The sentences of a text as [start, end) offsets, trimmed, in order. */
	static List<int[]> split(String text) {
		boolean balanced = quotesBalance(text);
		List<int[]> sentences = new ArrayList<>();
		int start = skipSpace(text, 0);
		int depth = 0;
		boolean straightOpen = false;
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (balanced) {
				if (OPENING_QUOTES.indexOf(c) >= 0) {
					depth++;
				}
				else if (CLOSING_QUOTES.indexOf(c) >= 0 && depth > 0) {
					depth--;
				}
				else if (c == '"') {
					straightOpen = !straightOpen;
				}
			}
			if (isTerminator(c)) {
				int end = i + 1;
				while (end < text.length() && (isTerminator(text.charAt(end)))) {
					end++;
				}
				int afterTrailers = end;
				int closedHere = 0;
				boolean straightClosed = false;
				while (afterTrailers < text.length()) {
					char t = text.charAt(afterTrailers);
					if (TRAILERS.indexOf(t) < 0 && !(t == ' ' && afterTrailers + 1 < text.length()
							&& CLOSING_QUOTES.indexOf(text.charAt(afterTrailers + 1)) >= 0)) {
						break;
					}
					if (CLOSING_QUOTES.indexOf(t) >= 0) {
						closedHere++;
					}
					if (t == '"') {
						straightClosed = true;
					}
					afterTrailers++;
				}
				int depthAfter = Math.max(0, depth - closedHere);
				boolean straightAfter = straightOpen && !straightClosed;
				boolean insideQuote = balanced && (depthAfter > 0 || straightAfter);
				if (!insideQuote && isBoundary(text, i, end, afterTrailers)) {
					sentences.add(new int[] { start, trimEnd(text, start, afterTrailers) });
					depth = depthAfter;
					straightOpen = straightAfter;
					start = skipSpace(text, afterTrailers);
					i = start;
					continue;
				}
				i = end;
				continue;
			}
			i++;
		}
		if (start < text.length()) {
			int end = trimEnd(text, start, text.length());
			if (end > start) {
				sentences.add(new int[] { start, end });
			}
		}
		return sentences;
	}

	private static boolean isTerminator(char c) {
		return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
	}

	private static boolean isBoundary(String text, int terminator, int end, int afterTrailers) {
		char mark = text.charAt(terminator);
		boolean cjk = mark == '。' || mark == '！' || mark == '？';
		if (afterTrailers >= text.length()) {
			return true;
		}
		if (!cjk && !Character.isWhitespace(text.charAt(afterTrailers))) {
			return false;
		}
		int next = skipSpace(text, afterTrailers);
		if (next >= text.length()) {
			return true;
		}
		char following = text.charAt(next);
		boolean startsSentence = Character.isUpperCase(following) || Character.isDigit(following)
				|| OPENING_QUOTES.indexOf(following) >= 0 || following == '"' || following == '—' || following == '–'
				|| following == '(' || following == '[' || Character.isIdeographic(following);
		if (!startsSentence) {
			return false;
		}
		if (mark == '.' && end - terminator == 1 && isAbbreviation(text, terminator)) {
			return false;
		}
		return true;
	}

	private static boolean isAbbreviation(String text, int dot) {
		int wordEnd = dot;
		if (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
			return false;
		}
		int wordStart = wordEnd;
		while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& "(«“\"'".indexOf(text.charAt(wordStart - 1)) < 0) {
			wordStart--;
		}
		String word = text.substring(wordStart, wordEnd);
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		if (word.matches("(?:\\p{L}\\.)+\\p{L}") || word.matches("\\p{Lu}\\.-\\p{Lu}")) {
			return true;
		}
		return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
	}

	private static boolean quotesBalance(String text) {
		int open = 0;
		int close = 0;
		int straight = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '«' || c == '“') {
				open++;
			}
			else if (c == '»' || c == '”') {
				close++;
			}
			else if (c == '"') {
				straight++;
			}
		}
		return open == close && straight % 2 == 0;
	}

	private static int skipSpace(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int trimEnd(String text, int start, int end) {
		int e = end;
		while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return e;
	}

}
