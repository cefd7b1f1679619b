package dev.aiwire.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spacing rules article bodies get when they are parsed, for the short texts stored
 * beside them (a title, a summary, a quotation) when a page shows them: in French a
 * no-break space before : ; ? ! and inside « ».
 */
public final class Typesetting {

	private static final Map<String, Typography> BY_LANGUAGE = new ConcurrentHashMap<>();

	private Typesetting() {
	}

	/**
	 * The text with the spacing of its language, or as written when the language has no
	 * such rule.
	 * @param text the text, possibly {@code null}
	 * @param language the language code of the text, possibly {@code null}
	 * @return the text with no-break spaces where the language wants them
	 */
	public static String set(String text, String language) {
		if (text == null || text.isEmpty() || language == null || language.isBlank()) {
			return text;
		}
		return BY_LANGUAGE.computeIfAbsent(language, Typography::of).apply(text);
	}

}
