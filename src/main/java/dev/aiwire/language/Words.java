package dev.aiwire.language;

import java.text.Normalizer;

/**
 * How words are compared across the portal's rules: case, accents and apostrophes
 * ignored.
 */
public final class Words {

	private Words() {
	}

	/**
	 * Lower case without accents, typographic apostrophes made straight; keeps the
	 * length, so that an offset in the folded text is an offset in the original.
	 */
	public static String fold(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			folded[i] = fold(text.charAt(i));
		}
		return new String(folded);
	}

	/**
	 * {@code fold(text).strip()}, without copying a text that is already so (the keys of
	 * tokens, which the rules look up in lists again and again).
	 */
	public static String foldAndStrip(String text) {
		int length = text.length();
		if (length > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1)))) {
			return fold(text).strip();
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			// in ASCII only capitals fold to another character
			if ((c < 128) ? (c >= 'A' && c <= 'Z') : fold(c) != c) {
				return fold(text).strip();
			}
		}
		return text;
	}

	/**
	 * The folded form of each character beyond ASCII, filled as characters are met (0:
	 * not yet): decomposing a character costs a normalisation, and the words of an
	 * article fold the same few accented letters thousands of times. Racing threads write
	 * the same value, and a char is written whole.
	 */
	private static final char[] FOLDED = new char[65536];

	/** One character folded. */
	public static char fold(char c) {
		if (c < 128) {
			return Character.toLowerCase(c);
		}
		char folded = FOLDED[c];
		if (folded == 0) {
			folded = foldUncached(c);
			FOLDED[c] = folded;
		}
		return folded;
	}

	private static char foldUncached(char c) {
		if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
			return '\'';
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.charAt(0));
	}

}
