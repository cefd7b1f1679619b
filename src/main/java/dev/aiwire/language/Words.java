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
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(fold(text.charAt(i)));
		}
		return folded.toString();
	}

	/** One character folded. */
	public static char fold(char c) {
		if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
			return '\'';
		}
		if (c < 128) {
			return Character.toLowerCase(c);
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.charAt(0));
	}

}
