package dev.aiwire.markdown;

import java.util.HashSet;
import java.util.Set;

import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;

/**
 * The spaces a language's typography wants beside some punctuation: in French a narrow
 * no-break space inside « » and before : ; ? !, so that a line never ends on « nor starts
 * on a colon. The signs are data, {@code language/<code>/typography.txt}; a language
 * without the file keeps its text as written. Only an ordinary space already there is
 * replaced, one character for one, so that offsets into the text stay right.
 */
final class Typography {

	static final char NARROW_NO_BREAK_SPACE = '\u202F';

	private static final Typography NONE = new Typography(Set.of(), Set.of());

	private final Set<Character> spaceBefore;

	private final Set<Character> spaceAfter;

	private Typography(Set<Character> spaceBefore, Set<Character> spaceAfter) {
		this.spaceBefore = spaceBefore;
		this.spaceAfter = spaceAfter;
	}

	static Typography of(String language) {
		WordList signs = Languages.find(language).map((found) -> found.words("typography")).orElse(null);
		if (signs == null || signs.isEmpty()) {
			return NONE;
		}
		Set<Character> before = new HashSet<>();
		Set<Character> after = new HashSet<>();
		for (WordList.Entry entry : signs.entries()) {
			if (entry.text().length() == 1) {
				("after".equals(entry.attribute("space")) ? after : before).add(entry.text().charAt(0));
			}
		}
		return new Typography(Set.copyOf(before), Set.copyOf(after));
	}

	String apply(String text) {
		if (this.spaceBefore.isEmpty() && this.spaceAfter.isEmpty()) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (i > 0 && isSpace(chars[i - 1]) && this.spaceBefore.contains(chars[i])) {
				chars[i - 1] = NARROW_NO_BREAK_SPACE;
			}
			if (i + 1 < chars.length && isSpace(chars[i + 1]) && this.spaceAfter.contains(chars[i])) {
				chars[i + 1] = NARROW_NO_BREAK_SPACE;
			}
		}
		return new String(chars);
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u00A0';
	}

}
