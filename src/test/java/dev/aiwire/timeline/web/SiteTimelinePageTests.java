package dev.aiwire.timeline.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
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
 * The site timeline on the sample content, where the DeepSeek story is told in French and
 * in English under one translation key.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SiteTimelinePageTests {

	private final MockMvc mvc;

	SiteTimelinePageTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	private String body(String path, String readerLanguage) throws Exception {
		return new String(this.mvc.perform(get(path).header("Accept-Language", readerLanguage))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource({ "fr, deepseek-r1-secousse-silicon-valley, deepseek-r1-shakes-silicon-valley",
			"en, deepseek-r1-shakes-silicon-valley, deepseek-r1-secousse-silicon-valley" })
	void showsTheEventsOfTranslationsOfOneOriginalOnceInTheReadersLanguage(String readerLanguage, String shown,
			String hidden) throws Exception {
		List<String> slugs = JsonPath.read(body("/api/timeline?tag=deepseek&year=2025", readerLanguage),
				"$.events[*].articleSlug");

		assertThat(slugs).contains(shown).doesNotContain(hidden);
		assertThat(body("/timeline?tag=deepseek&year=2025", readerLanguage))
			.contains("href=\"/articles/" + shown + "#s-")
			.doesNotContain("href=\"/articles/" + hidden + "#s-");
	}

	@ParameterizedTest
	@CsvSource({ "fr, deepseek-r1-shakes-silicon-valley, en", "en, deepseek-r1-secousse-silicon-valley, fr" })
	void stillShowsEveryTranslationToAReaderWhoAsksForItsLanguage(String readerLanguage, String other,
			String otherLanguage) throws Exception {
		List<String> slugs = JsonPath.read(
				body("/api/timeline?tag=deepseek&year=2025&language=" + otherLanguage, readerLanguage),
				"$.events[*].articleSlug");

		assertThat(slugs).contains(other);
	}

	@Test
	void marksTheDateOfEachEntryInTheWordsAroundIt() throws Exception {
		String page = body("/timeline?tag=deepseek&year=2025&language=fr", "fr");
		String list = page.substring(page.indexOf("<ol class=\"timeline-list\""), page.indexOf("</ol>"));
		String[] entries = list.split("<li", -1);

		assertThat(entries.length).isGreaterThan(3);
		for (int i = 1; i < entries.length; i++) {
			assertThat(entries[i]).containsOnlyOnce("<mark>");
		}
		String article = body("/articles/deepseek-r1-secousse-silicon-valley", "fr");
		String timeline = article.substring(article.indexOf("id=\"timeline-title\""));
		assertThat(timeline.substring(0, timeline.indexOf("</section>"))).contains("<mark>20 janvier</mark>");
	}

}
