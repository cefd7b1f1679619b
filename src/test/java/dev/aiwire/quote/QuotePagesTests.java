package dev.aiwire.quote;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The quotation pages on the sample content, where DeepSeek's story is in French and in
 * English.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QuotePagesTests {

	private final MockMvc mvc;

	QuotePagesTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	private String page(String path, String language) throws Exception {
		return new String(this.mvc.perform(get(path).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource({ "fr, deepseek-r1-secousse-silicon-valley, deepseek-r1-shakes-silicon-valley, citation",
			"en, deepseek-r1-shakes-silicon-valley, deepseek-r1-secousse-silicon-valley, quote" })
	void countsAQuotationAndItsTranslationOnceInTheReadersLanguage(String language, String shown, String hidden,
			String word) throws Exception {
		String speaker = page("/quotes/liang-wenfeng", language);
		int shownQuotes = speaker.split("<figure>", -1).length - 1;
		assertThat(shownQuotes).isPositive();
		assertThat(speaker).contains("href=\"/articles/" + shown + "\"")
			.doesNotContain("href=\"/articles/" + hidden + "\"");
		String count = shownQuotes + " " + word + (shownQuotes > 1 ? "s" : "");
		assertThat(speaker).contains("<p class=\"intro\">" + count + "</p>");
		Matcher listed = Pattern
			.compile("href=\"/quotes/liang-wenfeng\">[^<]+</a>\\s*<span class=\"count\">([^<]+)</span>")
			.matcher(page("/quotes", language));
		assertThat(listed.find()).isTrue();
		assertThat(listed.group(1)).isEqualTo(count);
	}

}
