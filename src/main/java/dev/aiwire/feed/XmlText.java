package dev.aiwire.feed;

/**
 * Text as XML 1.0 accepts it: the writer escapes markup, this drops the characters XML
 * forbids.
 */
final class XmlText {

	private XmlText() {
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
