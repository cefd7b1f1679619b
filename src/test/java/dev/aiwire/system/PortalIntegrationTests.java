package dev.aiwire.system;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole portal, started on the sample content of {@code content/} alone: its own database,
 * so that articles other tests publish do not push the samples off the first page.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-samples;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void homePageListsTheImportedSampleArticles() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DeepSeek-R1")))
			.andExpect(content().string(containsString("/articles/deepseek-r1-secousse-silicon-valley")));
	}

	@Test
	void articlePageShowsProvenanceContentsAndBody() throws Exception {
		this.mvc.perform(get("/articles/deepseek-r1-secousse-silicon-valley"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一周震动硅谷")))
			.andExpect(content().string(containsString("href=\"#le-cout-la-question-qui-fache\"")))
			.andExpect(content().string(containsString("<h2 id=\"le-cout-la-question-qui-fache\">")))
			.andExpect(content().string(containsString("<figcaption>— Liang Wenfeng, fondateur de DeepSeek</figcaption>")));
	}

	@Test
	void draftsOfTheContentFolderAreNotPublished() throws Exception {
		this.mvc.perform(get("/articles/unitree-gala-printemps-symposium")).andExpect(status().isNotFound());
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("unitree-gala-printemps"))));
	}

	@Test
	void jsonOfAnArticleListsItsSectionsInOrder() throws Exception {
		this.mvc.perform(get("/api/articles/deepseek-r1-secousse-silicon-valley"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("deepseek-r1-secousse-silicon-valley"))
			.andExpect(jsonPath("$.lang").value("fr"))
			.andExpect(jsonPath("$.date").value("2025-01-28"))
			.andExpect(jsonPath("$.sections[0].heading").doesNotExist())
			.andExpect(jsonPath("$.sections[0].anchor").doesNotExist())
			.andExpect(jsonPath("$.sections[1].anchor").value("un-modele-qui-apprend-a-raisonner-presque-seul"));
	}

	@Test
	void articleJsonCarriesItsTimelineAndQuotations() throws Exception {
		this.mvc.perform(get("/api/articles/deepseek-r1-secousse-silicon-valley"))
			.andExpect(jsonPath("$.timeline[?(@.value == '2025-01-20')].expression").exists())
			.andExpect(jsonPath("$.quotes[?(@.speaker == 'Liang Wenfeng')].kind").exists());
	}

	@Test
	void siteTimelineListsEventsOfPublishedArticlesWithLinksToTheirSentences() throws Exception {
		this.mvc.perform(get("/timeline").param("year", "2025").param("language", "fr").param("order", "asc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/deepseek-r1-secousse-silicon-valley#s-")))
			.andExpect(content().string(not(containsString("unitree-gala-printemps"))));
		this.mvc.perform(get("/api/timeline").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[0].articleSlug").exists());
	}

	@Test
	void quotesArePagedBySpeaker() throws Exception {
		this.mvc.perform(get("/quotes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/quotes/liang-wenfeng\"")));
		this.mvc.perform(get("/quotes/liang-wenfeng"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/articles/deepseek-r1-secousse-silicon-valley")));
		this.mvc.perform(get("/quotes/nobody-at-all")).andExpect(status().isNotFound());
	}

	@Test
	void unknownArticlesAreA404PageOrA404Json() throws Exception {
		this.mvc.perform(get("/articles/no-such-article"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
		this.mvc.perform(get("/api/articles/no-such-article"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

}
