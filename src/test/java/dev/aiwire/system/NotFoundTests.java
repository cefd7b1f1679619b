package dev.aiwire.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of "not found", whichever module finds it, takes one path: the 404 page, or
 * a JSON 404 under {@code /api/}, in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotFoundTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/articles/no-such-article", "/tags/no-such-tag", "/archives/2019/02", "/archives/2025/13",
			"/quotes/nobody-at-all", "/de/feed.atom", "/tags/no-such-tag/feed.atom", "/sitemap-articles-9.xml",
			"/no/such/page" })
	void answersThe404PageInFrenchAndInEnglish(String path) throws Exception {
		this.mvc.perform(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "fr"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		this.mvc.perform(get(path).accept(MediaType.TEXT_HTML).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/api/articles/no-such-article | fr | Aucun article publié ne répond à «\u202Fno-such-article\u202F».
			/api/articles/no-such-article | en | No published article answers to "no-such-article".
			/api/no-such-thing            | fr | Rien à l'adresse /api/no-such-thing.
			/api/no-such-thing            | en | Nothing at /api/no-such-thing.
			""")
	void answersAJson404UnderTheApiInTheReadersLanguage(String path, String language, String message) throws Exception {
		this.mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.error").value("Not Found"))
			.andExpect(jsonPath("$.message").value(message));
	}

}
