package dev.aiwire.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import dev.aiwire.article.desk.DeskQuery;
import dev.aiwire.article.desk.DeskRow;
import dev.aiwire.article.desk.DeskService;
import dev.aiwire.article.desk.EditorialState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Upload, preview, then publish or save as a draft; and every kind of bad upload refused.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UploadTests {

	private final MockMvc mvc;

	private final DeskService desk;

	UploadTests(@Autowired MockMvc mvc, @Autowired DeskService desk) {
		this.mvc = mvc;
		this.desk = desk;
	}

	private MockMultipartHttpServletRequestBuilder asEditor(MockMultipartHttpServletRequestBuilder request) {
		request.with(user("redaction").roles("EDITOR")).with(csrf());
		return request;
	}

	private MockMultipartHttpServletRequestBuilder previewFile(byte[] bytes) {
		return asEditor(multipart("/admin/articles/preview")
			.file(new MockMultipartFile("file", "article.md", "text/markdown", bytes)));
	}

	private MockMultipartHttpServletRequestBuilder previewPaste(String markdown) {
		return asEditor(multipart("/admin/articles/preview").param("markdown", markdown));
	}

	private MockMultipartHttpServletRequestBuilder save(String markdown, String status) {
		return asEditor(multipart("/admin/articles").param("markdown", markdown).param("status", status));
	}

	private long articleCount() {
		long count = 0;
		for (EditorialState state : EditorialState.values()) {
			count += this.desk.list(new DeskQuery(state, null, null, 1)).total();
		}
		return count;
	}

	@Nested
	class FormFields {

		@Test
		void refusesAnInvalidSlugBesideItsFieldInTheEditorsLanguageAndKeepsTheText() throws Exception {
			Uploads upload = article();
			long before = articleCount();
			mvc.perform(previewPaste(upload.markdown()).param("slug", "Pas Bon !").header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content()
					.string(containsString("<p class=\"field-error\" id=\"slug-error\">Le slug ne peut contenir")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("Baidu lance Ernie 4.5")));
			mvc.perform(previewPaste(upload.markdown()).param("slug", "x".repeat(130)).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("A slug has at most 120 characters.")));
			assertThat(articleCount()).isEqualTo(before);
		}

		@Test
		void refusesAStatusThatIsNeitherPublishedNorDraftAndSavesNothing() throws Exception {
			Uploads upload = article();
			long before = articleCount();
			mvc.perform(save(upload.markdown(), "archived").header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(
						"id=\"status-error\">The state is &quot;published&quot; or &quot;draft&quot;.")));
			mvc.perform(asEditor(multipart("/admin/articles").param("markdown", upload.markdown())))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Choisissez de publier l&#39;article")));
			assertThat(articleCount()).isEqualTo(before);
			mvc.perform(get("/articles/" + upload.slug())).andExpect(status().isNotFound());
		}

		@Test
		void writesTheSlugAndTheStatusOfTheFormIntoTheFrontMatter() throws Exception {
			Uploads upload = article().noSlug().title("Un titre dont le slug ne sera pas tiré");
			mvc.perform(save(upload.markdown(), "draft").param("slug", "slug-du-formulaire"))
				.andExpect(status().isFound());
			assertThat(desk.list(new DeskQuery(EditorialState.DRAFT, null, "dont le slug", 1)).rows())
				.extracting(DeskRow::slug)
				.containsExactly("slug-du-formulaire");
		}

	}

	@Nested
	class Preview {

		@Test
		void showsTheArticleAsReadersWillSeeItAndSavesNothing() throws Exception {
			Uploads upload = article();
			long before = articleCount();
			mvc.perform(previewFile(upload.bytes()))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(containsString("<h1>Baidu lance Ernie 4.5\u202F: la riposte à DeepSeek\u202F?</h1>")))
				.andExpect(content()
					.string(containsString("<h2 id=\"une-reponse-a-deepseek\">Une réponse à DeepSeek</h2>")))
				.andExpect(content().string(containsString("<figcaption>— Robin Li</figcaption>")))
				.andExpect(content().string(containsString("/articles/" + upload.slug())))
				.andExpect(content().string(containsString("name=\"status\" value=\"published\"")))
				.andExpect(content().string(containsString(">Publier</button>")))
				.andExpect(content().string(containsString(">Enregistrer comme brouillon</button>")));
			assertThat(articleCount()).isEqualTo(before);
			mvc.perform(get("/articles/" + upload.slug())).andExpect(status().isNotFound());
		}

		@Test
		void offersTheOtherLanguageThroughAPageALinkCanOpen() throws Exception {
			// the preview answers a POST: a link back to its own address would be refused
			// (405)
			mvc.perform(previewPaste(article().markdown()))
				.andExpect(content().string(containsString("href=\"/admin?lang=en\"")))
				.andExpect(content().string(not(containsString("href=\"/admin/articles/preview?lang=en\""))));
			mvc.perform(get("/admin/articles/new").with(user("claire").roles("EDITOR")))
				.andExpect(content().string(containsString("href=\"/admin/articles/new?lang=en\"")));
		}

		@Test
		void takesAPasteAsWellAsAFile() throws Exception {
			mvc.perform(previewPaste(article().title("Kimi et le contexte long").markdown()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1>Kimi et le contexte long</h1>")));
		}

		@Test
		void setsAFrenchTitleWithItsColonOnTheLineOfTheWordBefore() throws Exception {
			String html = mvc.perform(previewPaste(article().title("Kimi : le contexte long ?").markdown()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
			assertThat(page.title()).contains("Kimi\u202F: le contexte long\u202F?");
			assertThat(page.selectFirst("main h1").wholeText()).contains("Kimi\u202F: le contexte long\u202F?");
		}

		@Test
		void warnsOfWhatTheEditorShouldActOn() throws Exception {
			String markdown = article().url(null).body("""
					Les internautes répondaient :

					> « Encore un modèle de plus, vraiment ? »

					<script>alert('x')</script>

					Un paragraphe <iframe src="https://example.com"></iframe> de texte.

					Il y a quelque temps, Baidu avait promis un nouveau modèle.
					""").markdown();
			mvc.perform(previewPaste(markdown))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-kind=\"UNRESOLVED_DATE\"")))
				.andExpect(content().string(containsString("Il y a quelque temps")))
				.andExpect(content().string(containsString("data-kind=\"NO_SOURCE_URL\"")))
				.andExpect(content().string(containsString("data-kind=\"QUOTE_WITHOUT_SPEAKER\"")))
				.andExpect(content().string(containsString("data-kind=\"UNSAFE_MARKUP\"")))
				.andExpect(content().string(containsString("raw HTML removed")))
				.andExpect(content().string(not(containsString("<script>alert"))));
		}

		@Test
		void listsASpeakerGuessedFromTheContextAsOneToCheck() throws Exception {
			String markdown = article()
				.body("""
						Liang Wenfeng préfère le code aux conférences. Dans son équipe, « la curiosité avant le profit » reste la règle d'or au quotidien.
						""")
				.markdown();
			mvc.perform(previewPaste(markdown))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-kind=\"DOUBTFUL_SPEAKER\"")))
				.andExpect(content().string(containsString("Auteur à vérifier")));
		}

		@Test
		void warnsThatAPublicationTimeToComeSchedulesTheArticle() throws Exception {
			mvc.perform(previewPaste(article().field("published: " + LocalDate.now().plusYears(1)).markdown()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-kind=\"SCHEDULED\"")));
		}

	}

	@Nested
	class Saving {

		@Test
		void publishingShowsTheArticleToReadersOnTheHomePageAndItsPage() throws Exception {
			Uploads upload = article().title("Ernie 4.5 publié depuis l'admin");
			MvcResult saved = mvc.perform(save(upload.markdown(), "published"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrlPattern("/admin/articles/*/edit"))
				.andReturn();
			assertThat(saved.getFlashMap().get("saved")).isEqualTo("published");
			mvc.perform(get("/articles/" + upload.slug()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ernie 4.5 publié depuis l&#39;admin")));
			mvc.perform(get("/")).andExpect(content().string(containsString("/articles/" + upload.slug())));
		}

		@Test
		void aDraftStaysOutOfReadersSight() throws Exception {
			Uploads upload = article();
			mvc.perform(save(upload.markdown(), "draft")).andExpect(status().isFound());
			mvc.perform(get("/articles/" + upload.slug())).andExpect(status().isNotFound());
			assertThat(desk.list(new DeskQuery(EditorialState.DRAFT, null, upload.slug().replace('-', ' '), 1)).total())
				.isZero();
			assertThat(desk.list(new DeskQuery(EditorialState.DRAFT, "fr", null, 1)).rows())
				.anyMatch(row -> row.slug().equals(upload.slug()));
		}

		@Test
		void theButtonDecidesTheStatusWhateverTheFrontMatterSays() throws Exception {
			Uploads upload = article().draft();
			mvc.perform(save(upload.markdown(), "published")).andExpect(status().isFound());
			mvc.perform(get("/articles/" + upload.slug())).andExpect(status().isOk());
		}

		@Test
		void aSlugDerivedFromTheTitleIsWrittenIntoTheFrontMatter() throws Exception {
			Uploads upload = article().noSlug().title("Zhipu entre en Bourse : un test pour les licornes ?");
			mvc.perform(save(upload.markdown(), "published")).andExpect(status().isFound());
			mvc.perform(get("/articles/zhipu-entre-en-bourse-un-test-pour-les-licornes")).andExpect(status().isOk());
		}

	}

	@Nested
	class DuplicateSlug {

		@Test
		void offersToUpdateTheExistingArticleOrToChooseAnotherSlug() throws Exception {
			Uploads first = article().title("Premier article");
			mvc.perform(save(first.markdown(), "published")).andExpect(status().isFound());
			long before = articleCount();
			mvc.perform(previewPaste(article().slug(first.slug()).title("Second article").markdown()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("id=\"slug-conflict\"")))
				.andExpect(content().string(containsString("Premier article")))
				.andExpect(content().string(containsString("name=\"replace\"")))
				.andExpect(content().string(containsString("value=\"" + first.slug() + "-2\"")))
				.andExpect(content().string(not(containsString("id=\"publish\""))));
			assertThat(articleCount()).isEqualTo(before);
		}

		@Test
		void choosingAnotherSlugPreviewsItUnderThatSlug() throws Exception {
			Uploads first = article();
			mvc.perform(save(first.markdown(), "published")).andExpect(status().isFound());
			mvc.perform(previewPaste(article().slug(first.slug()).markdown()).param("slug", first.slug() + "-bis"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/articles/" + first.slug() + "-bis")));
		}

		@Test
		void updatingTheExistingArticleMakesANewRevisionOfIt() throws Exception {
			Uploads first = article().title("Version d'origine");
			MvcResult created = mvc.perform(save(first.markdown(), "published")).andReturn();
			String id = created.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").strip().split(" ")[0];
			long version = 0;
			mvc.perform(asEditor(multipart("/admin/articles")
				.param("markdown", article().slug(first.slug()).title("Version mise à jour").markdown())
				.param("status", "published")
				.param("replace", id)
				.param("version", String.valueOf(version)))).andExpect(status().isFound());
			mvc.perform(get("/articles/" + first.slug()))
				.andExpect(content().string(containsString("Version mise à jour")));
		}

		@Test
		void savingOverATakenSlugIsRefusedWithTheSameOffer() throws Exception {
			Uploads first = article();
			mvc.perform(save(first.markdown(), "published")).andExpect(status().isFound());
			mvc.perform(save(article().slug(first.slug()).markdown(), "published"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("id=\"slug-conflict\"")));
		}

	}

	@Nested
	class TooLarge {

		@Test
		void aFileOverTwoMegabytesGetsTheFriendly413Page() throws Exception {
			byte[] big = (article().markdown() + "Une ligne.\n".repeat(220_000)).getBytes(StandardCharsets.UTF_8);
			assertThat(big.length).isGreaterThan(2 * 1024 * 1024);
			mvc.perform(previewFile(big))
				.andExpect(status().isPayloadTooLarge())
				.andExpect(content().string(containsString("Fichier trop volumineux")));
		}

		@Test
		void soDoesAPaste() throws Exception {
			mvc.perform(previewPaste(article().markdown() + "Une ligne.\n".repeat(220_000)))
				.andExpect(status().isPayloadTooLarge());
		}

	}

	@Nested
	class BadInput {

		static Stream<Arguments> badFiles() {
			String fm = "---\ntitle: Un titre\nlang: fr\ndate: 2024-05-20\n";
			return Stream.of(Arguments.of("empty file", new byte[0], "the file is empty"),
					Arguments.of("binary file", bytes("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000ernie.md"),
							"binary"),
					Arguments.of("not UTF-8",
							"---\ntitle: Réglementation\ndate: 2024-05-20\n---\nTexte."
								.getBytes(StandardCharsets.ISO_8859_1),
							"not UTF-8"),
					Arguments.of("unterminated front matter", bytes(fm + "\nTexte sans fin d'en-tête."),
							"never closed"),
					Arguments.of("invalid YAML",
							bytes("---\ntitle: Un titre\ndate: 2024-05-20\ntags: [a, b\n---\nTexte."),
							"not valid YAML"),
					Arguments.of("YAML alias bomb", bytes(aliasBomb()), "too many YAML aliases"),
					Arguments.of("missing title", bytes("---\nlang: fr\ndate: 2024-05-20\n---\nTexte."),
							"title is required"),
					Arguments.of("missing date", bytes("---\ntitle: Un titre\n---\nTexte."), "date is required"),
					Arguments.of("impossible date",
							bytes("---\ntitle: Un titre\nsource: ifanr\nlang: fr\ndate: 2023-13-45\n---\nTexte."),
							"front matter line 5: date '2023-13-45' is not a valid date"),
					Arguments.of("javascript url", bytes(fm + "url: javascript:alert(1)\n---\nTexte."),
							"front matter line 5: url"),
					Arguments.of("ftp url", bytes(fm + "url: ftp://example.com/a\n---\nTexte."),
							"must be a web address starting with http"),
					Arguments.of("slug with a slash", bytes(fm + "slug: a/b\n---\nTexte."), "slug 'a/b'"),
					Arguments.of("slug with dots", bytes(fm + "slug: ../admin\n---\nTexte."), "slug '../admin'"),
					Arguments.of("slug with spaces", bytes(fm + "slug: mon article\n---\nTexte."),
							"slug 'mon article'"),
					Arguments.of("unknown lang", bytes("---\ntitle: Un titre\nlang: de\ndate: 2024-05-20\n---\nTexte."),
							"lang 'de' is not one of"),
					Arguments.of("10,000 headings", bytes(fm + "---\n" + "## Titre\n\n".repeat(10_000)),
							"more than 500 headings"),
					Arguments.of("a line of 1 MB", bytes(fm + "---\n" + "x".repeat(1024 * 1024)),
							"characters on one line"),
					Arguments.of("quotes nested 1,000 deep", bytes(fm + "---\n" + ">".repeat(1000) + " Citation"),
							"nested more than 20 deep"),
					Arguments.of("a title of 5,000 characters",
							bytes("---\ntitle: " + "T".repeat(5000) + "\ndate: 2024-05-20\n---\nTexte."),
							"title is 5000 characters long"));
		}

		private static byte[] bytes(String text) {
			return text.getBytes(StandardCharsets.UTF_8);
		}

		private static String aliasBomb() {
			StringBuilder yaml = new StringBuilder(
					"---\ntitle: Bombe\ndate: 2024-05-20\na: &a [x, x, x, x, x, x, x, x, x]\n");
			String previous = "a";
			for (char c = 'b'; c <= 'j'; c++) {
				yaml.append(c).append(": &").append(c).append(" [");
				for (int i = 0; i < 9; i++) {
					yaml.append(i > 0 ? ", " : "").append('*').append(previous);
				}
				yaml.append("]\n");
				previous = String.valueOf(c);
			}
			return yaml.append("---\nTexte.").toString();
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("badFiles")
		void isRefusedWithAMessageNamingTheProblemAndNothingSaved(String name, byte[] file, String message)
				throws Exception {
			long before = articleCount();
			mvc.perform(previewFile(file).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"problem\"")))
				.andExpect(
						content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(message))));
			assertThat(articleCount()).isEqualTo(before);
			mvc.perform(get("/")).andExpect(status().isOk());
		}

		@Test
		void aRefusedPasteIsKeptInTheForm() throws Exception {
			String markdown = "---\ntitle: Un titre\nlang: fr\ndate: 2023-13-45\n---\nMon texte précieux.";
			mvc.perform(previewPaste(markdown).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("front matter line 4: date &#39;2023-13-45&#39;")))
				.andExpect(content().string(containsString("Mon texte précieux.")));
		}

		@Test
		void aRefusedSaveIsKeptInTheFormToo() throws Exception {
			String markdown = "---\ntitle: Un titre\nlang: xx\ndate: 2024-05-20\n---\nMon texte précieux.";
			long before = articleCount();
			mvc.perform(save(markdown, "published").header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("lang &#39;xx&#39;")))
				.andExpect(content().string(containsString("Mon texte précieux.")));
			assertThat(articleCount()).isEqualTo(before);
		}

		@Test
		void nothingAtAllIsRefused() throws Exception {
			mvc.perform(previewPaste("   ").header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("choose a Markdown file or paste")));
		}

	}

}
