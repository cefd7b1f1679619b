package dev.aiwire.admin;

import dev.aiwire.article.desk.DeskQuery;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.EditorialState;
import dev.aiwire.article.desk.DeskService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static dev.aiwire.admin.Uploads.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The upload form's fields: a plain paste needs no front matter, its first line is the
 * title, the fields become the front matter and are refused beside their input, in the
 * editor's language.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UploadFormTests {

	private static final String PLAIN = """
			Moonshot ouvre Kimi aux développeurs

			Moonshot AI a ouvert mardi l'accès de son modèle Kimi aux développeurs étrangers, avec une fenêtre de contexte de deux millions de caractères.

			La start-up pékinoise dit viser les éditeurs de logiciels juridiques.
			""";

	private final MockMvc mvc;

	private final DeskService desk;

	private final EditingService editing;

	UploadFormTests(@Autowired MockMvc mvc, @Autowired DeskService desk, @Autowired EditingService editing) {
		this.mvc = mvc;
		this.desk = desk;
		this.editing = editing;
	}

	private static MockMultipartHttpServletRequestBuilder asEditor(String url) {
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		request.with(user("redaction").roles("EDITOR")).with(csrf());
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder preview(String text) {
		return (MockMultipartHttpServletRequestBuilder) asEditor("/admin/articles/preview").param("markdown", text);
	}

	private long articleCount() {
		long count = 0;
		for (EditorialState state : EditorialState.values()) {
			count += this.desk.list(new DeskQuery(state, null, null, 1)).total();
		}
		return count;
	}

	private String storedMarkdown(MvcResult saved) {
		String id = saved.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0];
		return this.editing.draft(Long.parseLong(id)).markdown();
	}

	@Nested
	class PlainText {

		@Test
		void aPlainPasteIsPreviewedWithItsFirstLineAsAnEditableTitle() throws Exception {
			mvc.perform(preview(PLAIN).param("date", "2025-06-10").param("source", "36Kr"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1>Moonshot ouvre Kimi aux développeurs</h1>")))
				.andExpect(content().string(containsString(
						"id=\"title\" name=\"title\" value=\"Moonshot ouvre Kimi aux d&eacute;veloppeurs\"")))
				.andExpect(content().string(containsString("id=\"source\" name=\"source\" value=\"36Kr\"")))
				.andExpect(content().string(containsString("avec une fenêtre de contexte")));
		}

		@Test
		void aPlainPasteWithoutADateIsRefusedBesideTheDateFieldKeepingTheTitleAndTheText() throws Exception {
			long before = articleCount();
			mvc.perform(preview(PLAIN).header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(
						"<p class=\"field-error\" id=\"date-error\">La date de l&#39;original (date) est obligatoire")))
				.andExpect(content().string(containsString("aria-describedby=\"date-hint date-error\"")))
				.andExpect(content().string(containsString("value=\"Moonshot ouvre Kimi aux d&eacute;veloppeurs\"")))
				.andExpect(content().string(containsString("La start-up pékinoise dit viser")));
			mvc.perform(preview(PLAIN).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"date-error\">date is required")));
			assertThat(articleCount()).isEqualTo(before);
		}

		@Test
		void publishingAPlainPasteStoresItsFieldsAsFrontMatter() throws Exception {
			MvcResult saved = mvc
				.perform(asEditor("/admin/articles")
					.param("markdown", PLAIN.replace("Moonshot ouvre", "Moonshot rouvre"))
					.param("status", "published")
					.param("date", "2025-06-10")
					.param("source", "36Kr")
					.param("url", "https://36kr.com/p/1234")
					.param("author", "Wang Lei")
					.param("translator", "Claire Martin")
					.param("translation", "mixed")
					.param("originalLanguage", "zh")
					.param("originalTitle", "月之暗面向开发者开放Kimi")
					.param("tags", "Moonshot, Kimi")
					.param("published", "2026-01-02T09:30"))
				.andExpect(status().isFound())
				.andReturn();
			String markdown = storedMarkdown(saved);
			assertThat(markdown).startsWith("---\n")
				.contains("title: \"Moonshot rouvre Kimi aux développeurs\"", "date: \"2025-06-10\"",
						"source: \"36Kr\"", "author: \"Wang Lei\"", "translation: \"mixed\"",
						"tags: [\"Moonshot\", \"Kimi\"]", "published: \"2026-01-02T09:30\"",
						"original_title: \"月之暗面向开发者开放Kimi\"")
				.doesNotContain("\nMoonshot rouvre Kimi aux développeurs\n");
			mvc.perform(get("/articles/moonshot-rouvre-kimi-aux-developpeurs"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Wang Lei")));
		}

	}

	@Nested
	class Fields {

		@Test
		void aFieldTheReaderRefusesIsNamedBesideItInTheEditorsLanguageAndNothingIsSaved() throws Exception {
			String markdown = article().markdown();
			long before = articleCount();
			mvc.perform(preview(markdown).param("url", "ftp://example.com/a").header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(
						"id=\"url-error\">L&#39;adresse (url) «\u202Fftp://example.com/a\u202F» doit être une adresse web")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("href=\"#url\"")))
				.andExpect(content().string(containsString("Robin Li a déclaré lors du lancement")));
			mvc.perform(asEditor("/admin/articles").param("markdown", markdown)
				.param("status", "published")
				.param("translation", "robot")
				.header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(
						"id=\"translation-error\">translation &#39;robot&#39; is not one of human, machine, mixed")));
			assertThat(articleCount()).isEqualTo(before);
		}

		@Test
		void theFrontMatterFillsTheFieldsOfThePreview() throws Exception {
			mvc.perform(preview(article().markdown()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"source\" name=\"source\" value=\"ifanr\"")))
				.andExpect(content().string(containsString("id=\"tags\" name=\"tags\" value=\"Baidu, Ernie\"")))
				.andExpect(content().string(containsString("name=\"fieldsShown\" value=\"true\"")));
		}

		@Test
		void aFieldEmptiedOnThePreviewTakesItsKeyOutOfTheFrontMatter() throws Exception {
			mvc.perform(preview(article().markdown()).param("fieldsShown", "true")
				.param("source", "")
				.param("date", "2025-03-16")
				.param("title", "Titre corrigé sur l'aperçu"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1>Titre corrigé sur l&#39;aperçu</h1>")))
				.andExpect(content().string(containsString("data-kind=\"NO_SOURCE\"")));
		}

		@Test
		void theExistingTagsAreOffered() throws Exception {
			mvc.perform(asEditor("/admin/articles").param("markdown", article().tags("[Zhipu GLM]").markdown())
				.param("status", "published")).andExpect(status().isFound());
			mvc.perform(get("/admin/articles/new").with(user("redaction").roles("EDITOR")))
				.andExpect(content().string(containsString("list=\"known-tags\"")))
				.andExpect(content().string(containsString("<option value=\"Zhipu GLM\">")))
				.andExpect(content().string(containsString("<label for=\"originalLanguage\"")));
		}

	}

	@Nested
	class Messages {

		@Test
		void aLineOfTheFrontMatterIsNamedInFrench() throws Exception {
			String markdown = "---\ntitle: Un titre\nsource: ifanr\nlang: fr\ndate: 2023-13-45\n---\nTexte.";
			mvc.perform(preview(markdown).header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(
						"en-tête, ligne 5\u202F: La date (date) «\u202F2023-13-45\u202F» n&#39;est pas une date valide (attendu\u202F: AAAA-MM-JJ).")))
				.andExpect(content().string(not(containsString("is not a valid date"))));
		}

		@Test
		void aLineOfTheBodyIsNamedInFrenchToo() throws Exception {
			String markdown = article().body(">".repeat(30) + " Citation").markdown();
			mvc.perform(preview(markdown).header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Des citations imbriquées sur plus de 20 niveaux.")))
				.andExpect(content().string(containsString("ligne 11\u202F: ")));
		}

	}

	@Nested
	class Duplicates {

		@Test
		void theSameTextAgainOffersToUpdateOrOpenTheArticleAndNeverSilentlyMakesASecond() throws Exception {
			String text = PLAIN.replace("Moonshot ouvre", "Moonshot double")
					+ "\nUn détail propre à ce test des doublons.\n";
			MvcResult first = mvc
				.perform(asEditor("/admin/articles").param("markdown", text)
					.param("date", "2025-06-11")
					.param("status", "published"))
				.andExpect(status().isFound())
				.andReturn();
			String id = first.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0];
			long before = articleCount();
			String again = "  " + text.replace("\n\n", "\n\n\n").replace("juridiques.", "juridiques !");
			mvc.perform(preview(again).param("date", "2025-06-11"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"duplicates\"")))
				.andExpect(content().string(containsString("href=\"/admin/articles/" + id + "/edit\"")))
				.andExpect(content().string(containsString("id=\"update-" + id + "\"")))
				.andExpect(content().string(containsString("id=\"another-article\"")));
			mvc.perform(asEditor("/admin/articles").param("markdown", again)
				.param("date", "2025-06-11")
				.param("status", "published"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("id=\"duplicates\"")));
			assertThat(articleCount()).isEqualTo(before);
			mvc.perform(asEditor("/admin/articles").param("markdown", again)
				.param("date", "2025-06-11")
				.param("status", "published")
				.param("anotherArticle", "true")).andExpect(status().isFound());
			assertThat(articleCount()).isEqualTo(before + 1);
		}

		@Test
		void anotherTextOfTheSameOriginalAddressIsOfferedToo() throws Exception {
			Uploads first = article().title("Premier texte de cet original");
			mvc.perform(asEditor("/admin/articles").param("markdown", first.markdown()).param("status", "published"))
				.andExpect(status().isFound());
			mvc.perform(preview(
					article().title("Une autre traduction").url("https://example.com/original-unique-42").markdown()))
				.andExpect(content().string(not(containsString("id=\"duplicates\""))));
			mvc.perform(preview(article().title("Une autre traduction")
				.body("Un tout autre texte.")
				.markdown()
				.replaceAll("url: .*", "url: \"" + "https://www.ifanr.com/"
						+ first.markdown().replaceAll("(?s).*url: \"https://www.ifanr.com/(\\d+)\".*", "$1") + "\"")))
				.andExpect(content().string(containsString("id=\"duplicates\"")))
				.andExpect(content().string(containsString("traduit le même original")));
		}

	}

}
