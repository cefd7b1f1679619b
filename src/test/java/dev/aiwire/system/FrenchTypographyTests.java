package dev.aiwire.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * French typography in the interface's own words: a no-break space inside « » and before
 * : ; ? !, so that a line never ends on « nor starts on a colon. Article bodies get it
 * when they are parsed; the messages and templates have to be written with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FrenchTypographyTests {

	/**
	 * An ordinary space (or line break) where French wants a no-break one: before a
	 * double sign, after « or before ».
	 */
	private static final Pattern BREAKABLE = Pattern.compile("[ \\t\\r\\n]+[:;?!»]|«[ \\t\\r\\n]+");

	private final MockMvc mvc;

	FrenchTypographyTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@Test
	void everyFrenchMessageKeepsItsPunctuationOnTheLineOfTheWordBefore() throws IOException {
		Properties french = load("messages.properties");
		assertThat(french.stringPropertyNames())
			.allSatisfy((key) -> assertThat(breaks(french.getProperty(key))).as("%s = %s", key, french.getProperty(key))
				.isEmpty());
	}

	@Test
	void theFrenchBundleStillHasItsGuillemetsAndColons() throws IOException {
		Properties french = load("messages.properties");
		assertThat(french.getProperty("search.results")).contains("«\u202F{1}\u202F»");
		assertThat(french.getProperty("tag.title")).isEqualTo("Thème\u202F: {0}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/deepseek-r1-secousse-silicon-valley", "/search?q=deepseek",
			"/search?q=zzzqqq", "/tags", "/timeline", "/quotes", "/archives", "/admin/login", "/articles/nowhere" })
	void aFrenchPageShowsNoBreakableSpaceBeforeADoubleSign(String path) throws Exception {
		String html = this.mvc.perform(get(path).header("Accept-Language", "fr"))
			.andExpect(status().is(path.endsWith("nowhere") ? 404 : 200))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(breaks(visibleText(Jsoup.parse(html)))).as(path).isEmpty();
	}

	@Test
	void anEnglishPageKeepsOrdinarySpacing() throws Exception {
		String html = this.mvc.perform(get("/tags").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(visibleText(Jsoup.parse(html))).doesNotContain("\u202F").doesNotContain("\u00A0:");
	}

	/** The places that would let a line break, with a few characters around each. */
	private static List<String> breaks(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = BREAKABLE.matcher(text);
		while (matcher.find()) {
			found.add(text.substring(Math.max(0, matcher.start() - 30), Math.min(text.length(), matcher.end() + 10)));
		}
		return found;
	}

	/**
	 * The text a reader sees, as written: jsoup's own {@code text()} would turn a
	 * no-break space into an ordinary one.
	 */
	private static String visibleText(Document page) {
		StringBuilder text = new StringBuilder(page.title()).append('\n');
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(org.jsoup.nodes.Node node, int depth) {
				if (node instanceof TextNode textNode && node.parent() instanceof Element parent
						&& !parent.nameIs("script") && !parent.nameIs("style") && !parent.nameIs("title")) {
					text.append(textNode.getWholeText());
				}
			}
		}, page.body());
		return text.toString();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FrenchTypographyTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
