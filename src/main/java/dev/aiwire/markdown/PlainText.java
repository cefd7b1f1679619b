package dev.aiwire.markdown;

import java.util.Optional;

/**
 * Text pasted as it comes, without front matter: its first line is the title (a Markdown
 * heading's marks taken off), the rest the body.
 */
public final class PlainText {

	private PlainText() {
	}

	/**
	 * The title line and the body of a plain text; empty when the text has front matter
	 * or no line to take.
	 */
	public static Optional<Titled> titled(String text) {
		if (FrontMatterEditor.hasFrontMatter(text) || text.indexOf('\0') >= 0) {
			return Optional.empty();
		}
		String rest = text.stripLeading();
		if (rest.startsWith("\uFEFF")) {
			rest = rest.substring(1).stripLeading();
		}
		int end = rest.indexOf('\n');
		String first = (end < 0) ? rest : rest.substring(0, end);
		String title = first.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+\\s*$", "").strip();
		if (title.isEmpty()) {
			return Optional.empty();
		}
		String body = (end < 0) ? "" : rest.substring(end + 1).replaceFirst("^\\s*\\n", "");
		return Optional.of(new Titled(title, body));
	}

	/**
	 * A plain text cut in two.
	 *
	 * @param title its first line, as a title
	 * @param body what follows
	 */
	public record Titled(String title, String body) {
	}

}
