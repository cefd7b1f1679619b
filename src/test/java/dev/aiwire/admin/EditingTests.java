package dev.aiwire.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.aiwire.article.ArticleService;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.desk.DeskArticle;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.EditorialState;
import dev.aiwire.article.desk.TrashService;
import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static dev.aiwire.admin.Uploads.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing an article: revisions with their editor, conflicts, renamed slugs, the trash
 * and the export.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EditingTests {

	private final MockMvc mvc;

	private final EditingService editing;

	private final TrashService trash;

	private final ArticleService articles;

	private final PublishingService publishing;

	EditingTests(@Autowired MockMvc mvc, @Autowired EditingService editing, @Autowired TrashService trash,
			@Autowired ArticleService articles, @Autowired PublishingService publishing) {
		this.mvc = mvc;
		this.editing = editing;
		this.trash = trash;
		this.articles = articles;
		this.publishing = publishing;
	}

	private PublishResult published(Uploads upload) {
		return this.editing.create(upload.markdown(), "claire");
	}

	private static MockMultipartHttpServletRequestBuilder update(long id, long version, String markdown,
			String editor) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/articles/" + id).param("markdown", markdown)
			.param("version", String.valueOf(version));
		request.with(user(editor).roles("EDITOR")).with(csrf());
		return request;
	}

	private static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(user("redaction").roles("EDITOR")).with(csrf());
	}

	@Nested
	class Revisions {

		@Test
		void theEditPageHasTheMarkdownAndItsVersion() throws Exception {
			PublishResult created = published(article().title("Titre à modifier"));
			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/edit")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("title: &quot;Titre à modifier&quot;")))
				.andExpect(content().string(containsString("name=\"version\"")));
		}

		@Test
		void eachSaveIsARevisionSignedByItsEditor() throws Exception {
			Uploads upload = article().title("Première version");
			PublishResult created = published(upload);
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(
					update(created.articleId(), draft.version(), upload.title("Deuxième version").markdown(), "marc"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/articles/" + created.articleId() + "/edit"));
			assertThat(articles.show(upload.slug()).title()).isEqualTo("Deuxième version");
			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/revisions")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<td class=\"editor\">marc</td>")))
				.andExpect(content().string(containsString("<td class=\"editor\">claire</td>")));
		}

		@Test
		void savingTheSameTextWithBrowserLineEndingsChangesNothing() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(update(created.articleId(), draft.version(), draft.markdown().replace("\n", "\r\n"), "marc"))
				.andExpect(status().isFound());
			assertThat(editing.draft(created.articleId()).version()).isEqualTo(draft.version());
		}

		@Test
		void aDiffShowsWhatChangedBetweenTwoRevisions() throws Exception {
			Uploads upload = article().title("Avant");
			PublishResult created = published(upload);
			editing.update(created.articleId(), editing.draft(created.articleId()).version(),
					editing.draft(created.articleId()).markdown().replace("Avant", "Après"), "marc");
			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/revisions/diff?from=1&to=2")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(
						"<del><span class=\"visually-hidden\">[supprimé\u202F: ]</span>&quot;Avant&quot;</del>")))
				.andExpect(content().string(containsString(
						"<ins><span class=\"visually-hidden\">[ajouté\u202F: ]</span>&quot;Après&quot;</ins>")));
		}

		@Test
		void restoringAnOldRevisionMakesItTheNewestOne() throws Exception {
			Uploads upload = article().title("Le bon titre");
			PublishResult created = published(upload);
			editing.update(created.articleId(), editing.draft(created.articleId()).version(),
					editing.draft(created.articleId()).markdown().replace("Le bon titre", "Une erreur"), "marc");
			assertThat(articles.show(upload.slug()).title()).isEqualTo("Une erreur");
			mvc.perform(asEditor(post("/admin/articles/" + created.articleId() + "/revisions/1/restore")))
				.andExpect(status().isFound());
			assertThat(articles.show(upload.slug()).title()).isEqualTo("Le bon titre");
			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/revisions")))
				.andExpect(content().string(containsString("data-number=\"3\"")));
		}

	}

	@Nested
	class Conflicts {

		@Test
		void theSecondOfTwoSavesFromTheSameVersionIsRefusedWithBothVersionsShown() throws Exception {
			Uploads upload = article().title("Version commune");
			PublishResult created = published(upload);
			long version = editing.draft(created.articleId()).version();
			String base = editing.draft(created.articleId()).markdown();
			mvc.perform(
					update(created.articleId(), version, base.replace("Version commune", "Version de Marc"), "marc"))
				.andExpect(status().isFound());
			mvc.perform(update(created.articleId(), version, base.replace("Version commune", "Version de Léa"), "lea"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("id=\"conflict\"")))
				.andExpect(content().string(containsString("Version de Marc")))
				.andExpect(content().string(containsString("Version de Léa")))
				.andExpect(content().string(containsString("Version enregistrée par marc")));
			assertThat(articles.show(upload.slug()).title()).isEqualTo("Version de Marc");
		}

		@Test
		void theRefusedEditorCanThenSaveTheirVersionOverTheOther() throws Exception {
			Uploads upload = article().title("Version commune");
			PublishResult created = published(upload);
			long version = editing.draft(created.articleId()).version();
			String base = editing.draft(created.articleId()).markdown();
			editing.update(created.articleId(), version, base.replace("Version commune", "Version de Marc"), "marc");
			long current = editing.draft(created.articleId()).version();
			mvc.perform(update(created.articleId(), current, base.replace("Version commune", "Version de Léa"), "lea"))
				.andExpect(status().isFound());
			assertThat(articles.show(upload.slug()).title()).isEqualTo("Version de Léa");
		}

		@Test
		void aBadEditIsRefusedWithTheTextKept() throws Exception {
			PublishResult created = published(article());
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(update(created.articleId(), draft.version(),
					draft.markdown().replace("date: 2025-03-16", "date: 2025-02-30") + "\nMa correction.", "marc"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content()
					.string(containsString("La date (date) «\u202F2025-02-30\u202F» n&#39;est pas une date valide")))
				.andExpect(content().string(containsString("Ma correction.")));
		}

	}

	@Nested
	class Slugs {

		@Test
		void aChangedSlugRedirectsTheOldOneFor301() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			String oldSlug = upload.slug();
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(update(created.articleId(), draft.version(),
					draft.markdown().replace("slug: " + oldSlug, "slug: " + oldSlug + "-renomme"), "marc"))
				.andExpect(status().isFound());
			mvc.perform(get("/articles/" + oldSlug))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/articles/" + oldSlug + "-renomme"));
			mvc.perform(get("/api/articles/" + oldSlug))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/api/articles/" + oldSlug + "-renomme"));
			mvc.perform(get("/articles/" + oldSlug + "-renomme")).andExpect(status().isOk());
		}

		@Test
		void aSlugOfAnotherArticleIsRefused() throws Exception {
			Uploads other = article();
			published(other);
			PublishResult created = published(article());
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(update(created.articleId(), draft.version(),
					draft.markdown().replace("slug: " + draft.slug(), "slug: " + other.slug()), "marc"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content()
					.string(containsString("Le slug «\u202F" + other.slug() + "\u202F» est déjà celui de l")));
		}

	}

	@Nested
	class Trash {

		@Test
		void deletingMovesToATrashFromWhichTheArticleComesBack() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			mvc.perform(asEditor(post("/admin/articles/" + created.articleId() + "/trash")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/trash"));
			mvc.perform(get("/articles/" + upload.slug())).andExpect(status().isNotFound());
			mvc.perform(asEditor(get("/admin?state=trashed")))
				.andExpect(content().string(containsString("data-slug=\"" + upload.slug() + "\"")));
			mvc.perform(asEditor(post("/admin/articles/" + created.articleId() + "/restore")))
				.andExpect(status().isFound());
			mvc.perform(get("/articles/" + upload.slug())).andExpect(status().isOk());
		}

		@Test
		void emptyingTheTrashAsksForConfirmationThenDeletesForGood() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			trash.trash(created.articleId(), "marc");
			mvc.perform(asEditor(get("/admin/trash/empty")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"confirm\"")));
			mvc.perform(asEditor(post("/admin/trash/empty"))).andExpect(redirectedUrl("/admin/trash/empty"));
			assertThat(trash.trashed()).anyMatch(row -> row.slug().equals(upload.slug()));
			mvc.perform(asEditor(post("/admin/trash/empty").param("confirm", "true")))
				.andExpect(redirectedUrl("/admin/trash"));
			assertThat(trash.trashed()).isEmpty();
			mvc.perform(asEditor(get("/admin/articles/" + created.articleId() + "/edit")))
				.andExpect(status().isNotFound());
		}

	}

	@Nested
	class Lists {

		@Test
		void theArticleCountsOfTheListsFollowEveryPublishTrashAndRestore() {
			published(article());
			long all = articles.latest(1).totalArticles();
			long french = articles.latest("fr", 1).totalArticles();
			long tagged = articles.taggedWith("ernie", 1).totalArticles();
			PublishResult created = published(article());
			assertThat(articles.latest(1).totalArticles()).isEqualTo(all + 1);
			assertThat(articles.latest("fr", 1).totalArticles()).isEqualTo(french + 1);
			assertThat(articles.taggedWith("ernie", 1).totalArticles()).isEqualTo(tagged + 1);
			trash.trash(created.articleId(), "marc");
			assertThat(articles.latest(1).totalArticles()).isEqualTo(all);
			assertThat(articles.taggedWith("ernie", 1).totalArticles()).isEqualTo(tagged);
			trash.restore(created.articleId(), "marc");
			assertThat(articles.latest("fr", 1).totalArticles()).isEqualTo(french + 1);
		}

	}

	@Nested
	class SiteTimeline {

		private static final String DATED = "Le laboratoire a ouvert ses portes le 3 février 2011 à Hangzhou.\n";

		@Test
		void theTrashTakesTheEventsOffTheSiteTimelineAndTheRestoreBringsThemBack() throws Exception {
			Uploads upload = article().body(DATED);
			PublishResult created = published(upload);
			assertThat(siteTimeline2011()).contains(linkTo(upload));
			trash.trash(created.articleId(), "marc");
			assertThat(siteTimeline2011()).doesNotContain(linkTo(upload));
			trash.restore(created.articleId(), "marc");
			assertThat(siteTimeline2011()).contains(linkTo(upload));
		}

		@Test
		void draftsAndScheduledArticlesKeepTheirEventsOffTheSiteTimeline() throws Exception {
			Uploads draft = article().body(DATED).draft();
			Uploads scheduled = article().body(DATED).field("published: " + LocalDate.now().plusDays(3));
			published(draft);
			published(scheduled);
			assertThat(siteTimeline2011()).doesNotContain(linkTo(draft)).doesNotContain(linkTo(scheduled));
		}

		@Test
		void anArticleSavedAgainAsADraftLeavesTheSiteTimeline() throws Exception {
			Uploads upload = article().body(DATED);
			PublishResult created = published(upload);
			assertThat(siteTimeline2011()).contains(linkTo(upload));
			editing.update(created.articleId(), editing.draft(created.articleId()).version(), upload.draft().markdown(),
					"marc");
			assertThat(siteTimeline2011()).doesNotContain(linkTo(upload));
		}

		private String siteTimeline2011() throws Exception {
			return mvc.perform(get("/timeline").param("year", "2011"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}

		private static String linkTo(Uploads upload) {
			return "href=\"/articles/" + upload.slug() + "#s-";
		}

	}

	@Nested
	class SiteQuotations {

		@Test
		void theTrashTakesTheQuotationsOffTheSpeakerPagesAndTheRestoreBringsThemBack() throws Exception {
			Uploads upload = article()
				.body("Le 3 février 2011, Zhou Tianmu a déclaré :\n\n> Nous ouvrirons un second laboratoire.\n");
			PublishResult created = published(upload);
			mvc.perform(get("/quotes/zhou-tianmu"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/articles/" + upload.slug() + "\"")));
			trash.trash(created.articleId(), "marc");
			mvc.perform(get("/quotes/zhou-tianmu")).andExpect(status().isNotFound());
			trash.restore(created.articleId(), "marc");
			mvc.perform(get("/quotes/zhou-tianmu")).andExpect(status().isOk());
		}

		@Test
		void aRenamedArticleIsLinkedByItsNewSlugFromTheTimelineAndTheQuotations() throws Exception {
			Uploads upload = article()
				.body("Le 3 février 2011, Qin Haoran a déclaré :\n\n> Le modèle sortira avant l'été.\n");
			PublishResult created = published(upload);
			DeskArticle draft = editing.draft(created.articleId());
			editing.update(created.articleId(), draft.version(),
					draft.markdown().replace("slug: " + upload.slug(), "slug: " + upload.slug() + "-bis"), "marc");
			mvc.perform(get("/quotes/qin-haoran"))
				.andExpect(content().string(containsString("href=\"/articles/" + upload.slug() + "-bis\"")));
			mvc.perform(get("/timeline").param("year", "2011"))
				.andExpect(content().string(containsString("href=\"/articles/" + upload.slug() + "-bis#s-")));
		}

		@Test
		void theSiteTimelineFiltersByTheTagsTheArticleHasNow() throws Exception {
			Uploads upload = article().tags("[Lotus Bleu]")
				.body("Le laboratoire a ouvert ses portes le 3 février 2011 à Hangzhou.\n");
			PublishResult created = published(upload);
			mvc.perform(get("/timeline").param("tag", "lotus-bleu"))
				.andExpect(content()
					.string(containsString("<option value=\"lotus-bleu\" selected=\"selected\">Lotus Bleu</option>")))
				.andExpect(content().string(containsString("href=\"/articles/" + upload.slug() + "#s-")));
			DeskArticle draft = editing.draft(created.articleId());
			editing.update(created.articleId(), draft.version(),
					draft.markdown().replace("[Lotus Bleu]", "[Lotus Rouge]"), "marc");
			mvc.perform(get("/timeline").param("tag", "lotus-bleu"))
				.andExpect(content().string(not(containsString("href=\"/articles/" + upload.slug() + "#s-"))));
		}

	}

	@Nested
	class FormFields {

		@Test
		void refusesAnInvalidSlugBesideItsFieldAndSavesNothing() throws Exception {
			PublishResult created = published(article());
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(
					update(created.articleId(), draft.version(), draft.markdown(), "marc").param("slug", "Mauvais Slug")
						.header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content()
					.string(containsString("<p class=\"field-error\" id=\"slug-error\">A slug may only hold")))
				.andExpect(content().string(containsString("value=\"Mauvais Slug\"")));
			assertThat(editing.draft(created.articleId()).version()).isEqualTo(draft.version());
			assertThat(editing.draft(created.articleId()).slug()).isEqualTo(created.slug());
		}

		@Test
		void savesTheSlugAndTheStatusGivenBesideTheMarkdown() throws Exception {
			PublishResult created = published(article());
			DeskArticle draft = editing.draft(created.articleId());
			mvc.perform(update(created.articleId(), draft.version(), draft.markdown(), "marc")
				.param("slug", created.slug() + "-nouveau")
				.param("status", "draft")).andExpect(status().isFound());
			DeskArticle saved = editing.draft(created.articleId());
			assertThat(saved.slug()).isEqualTo(created.slug() + "-nouveau");
			assertThat(saved.state()).isEqualTo(EditorialState.DRAFT);
			assertThat(saved.markdown()).contains("\nslug: " + created.slug() + "-nouveau\n")
				.contains("\nstatus: draft\n");
		}

	}

	@Nested
	class Export {

		@Test
		void zipsEveryArticleAsMarkdownThatImportsBackUnchanged() throws Exception {
			Uploads published = article().title("Exporté et publié");
			Uploads draft = article().title("Exporté en brouillon");
			Uploads derived = article().noSlug().title("Exporté sans slug écrit à la main");
			PublishResult one = published(published);
			PublishResult two = editing.create(draft.markdown().replace("---\n\n", "status: draft\n---\n\n"), "claire");
			PublishResult three = published(derived);
			Map<Long, ReaderArticle> before = new LinkedHashMap<>();
			Map<Long, EditorialState> states = new LinkedHashMap<>();
			for (PublishResult result : new PublishResult[] { one, two, three }) {
				before.put(result.articleId(), editing.previewStored(result.articleId()).article());
				states.put(result.articleId(), editing.draft(result.articleId()).state());
			}
			byte[] zip = export();
			Map<String, String> files = unzip(zip);
			for (PublishResult result : new PublishResult[] { one, two, three }) {
				assertThat(files).containsKey(result.slug() + ".md");
				trash.trash(result.articleId(), "claire");
			}
			trash.emptyTrash("claire");
			for (PublishResult result : new PublishResult[] { one, two, three }) {
				String name = result.slug() + ".md";
				PublishResult again = publishing.importFile("export/" + name,
						files.get(name).getBytes(StandardCharsets.UTF_8), "import");
				ReaderArticle original = before.get(result.articleId());
				ReaderArticle imported = editing.previewStored(again.articleId()).article();
				assertThat(again.slug()).isEqualTo(result.slug());
				assertThat(imported).usingRecursiveComparison().ignoringFields("id", "updatedAt").isEqualTo(original);
				assertThat(editing.draft(again.articleId()).state()).isEqualTo(states.get(result.articleId()));
			}
			assertThat(states.get(two.articleId())).isEqualTo(EditorialState.DRAFT);
			mvc.perform(get("/articles/" + one.slug())).andExpect(status().isOk());
			mvc.perform(get("/articles/" + two.slug())).andExpect(status().isNotFound());
		}

		@Test
		void leavesTheTrashOut() throws Exception {
			Uploads upload = article();
			PublishResult created = published(upload);
			trash.trash(created.articleId(), "claire");
			byte[] zip = export();
			assertThat(unzip(zip)).doesNotContainKey(upload.slug() + ".md");
			mvc.perform(asEditor(get("/admin"))).andExpect(content().string(not(containsString(upload.slug()))));
		}

		private byte[] export() throws Exception {
			return mvc.perform(asEditor(get("/admin/export")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/zip"))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
		}

		private static Map<String, String> unzip(byte[] zip) throws Exception {
			Map<String, String> files = new LinkedHashMap<>();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					in.transferTo(out);
					files.put(entry.getName(), out.toString(StandardCharsets.UTF_8));
				}
			}
			return files;
		}

	}

}
