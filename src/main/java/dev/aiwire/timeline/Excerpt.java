package dev.aiwire.timeline;

import java.util.Locale;

/**
 * The words of a sentence around the date a timeline entry stands for, so that several
 * entries of one sentence each show their own date: the words before, the date's words
 * (marked on the page), the words after. A long sentence is cut at words on either side,
 * with an ellipsis.
 *
 * @param before the words before the date, "…" first when cut
 * @param date the date's words as the sentence writes them; empty when they were not
 * found in it
 * @param after the words after the date, "…" last when cut
 */
public record Excerpt(String before, String date, String after) {

	private static final String ELLIPSIS = "…";

	/** The excerpt as plain text. */
	public String text() {
		return this.before + this.date + this.after;
	}

	/**
	 * The excerpt of a sentence around a date's words.
	 * @param sentence the sentence
	 * @param expression the date's words
	 * @param maxLength the characters shown at most, besides the ellipses
	 */
	public static Excerpt of(String sentence, String expression, int maxLength) {
		String flat = flat(sentence);
		String words = flat(expression);
		int at = words.isEmpty() ? -1 : flat.indexOf(words);
		if (at < 0 && !words.isEmpty()) {
			at = flat.toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT));
		}
		if (at < 0) {
			return new Excerpt(head(flat, maxLength), "", "");
		}
		String date = flat.substring(at, at + words.length());
		String before = flat.substring(0, at);
		String after = flat.substring(at + words.length());
		int room = Math.max(0, maxLength - date.length());
		if (before.length() + after.length() > room) {
			// two fifths of the room before the date, the rest (and what the before
			// leaves) after
			before = tail(before, Math.max(room * 2 / 5, room - after.length()));
			after = head(after, room - before.length() + (before.startsWith(ELLIPSIS) ? 1 : 0));
		}
		return new Excerpt(before, date, after);
	}

	private static String flat(String text) {
		return (text == null) ? "" : text.replaceAll("\\s+", " ").strip();
	}

	/** The end of a text in at most this many characters, starting at a word. */
	private static String tail(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		String end = text.substring(text.length() - length);
		int space = end.indexOf(' ');
		if (space >= 0 && !text.substring(0, text.length() - length).endsWith(" ")) {
			end = end.substring(space + 1);
		}
		return ELLIPSIS + end.stripLeading();
	}

	/** The start of a text in at most this many characters, ending at a word. */
	private static String head(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length);
		String start = text.substring(0, Math.max(cut, 0)).replaceAll("[\\s,;:]+$", "");
		return start + ELLIPSIS;
	}

}
