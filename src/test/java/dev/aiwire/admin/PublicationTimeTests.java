package dev.aiwire.admin;

import java.time.LocalDate;

import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.EditingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static dev.aiwire.admin.Uploads.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A translation is new when it is published, whatever its original's date: it comes first
 * on the home page and in the feed, and its page says both dates.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicationTimeTests {

	private final MockMvc mvc;

	private final EditingService editing;

	PublicationTimeTests(@Autowired MockMvc mvc, @Autowired EditingService editing) {
		this.mvc = mvc;
		this.editing = editing;
	}

	@Test
	void aTranslationOfAnOldOriginalPublishedTodayComesFirstOnTheHomePageAndInTheFeed() throws Exception {
		PublishResult result = this.editing.create(article().slug("traduction-du-jour")
			.title("Une traduction du jour")
			.date(LocalDate.of(2023, 2, 14))
			.markdown(), "claire");
		this.mvc.perform(get("/api/articles"))
			.andExpect(jsonPath("$.articles[0].slug").value(result.slug()))
			.andExpect(jsonPath("$.articles[0].date").value("2023-02-14"))
			.andExpect(jsonPath("$.articles[0].published").value(LocalDate.now().toString()));
		String feed = this.mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString();
		String first = feed.substring(feed.indexOf("<entry"));
		assertThat(first).contains("Une traduction du jour");
		assertThat(first.substring(first.indexOf("<published>") + 11, first.indexOf("<published>") + 21))
			.isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toString());
		this.mvc.perform(get("/articles/" + result.slug()))
			.andExpect(content().string(containsString("Publié le")))
			.andExpect(content().string(containsString("original du")))
			.andExpect(content().string(containsString("14 février 2023")));
	}

	@Test
	void aPublicationTimeGivenInTheFormIsKeptAndAWrongOneIsRefusedNamingTheField() throws Exception {
		PublishResult result = this.editing.create(article().slug("publiee-a-l-heure-dite")
			.date(LocalDate.of(2024, 6, 1))
			.field("published: 2024-06-03T09:30")
			.markdown(), "claire");
		this.mvc.perform(get("/api/articles/" + result.slug()))
			.andExpect(jsonPath("$.published").value("2024-06-03"))
			.andExpect(jsonPath("$.date").value("2024-06-01"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.editing
				.create(article().slug("heure-fausse").field("published: le 3 juin").markdown(), "claire"))
			.hasMessageContaining("published");
	}

}
