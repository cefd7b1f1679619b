package dev.aiwire.markdown;

/**
 * Whether a paragraph is someone's words from its first character to its last: it opens
 * with a quotation mark and every mark that closes is followed only by another quotation,
 * never by the words of the text ({@code "We won," said Brennan. "We waited ten years."}
 * is a paragraph of the text holding two quotations, not a quotation). Marks nest (« ...
 * “ ... ” ... »); a straight {@code "} closes the straight mark open before it, and “
 * closes „.
 */
public final class QuotedParagraphs {

	private static final String OPENING = "«“„";

	private static final String CLOSING = "»”";

	private QuotedParagraphs() {
	}

	/** Whether the whole text (a final full stop aside) stands inside quotation marks. */
	public static boolean isWhollyQuoted(String text) {
		String t = text.strip();
		while (!t.isEmpty() && t.charAt(t.length() - 1) == '.') {
			t = t.substring(0, t.length() - 1).strip();
		}
		if (t.length() <= 2 || !isOpening(t.charAt(0))
				|| !isClosing(t.charAt(t.length() - 1)) && t.charAt(t.length() - 1) != '“') {
			return false;
		}
		StringBuilder open = new StringBuilder();
		boolean between = false;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			boolean straight = c == '"';
			char last = open.isEmpty() ? 0 : open.charAt(open.length() - 1);
			boolean closes = straight ? last == '"' : CLOSING.indexOf(c) >= 0 || c == '“' && last == '„';
			if (closes) {
				if (open.isEmpty()) {
					return false;
				}
				open.setLength(open.length() - 1);
				between = open.isEmpty();
			}
			else if (straight || OPENING.indexOf(c) >= 0) {
				open.append(c);
				between = false;
			}
			else if (between && Character.isLetterOrDigit(c)) {
				// words of the text between two quotations: "..., said X. "..."
				return false;
			}
		}
		return open.isEmpty();
	}

	private static boolean isOpening(char c) {
		return c == '"' || OPENING.indexOf(c) >= 0;
	}

	private static boolean isClosing(char c) {
		return c == '"' || CLOSING.indexOf(c) >= 0;
	}

}
