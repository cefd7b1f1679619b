package dev.aiwire.article.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Archives by month and index pages by language, on the sample content. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ArchiveTests {

	private final MockMvc mvc;

	ArchiveTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@Test
	void listsTheMonthsThatHaveArticles() throws Exception {
		this.mvc.perform(get("/archives").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/archives/2025/01\">Janvier 2025</a>")))
			.andExpect(content().string(containsString("href=\"/archives/2023/03\">Mars 2023</a>")))
			.andExpect(content().string(not(containsString("/archives/2025/02\""))));
	}

	@Test
	void showsTheArticlesOfAMonth() throws Exception {
		this.mvc.perform(get("/archives/2025/01").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Archives: January 2025")))
			.andExpect(content().string(containsString("href=\"/articles/deepseek-r1-secousse-silicon-valley\"")))
			.andExpect(content().string(containsString("href=\"/articles/deepseek-r1-shakes-silicon-valley\"")));
	}

	@Test
	void listsTheMonthsOfAYear() throws Exception {
		this.mvc.perform(get("/archives/2025").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Archives\u202F: 2025</h1>")))
			.andExpect(content().string(containsString("href=\"/archives/2025/01\">Janvier 2025</a>")))
			.andExpect(content().string(not(containsString("href=\"/archives/2023/03\""))));
		this.mvc.perform(get("/archives").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("href=\"/archives/2025\">2025</a>")));
		this.mvc.perform(get("/archives/1999")).andExpect(status().isNotFound());
	}

	@Test
	void filtersAMonthByLanguage() throws Exception {
		this.mvc.perform(get("/archives/2025/01?language=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/deepseek-r1-shakes-silicon-valley\"")))
			.andExpect(content().string(not(containsString("href=\"/articles/deepseek-r1-secousse-silicon-valley\""))));
	}

	@Test
	void answersAMonthWithoutArticlesOrThatDoesNotExistWith404() throws Exception {
		this.mvc.perform(get("/archives/2025/02")).andExpect(status().isNotFound());
		this.mvc.perform(get("/archives/2025/13")).andExpect(status().isNotFound());
		this.mvc.perform(get("/archives/0/1")).andExpect(status().isNotFound());
		this.mvc.perform(get("/archives/2025/mai")).andExpect(status().isBadRequest());
	}

	@Test
	void filtersTheHomeAndTagPagesByTheLanguageOfArticles() throws Exception {
		this.mvc.perform(get("/?language=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/qwen3-hybrid-thinking-open-source\"")))
			.andExpect(content().string(not(containsString("href=\"/articles/kimi-moonshot-contexte-long\""))))
			.andExpect(content()
				.string(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/?language=en\">")));
		this.mvc.perform(get("/tags/nvidia?language=fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/nvidia-h20-licence-exportation\"")))
			.andExpect(content().string(not(containsString("href=\"/articles/deepseek-r1-shakes-silicon-valley\""))));
	}

}
