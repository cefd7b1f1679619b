package dev.aiwire.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page as a browser builds its DOM and lists what could run script: event-handler
 * attributes, script addresses, foreign or inline script elements, frames and plugins.
 */
final class SafeDom {

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
			"background", "xlink:href", "srcset", "cite", "content");

	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "applet", "base",
			"svg", "math");

	private SafeDom() {
	}

	/** Everything dangerous found in the page; empty when the page is safe. */
	static List<String> problems(String html) {
		Document document = Jsoup.parse(html);
		List<String> problems = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			String tag = element.normalName();
			if (tag.equals("script")) {
				String type = element.attr("type").toLowerCase(Locale.ROOT);
				if (type.equals("application/ld+json")) {
					String json = element.data().toLowerCase(Locale.ROOT);
					if (json.contains("</script") || json.contains("<!--")) {
						problems.add("JSON-LD that can end its script element: " + element.data());
					}
				}
				else if (!element.attr("src").startsWith("/")) {
					problems.add("script element: " + element.outerHtml());
				}
			}
			if (FORBIDDEN_ELEMENTS.contains(tag)) {
				problems.add(tag + " element: " + element.outerHtml());
			}
			if (tag.equals("meta") && element.hasAttr("http-equiv")) {
				problems.add("meta http-equiv: " + element.outerHtml());
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					problems.add("event handler " + name + " on <" + tag + ">");
				}
				if (name.equals("style") || name.equals("srcdoc")) {
					problems.add(name + " attribute on <" + tag + ">");
				}
				if (URL_ATTRIBUTES.contains(name) && isScriptAddress(attribute.getValue())) {
					problems.add("script address in " + name + " of <" + tag + ">: " + attribute.getValue());
				}
			}
		}
		return problems;
	}

	/**
	 * An address a browser would run or render as a document: javascript:, vbscript:,
	 * data:.
	 */
	static boolean isScriptAddress(String value) {
		StringBuilder compact = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c > ' ' && c != '\u007f') {
				compact.append(Character.toLowerCase(c));
			}
		}
		String address = compact.toString();
		return address.startsWith("javascript:") || address.startsWith("vbscript:") || address.startsWith("data:")
				|| address.contains("url=javascript:");
	}

}
