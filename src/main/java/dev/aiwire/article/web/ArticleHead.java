package dev.aiwire.article.web;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.TagRef;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The structured data of an article page: a schema.org {@code NewsArticle} in JSON-LD.
 * The JSON is made safe to stand inside a {@code <script>} element: no field can close
 * the element or open a comment, whatever its characters.
 */
@Component
class ArticleHead {

	private final SiteProperties site;

	private final JsonMapper json;

	ArticleHead(SiteProperties site, JsonMapper json) {
		this.site = site;
		this.json = json;
	}

	String jsonLd(ReaderArticle article) {
		String url = this.site.articleUrl(article.slug());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("@id", url);
		data.put("url", url);
		data.put("mainEntityOfPage", url);
		data.put("headline", article.title());
		if (article.summary() != null && !article.summary().isBlank()) {
			data.put("description", article.summary());
		}
		data.put("inLanguage", article.lang());
		data.put("datePublished", article.date().toString());
		if (article.updatedAt() != null) {
			data.put("dateModified",
					article.updatedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toString());
		}
		if (article.author() != null) {
			data.put("author", person(article.author()));
		}
		if (article.translator() != null) {
			data.put("translator", person(article.translator()));
		}
		data.put("publisher", thing("Organization", "name", this.site.name(), "url", this.site.url("/")));
		if (!article.tags().isEmpty()) {
			data.put("keywords", article.tags().stream().map(TagRef::name).toList());
		}
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("@type", "NewsArticle");
		if (article.url() != null) {
			original.put("url", article.url());
		}
		if (article.originalTitle() != null) {
			original.put("headline", article.originalTitle());
		}
		if (article.originalLanguage() != null) {
			original.put("inLanguage", article.originalLanguage());
		}
		original.put("datePublished", article.date().toString());
		if (article.source() != null) {
			original.put("publisher", thing("Organization", "name", article.source()));
		}
		data.put("isBasedOn", original);
		return forScript(this.json.writeValueAsString(data));
	}

	private static Map<String, Object> person(String name) {
		return thing("Person", "name", name);
	}

	/** A schema.org object, its type first, then the given names and values in order. */
	private static Map<String, Object> thing(String type, String... namesAndValues) {
		Map<String, Object> thing = new LinkedHashMap<>();
		thing.put("@type", type);
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			thing.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return thing;
	}

	/**
	 * JSON that cannot end its script element: {@code <}, {@code >} and {@code &} written
	 * as JSON escapes (so neither {@code </script>} nor {@code <!--} appears), and the
	 * two line separators that old JavaScript parsers took for line ends.
	 */
	static String forScript(String json) {
		StringBuilder safe = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> safe.append("\\u003c");
				case '>' -> safe.append("\\u003e");
				case '&' -> safe.append("\\u0026");
				case '\u2028' -> safe.append("\\u2028");
				case '\u2029' -> safe.append("\\u2029");
				default -> safe.append(c);
			}
		}
		return safe.toString();
	}

}
