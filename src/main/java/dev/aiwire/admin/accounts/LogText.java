package dev.aiwire.admin.accounts;

/**
 * Text typed by a visitor, made safe for one log line: no line breaks or control
 * characters, short.
 */
final class LogText {

	private static final int MAX = 100;

	private LogText() {
	}

	static String safe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder safe = new StringBuilder();
		text.codePoints().limit(MAX).forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '_' : c));
		return (text.length() > MAX) ? safe + "…" : safe.toString();
	}

}
