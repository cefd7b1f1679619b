package dev.aiwire.quote.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.Words;

/**
 * Splits a block's text into words, quotation marks and punctuation. French elisions are
 * their own words ("d'après" is "d'" and "après"), an inverted subject pronoun is split
 * from its verb ("a-t-il" is "a" and an inverted "il"), and an English possessive "'s" is
 * split from its name.
 */
public final class Tokenizer {

	private static final String ELISIONS[] = { "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'", "qu'", "l'", "d'",
			"j'", "n'", "s'", "c'", "m'", "t'" };

	private static final Pattern INVERSION = Pattern.compile("(.+?)-(?:t-)?(il|elle|ils|elles|on)");

	private static final String MARKS = "\u00ab\u00bb\u201c\u201d\u201e\u201f\"\u2039\u203a\u2018\u201a\u300c\u300d\u300e\u300f\uff02";

	/**
	 * Abbreviations whose dot belongs to the word ("M. Huang", "Dr. Li"), in any
	 * language.
	 */
	private static final Set<String> TITLES_WITH_DOT = Set.of("M", "Mme", "Mlle", "Dr", "Mr", "Mrs", "Ms", "Prof", "Pr",
			"St", "Jr", "Me");

	private Tokenizer() {
	}

	public static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				i++;
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				int j = i + 1;
				while (j < n) {
					char d = text.charAt(j);
					boolean joiner = d == '\'' || d == '\u2019' || d == '-' || d == '.';
					if (Character.isLetterOrDigit(d)
							|| (joiner && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)))) {
						j++;
					}
					else {
						break;
					}
				}
				if (j < n && text.charAt(j) == '.' && TITLES_WITH_DOT.contains(text.substring(i, j))) {
					j++;
				}
				addWord(tokens, text, i, j);
				i = j;
				continue;
			}
			boolean mark = MARKS.indexOf(c) >= 0 || (c == '\u2019' && standaloneApostrophe(text, i));
			add(tokens, text, i, i + 1, mark ? Token.Type.MARK : Token.Type.PUNCT);
			i++;
		}
		return tokens;
	}

	/** A typographic apostrophe that is not inside a word closes a single quotation. */
	private static boolean standaloneApostrophe(String text, int i) {
		return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
	}

	private static void addWord(List<Token> tokens, String text, int start, int end) {
		String key = Words.fold(text.substring(start, end));
		// every elision ends with an apostrophe after a letter at least
		boolean apostrophe = key.indexOf('\'', 1) > 0;
		for (int e = 0; apostrophe && e < ELISIONS.length; e++) {
			String elision = ELISIONS[e];
			if (key.startsWith(elision) && key.length() > elision.length()) {
				add(tokens, text, start, start + elision.length(), Token.Type.WORD);
				addWord(tokens, text, start + elision.length(), end);
				return;
			}
		}
		if (key.endsWith("'s") && key.length() > 2) {
			addWord(tokens, text, start, end - 2);
			add(tokens, text, end - 2, end, Token.Type.PUNCT);
			return;
		}
		// an inversion holds a hyphen: most words need not try the pattern
		Matcher inversion = (key.indexOf('-', 1) > 0) ? INVERSION.matcher(key) : null;
		if (inversion != null && inversion.matches()) {
			int verbEnd = start + inversion.end(1);
			add(tokens, text, start, verbEnd, Token.Type.WORD);
			add(tokens, text, start + inversion.start(2), end, Token.Type.INVERTED);
			return;
		}
		tokens.add(new Token(tokens.size(), text.substring(start, end), key, start, end, Token.Type.WORD));
	}

	private static void add(List<Token> tokens, String text, int start, int end, Token.Type type) {
		String written = text.substring(start, end);
		tokens.add(new Token(tokens.size(), written, Words.fold(written), start, end, type));
	}

}
