package dev.aiwire.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A passage of an article around the words found, as plain text parts: the page marks the
 * matching ones, and nothing of the article's text is ever written as HTML.
 *
 * @param parts the passage in order
 */
public record Snippet(List<Part> parts) {

	/** What stands between two passages of one snippet. */
	public static final String ELLIPSIS = " … ";

	public Snippet {
		parts = List.copyOf(parts);
	}

	/**
	 * A snippet of several passages of a field, in the order of the text, joined by an
	 * ellipsis, each on one line and without the blank space passages carry at their
	 * ends.
	 */
	public static Snippet ofPassages(List<List<Part>> passages) {
		List<Part> parts = new ArrayList<>();
		for (List<Part> passage : passages) {
			if (passage.isEmpty()) {
				continue;
			}
			if (!parts.isEmpty()) {
				parts.add(new Part(ELLIPSIS, false));
			}
			for (Part part : passage) {
				parts.add(new Part(part.text().replace('\n', ' '), part.match()));
			}
		}
		return new Snippet(trimmed(parts));
	}

	/** Without the blank space at the ends of passages, so that ellipses sit right. */
	private static List<Part> trimmed(List<Part> parts) {
		List<Part> trimmed = new ArrayList<>(parts.size());
		for (int i = 0; i < parts.size(); i++) {
			Part part = parts.get(i);
			String text = part.text();
			boolean beforeEllipsis = i + 1 < parts.size() && parts.get(i + 1).text().equals(ELLIPSIS);
			boolean afterEllipsis = i > 0 && parts.get(i - 1).text().equals(ELLIPSIS);
			if (!part.match() && !text.equals(ELLIPSIS)) {
				if (i == 0 || afterEllipsis) {
					text = text.stripLeading();
				}
				if (i == parts.size() - 1 || beforeEllipsis) {
					text = text.stripTrailing();
				}
			}
			if (!text.isEmpty()) {
				trimmed.add(new Part(text, part.match()));
			}
		}
		return trimmed;
	}

	/** The passage as HTML: its text escaped, the matches in {@code <mark>}. */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Part part : this.parts) {
			String text = HtmlUtils.htmlEscape(part.text(), "UTF-8");
			html.append(part.match() ? "<mark>" + text + "</mark>" : text);
		}
		return html.toString();
	}

	/** The passage as plain text. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach(part -> text.append(part.text()));
		return text.toString();
	}

	/**
	 * A piece of the passage.
	 *
	 * @param text its characters
	 * @param match whether it is one of the words found
	 */
	public record Part(String text, boolean match) {
	}

}
