package dev.aiwire.search;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A passage of an article around the words found, as plain text parts: the page marks the
 * matching ones, and nothing of the article's text is ever written as HTML.
 *
 * @param parts the passage in order
 */
public record Snippet(List<Part> parts) {

	public Snippet {
		parts = List.copyOf(parts);
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
