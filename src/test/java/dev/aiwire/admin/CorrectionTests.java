package dev.aiwire.admin;

import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dev.aiwire.admin.Uploads.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor checks what the portal understood of an article, its quotations' speakers and
 * its timeline's dates, and corrects it: the article's page, its JSON and its timeline
 * follow at once, and the decision holds through new versions and re-extractions.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CorrectionTests {

	/** The block quotation of the default upload, said by Robin Li. */
	private static final String BLOCK = "Le coût des modèles baisse de 90 % par an, et nous voulons être les premiers à en faire profiter les développeurs.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EditingService editing;

	@Autowired
	private PublishingService publishing;

	private static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(user("claire").roles("EDITOR")).with(csrf());
	}

	private PublishResult published(Uploads upload) {
		return this.editing.create(upload.markdown(), "claire");
	}

	private MockHttpServletRequestBuilder quotation(PublishResult article, String action) {
		return asEditor(post("/admin/articles/" + article.articleId() + "/quotations")).param("quotation", BLOCK)
			.param("action", action);
	}

	private String keyOfDate(PublishResult article, String expression) throws Exception {
		String page = this.mvc.perform(asEditor(get("/admin/articles/" + article.articleId() + "/review")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the hidden key of the first form following the date's words
		int at = page.indexOf("«&#x202F;<span lang=\"fr\">" + expression + "</span>&#x202F;»");
		assertThat(at).as("the date's words on the review page").isPositive();
		int key = page.indexOf("name=\"key\" value=\"", at) + "name=\"key\" value=\"".length();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(page.substring(key, page.indexOf('"', key)));
	}

	@Nested
	class Quotations {

		@Test
		void theReviewPageListsEachQuotationWithTheSpeakerFound() throws Exception {
			PublishResult created = published(article());

			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/review")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Le coût des modèles baisse de 90 % par an")))
				.andExpect(content().string(containsString("Auteur lu dans le texte\u202F: Robin Li")));
		}

		@Test
		void aCorrectedSpeakerCaptionsTheBlockQuotationOnTheArticlePageAndInItsJson() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);

			mvc.perform(quotation(created, "correct").param("speaker", "Shen Dou"))
				.andExpect(redirectedUrl("/admin/articles/" + created.articleId() + "/review#quotations"));

			mvc.perform(get("/articles/" + upload.slug()))
				.andExpect(content().string(containsString("Shen Dou")))
				.andExpect(content().string(not(containsString("Robin Li</"))));
			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.quotes[?(@.kind == 'block')].speaker", hasItem("Shen Dou")));
		}

		@Test
		void theCorrectionHoldsThroughANewVersionAndAReextraction() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			mvc.perform(quotation(created, "correct").param("speaker", "Shen Dou"));

			editing.update(created.articleId(), editing.draft(created.articleId()).version(),
					upload.title("Ernie 4.5 face à DeepSeek").markdown(), "marc");
			publishing.reextract(created.articleId());

			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.quotes[?(@.kind == 'block')].speaker", hasItem("Shen Dou")));
		}

		@Test
		void aRemovedQuotationLeavesTheArticleAndComesBackWhenTheDecisionIsUndone() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);

			mvc.perform(quotation(created, "remove"));
			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.quotes[?(@.kind == 'block')]", empty()));

			mvc.perform(quotation(created, "restore"));
			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.quotes[?(@.kind == 'block')].speaker", hasItem("Robin Li")));
		}

		@Test
		void anAcceptedSpeakerIsShownAsTheEditorsDecision() throws Exception {
			PublishResult created = published(article());

			mvc.perform(quotation(created, "accept"));

			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/review")))
				.andExpect(content().string(containsString("Auteur fixé par claire\u202F: Robin Li")));
		}

		@Test
		void aBlankSpeakerIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);

			mvc.perform(quotation(created, "correct").param("speaker", "   "))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Auteur de la citation\u202F: indiquez un nom.")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.quotes[?(@.kind == 'block')].speaker", hasItem("Robin Li")));
		}

		@Test
		void theErrorIsInTheInterfacesLanguage() throws Exception {
			PublishResult created = published(article());

			mvc.perform(quotation(created, "correct").param("speaker", "").param("lang", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Speaker: give a name.")));
		}

	}

	@Nested
	class Dates {

		@Test
		void aCorrectedDateMovesTheEventInTheArticlesTimeline() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			String key = keyOfDate(created, "30 juin");

			mvc.perform(asEditor(post("/admin/articles/" + created.articleId() + "/dates")).param("key", key)
				.param("action", "correct")
				.param("value", "2026-06-30"))
				.andExpect(redirectedUrl("/admin/articles/" + created.articleId() + "/review#dates"));

			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.timeline[?(@.expression == '30 juin')].value", hasItem("2026-06-30")));
		}

		@Test
		void aRemovedDateLeavesTheTimeline() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			String key = keyOfDate(created, "30 juin");

			mvc.perform(asEditor(post("/admin/articles/" + created.articleId() + "/dates")).param("key", key)
				.param("action", "remove"));

			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.timeline[?(@.expression == '30 juin')]", empty()));
		}

		@Test
		void aValueThatIsNoDateIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			String key = keyOfDate(created, "30 juin");

			mvc.perform(asEditor(post("/admin/articles/" + created.articleId() + "/dates")).param("key", key)
				.param("action", "correct")
				.param("value", "2025-13-40"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(
						"Date\u202F: «\u202F2025-13-40\u202F» n&#39;est pas une date de la chronologie")));

			mvc.perform(get("/api/articles/" + upload.slug()))
				.andExpect(jsonPath("$.timeline[?(@.expression == '30 juin')].value", hasItem("2025-06-30")));
		}

	}

}
