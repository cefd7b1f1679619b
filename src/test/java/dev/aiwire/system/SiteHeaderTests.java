package dev.aiwire.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The header every page shares, on the sample content. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SiteHeaderTests {

	private static final String EMPTY_SEARCH_BOX = "<input id=\"site-search-q\" type=\"search\" name=\"q\" value=\"\" maxlength=\"200\">";

	private final MockMvc mvc;

	SiteHeaderTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/timeline", "/timeline?year=2025&language=fr", "/admin", "/admin?q=deepseek", "/", "/quotes" })
	void theSearchBoxIsEmptyOutsideTheSearchPage(String path) throws Exception {
		this.mvc.perform(get(path).with(user("redaction").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(EMPTY_SEARCH_BOX)))
			.andExpect(content().string(not(containsString("Query["))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=deepseek", "/search?q=deepseek&language=fr" })
	void theSearchBoxKeepsTheWordsSearched(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<input id=\"site-search-q\" type=\"search\" name=\"q\" value=\"deepseek\" maxlength=\"200\">")));
	}

}
