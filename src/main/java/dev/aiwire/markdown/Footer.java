package dev.aiwire.markdown;

/**
 * The outlet's footer found at the end of an article (promotion, contact, links to the
 * original), shown apart from the body.
 *
 * @param html safe HTML of the footer, empty when there is none
 * @param text its plain text
 */
public record Footer(String html, String text) {

	public static final Footer NONE = new Footer("", "");

	public boolean isPresent() {
		return !this.html.isEmpty();
	}

}
