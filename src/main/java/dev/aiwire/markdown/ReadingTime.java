package dev.aiwire.markdown;

import java.util.List;

/**
 * Estimates reading time. Latin-script words and CJK characters are counted apart, since
 * a reader gets through about 230 French or English words a minute but about 400 Chinese
 * characters, and a CJK character is not a word.
 */
final class ReadingTime {

	static final int WORDS_PER_MINUTE = 230;

	static final int CJK_CHARACTERS_PER_MINUTE = 400;

	private ReadingTime() {
	}

	static int minutes(List<Block> blocks) {
		long words = 0;
		long cjk = 0;
		for (Block block : blocks) {
			Counts counts = count(block.text());
			words += counts.words();
			cjk += counts.cjk();
		}
		double minutes = (double) words / WORDS_PER_MINUTE + (double) cjk / CJK_CHARACTERS_PER_MINUTE;
		return (int) Math.max(1, Math.round(minutes));
	}

	/** Latin-script words and CJK characters in a text. */
	record Counts(long words, long cjk) {
	}

	static Counts count(String text) {
		long words = 0;
		long cjk = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (isCjk(codePoint)) {
				cjk++;
				inWord = false;
			}
			else if (Character.isLetterOrDigit(codePoint)) {
				if (!inWord) {
					words++;
				}
				inWord = true;
			}
			else if (codePoint != '\'' && codePoint != '’' && codePoint != '-') {
				inWord = false;
			}
		}
		return new Counts(words, cjk);
	}

	private static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
