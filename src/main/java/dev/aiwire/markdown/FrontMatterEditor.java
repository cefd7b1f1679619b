package dev.aiwire.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sets one field of an article's front matter in its Markdown, leaving every other line
 * as the editor wrote it: the portal writes the status an editor chose, the slug it
 * settled on and the fields of the upload form back into the text, so that the stored
 * Markdown always says what the article is. Plain text gets an empty front matter first
 * ({@link #withFrontMatter(String)}).
 */
public final class FrontMatterEditor {

	/** Values this editor writes: plain words YAML reads as they are. */
	private static final Pattern PLAIN_VALUE = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private FrontMatterEditor() {
	}

	/** Whether the text opens with front matter (a first line {@code ---}). */
	public static boolean hasFrontMatter(String markdown) {
		String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip().equals("---");
	}

	/** The text as it is if it has front matter, or with an empty one before it. */
	public static String withFrontMatter(String markdown) {
		return hasFrontMatter(markdown) ? markdown : "---\n---\n\n" + markdown;
	}

	/**
	 * The fields of the text's front matter as written, each as text (a list's items
	 * joined by commas); empty when there is no front matter or it cannot be read. For
	 * showing them in a form: validation is the reader's.
	 */
	public static Map<String, String> values(String markdown) {
		Map<String, String> values = new LinkedHashMap<>();
		if (!hasFrontMatter(markdown)) {
			return values;
		}
		List<String> lines = lines(markdown);
		int close = closingLine(lines);
		if (close < 0) {
			return values;
		}
		try {
			FrontMatterReader.load(String.join("\n", lines.subList(1, close))).forEach((key, value) -> {
				if (value instanceof List<?> list) {
					values.put(key, String.join(", ", list.stream().map(String::valueOf).toList()));
				}
				else if (value != null && !(value instanceof Map<?, ?>)) {
					values.put(key, String.valueOf(value));
				}
			});
		}
		catch (DocumentException ex) {
			// unreadable YAML: the reader names the line when the text is parsed
		}
		return values;
	}

	/**
	 * The Markdown with {@code field: value} in its front matter: the field's line (and
	 * its indented continuation lines) replaced where it stands, or added before the
	 * closing line.
	 * @throws DocumentException when the Markdown has no closed front matter
	 * @throws IllegalArgumentException when the value is not a plain lower-case word
	 */
	public static String withField(String markdown, String field, String value) {
		if (!PLAIN_VALUE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a plain front matter value: " + value);
		}
		return set(markdown, field, field + ": " + value);
	}

	/**
	 * The Markdown with {@code field} set to any text, written as a YAML double-quoted
	 * string.
	 */
	public static String withText(String markdown, String field, String value) {
		return set(markdown, field, field + ": " + quoted(value));
	}

	/** The Markdown with {@code field} set to a list of texts. */
	public static String withList(String markdown, String field, List<String> values) {
		return set(markdown, field,
				field + ": [" + String.join(", ", values.stream().map(FrontMatterEditor::quoted).toList()) + "]");
	}

	/** The Markdown without {@code field} in its front matter. */
	public static String withoutField(String markdown, String field) {
		return set(markdown, field, null);
	}

	private static String set(String markdown, String field, String written) {
		String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		List<String> lines = lines(text);
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			throw new DocumentException(null, 1, DocumentException.Place.LINE, "document.frontMatter.missing",
					"the file must start with front matter");
		}
		int close = closingLine(lines);
		if (close < 0) {
			throw new DocumentException(null, 1, DocumentException.Place.FILE, "document.frontMatter.unclosed",
					"front matter opened on line 1 is never closed");
		}
		for (int i = 1; i < close; i++) {
			if (isFieldLine(lines.get(i), field)) {
				int end = i + 1;
				while (end < close && isContinuation(lines.get(end))) {
					end++;
				}
				lines.subList(i + 1, end).clear();
				if (written == null) {
					lines.remove(i);
				}
				else {
					lines.set(i, written);
				}
				return String.join(newline, lines);
			}
		}
		if (written != null) {
			lines.add(close, written);
		}
		return String.join(newline, lines);
	}

	private static List<String> lines(String text) {
		return new ArrayList<>(List.of(text.split("\r?\n", -1)));
	}

	private static int closingLine(List<String> lines) {
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.equals("---") || line.equals("...")) {
				return i;
			}
		}
		return -1;
	}

	/** Any text as a YAML double-quoted string, on one line. */
	private static String quoted(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> {
				}
				case '\t' -> quoted.append("\\t");
				default -> {
					if (Character.isISOControl(c)) {
						quoted.append(String.format("\\x%02x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
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
