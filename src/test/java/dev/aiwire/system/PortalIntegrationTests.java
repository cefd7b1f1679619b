package dev.aiwire.system;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole portal, started on the sample content of {@code content/} alone: its own
 * database, so that articles other tests publish do not push the samples off the first
 * page.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:portal-samples;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

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
			.andExpect(content()
				.string(containsString("<figcaption>— Liang Wenfeng, fondateur de DeepSeek</figcaption>")));
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
	void siteTimelinePagesFollowOnWithoutRepeatingOrSkippingAnEvent() throws Exception {
		List<String> first = timelineEvents(1);
		List<String> second = timelineEvents(2);
		assertThat(first).hasSize(50).doesNotHaveDuplicates();
		assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
		// the page cache keys pages by their query string, which MockMvc fills only from
		// the URI
		this.mvc.perform(get("/api/timeline?order=asc&page=1")).andExpect(jsonPath("$.hasNext").value(true));
		this.mvc.perform(get("/timeline?order=asc&page=2")).andExpect(content().string(containsString("rel=\"prev\"")));
		int all = 0;
		for (int page = 1; !timelineEvents(page).isEmpty(); page++) {
			all += timelineEvents(page).size();
		}
		// a French reader: an English translation of an original also published in French
		// gives no events
		assertThat(all).isEqualTo(this.jdbc.sql("select count(*) from timeline_event e"
				+ " join timeline_article a on a.article_id = e.article_id where e.visible_from <= current_date"
				+ " and not (a.lang = 'en' and exists (select 1 from timeline_article f"
				+ " where f.translation_key = a.translation_key and f.lang = 'fr' and f.visible_from <= current_date))")
			.query(Integer.class)
			.single());
	}

	private List<String> timelineEvents(int page) throws Exception {
		String json = this.mvc.perform(get("/api/timeline?order=asc&page=" + page))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> slugs = JsonPath.read(json, "$.events[*].articleSlug");
		List<String> sentences = JsonPath.read(json, "$.events[*].sentenceId");
		List<String> values = JsonPath.read(json, "$.events[*].value");
		List<String> events = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			events.add(slugs.get(i) + "#" + sentences.get(i) + "=" + values.get(i));
		}
		return events;
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
