package dev.aiwire.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every piece of rendered HTML passes through: text formatting, structure,
 * tables, links and images with http, https, mailto or relative addresses. Anything else
 * an editor wrote in raw HTML is dropped and reported as a warning.
 */
final class HtmlPolicy {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,100}");

	private static final Pattern CLASSES = Pattern.compile("[a-z][a-z0-9-]{0,40}(?: [a-z][a-z0-9-]{0,40}){0,5}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "ul", "ol",
				"li", "dl", "dt", "dd", "pre", "code", "em", "strong", "i", "b", "u", "s", "del", "ins", "sub", "sup",
				"small", "mark", "abbr", "cite", "q", "span", "a", "img", "table", "thead", "tbody", "tfoot", "tr",
				"th", "td", "caption")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("src", "alt", "width", "height")
		.onElements("img")
		.allowAttributes("title")
		.globally()
		.allowAttributes("id")
		.matching(ID)
		.onElements("h2", "h3", "h4", "h5", "h6", "span", "sup")
		.allowAttributes("class")
		.matching(CLASSES)
		.onElements("span", "p", "figure", "code", "pre", "blockquote", "sup")
		.allowAttributes("align")
		.matching(Pattern.compile("left|right|center"))
		.onElements("th", "td")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,6}"))
		.onElements("ol")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private HtmlPolicy() {
	}

	/**
	 * The HTML with everything outside the allow-list removed; what was removed goes to
	 * warnings.
	 */
	static String sanitize(String html, List<String> warnings) {
		return inOneOrder(POLICY.sanitize(html, new HtmlChangeListener<List<String>>() {

			@Override
			public void discardedTag(List<String> context, String elementName) {
				context.add("raw HTML removed: <" + elementName + ">");
			}

			@Override
			public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
				context.add("unsafe attribute removed from <" + tagName + ">: " + String.join(", ", attributeNames));
			}

		}, warnings));
	}

	static String sanitize(String html) {
		return inOneOrder(POLICY.sanitize(html));
	}

	/**
	 * The link relations in one order: the sanitiser writes the two it requires in an
	 * order that changes from one start of the JVM to the next, so one file published on
	 * two instances, or before and after a restart, would give other bytes (and other
	 * ETags). Links carry no other relation: {@code rel} is not allowed in the input.
	 */
	private static String inOneOrder(String html) {
		return html.replace(" rel=\"noreferrer noopener\"", " rel=\"noopener noreferrer\"");
	}

}
