package dev.aiwire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sets one simple field of an article's front matter in its Markdown, leaving every other line as
 * the editor wrote it: the portal writes the status an editor chose and the slug it settled on back
 * into the text, so that the stored Markdown always says what the article is.
 */
public final class FrontMatterEditor {

	/** Values this editor writes: plain words YAML reads as they are. */
	private static final Pattern PLAIN_VALUE = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private FrontMatterEditor() {
	}

	/**
	 * The Markdown with {@code field: value} in its front matter: the field's line (and its
	 * indented continuation lines) replaced where it stands, or added before the closing line.
	 * @throws DocumentException when the Markdown has no closed front matter
	 * @throws IllegalArgumentException when the value is not a plain lower-case word
	 */
	public static String withField(String markdown, String field, String value) {
		if (!PLAIN_VALUE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a plain front matter value: " + value);
		}
		String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			throw new DocumentException(null, 1, "line 1: the file must start with front matter");
		}
		int close = -1;
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.equals("---") || line.equals("...")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			throw new DocumentException(null, 1, "front matter opened on line 1 is never closed");
		}
		String written = field + ": " + value;
		for (int i = 1; i < close; i++) {
			if (isFieldLine(lines.get(i), field)) {
				int end = i + 1;
				while (end < close && isContinuation(lines.get(end))) {
					end++;
				}
				lines.subList(i + 1, end).clear();
				lines.set(i, written);
				return String.join(newline, lines);
			}
		}
		lines.add(close, written);
		return String.join(newline, lines);
	}

	private static boolean isFieldLine(String line, String field) {
		if (!line.startsWith(field)) {
			return false;
		}
		String rest = line.substring(field.length()).stripLeading();
		return rest.startsWith(":");
	}

	private static boolean isContinuation(String line) {
		return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
	}

}
