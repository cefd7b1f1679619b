package dev.aiwire.admin;

import dev.aiwire.article.ArticleService;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.desk.DeskArticle;
import dev.aiwire.article.desk.EditDrafts;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.TrashService;
import dev.aiwire.quote.ExtractedQuote;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static dev.aiwire.admin.Uploads.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing with a preview: the edit shown as readers will see it, with what it changes in
 * the quotations and the timeline, the live article untouched until the changes are
 * published; and the drafts that keep an edit in progress aside.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EditPreviewTests {

	/**
	 * A quotation given to a named speaker and a dated event, both of which an edit may
	 * change.
	 */
	private static final String BODY = """
			Le laboratoire de Hangzhou a présenté mardi un modèle de raisonnement plus sobre.

			Zhang Wei a déclaré lors de la présentation :

			> Nous avons divisé par trois le coût de chaque réponse en une seule année.

			## Les origines

			Le laboratoire avait ouvert son premier centre de calcul le 12 avril 2021 à Shenzhen.
			""";

	private final MockMvc mvc;

	private final EditingService editing;

	private final EditDrafts drafts;

	private final ArticleService articles;

	private final TrashService trash;

	EditPreviewTests(@Autowired MockMvc mvc, @Autowired EditingService editing, @Autowired EditDrafts drafts,
			@Autowired ArticleService articles, @Autowired TrashService trash) {
		this.mvc = mvc;
		this.editing = editing;
		this.drafts = drafts;
		this.articles = articles;
		this.trash = trash;
	}

	private Uploads upload() {
		return article().body(BODY + "\nNote de la rédaction " + System.nanoTime() + ".\n");
	}

	private DeskArticle stored(Uploads upload) {
		PublishResult created = this.editing.create(upload.markdown(), "claire");
		return this.editing.draft(created.articleId());
	}

	private static MockMultipartHttpServletRequestBuilder form(String path, String markdown, long version) {
		MockMultipartHttpServletRequestBuilder request = multipart(path).param("markdown", markdown)
			.param("version", String.valueOf(version));
		request.with(user("marc").roles("EDITOR")).with(csrf());
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder previewOf(DeskArticle article, String markdown) {
		return form("/admin/articles/" + article.id() + "/preview", markdown, article.version());
	}

	private static String speakerOf(ReaderArticle article, String words) {
		return article.quotes()
			.stream()
			.filter(quote -> quote.text().contains(words))
			.map(ExtractedQuote::speaker)
			.findFirst()
			.orElseThrow();
	}

	@Nested
	class Preview {

		@Test
		void anEditIsShownWithTheSpeakerAndTheDateItChangesAndTheLiveArticleStaysAsItWas() throws Exception {
			Uploads upload = upload();
			DeskArticle article = stored(upload);
			String edited = article.markdown()
				.replace("Zhang Wei a déclaré", "Li Na a déclaré")
				.replace("12 avril 2021", "12 mai 2021");
			mvc.perform(previewOf(article, edited))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"publish-changes\"")))
				.andExpect(content().string(containsString("Publier les modifications")))
				.andExpect(content().string(containsString("data-kind=\"SPEAKER_CHANGED\"")))
				.andExpect(content().string(containsString("Zhang Wei → Li Na")))
				.andExpect(content().string(containsString("data-kind=\"DATE_CHANGED\"")))
				.andExpect(content().string(containsString("12 avril 2021 → 12 mai 2021")))
				// the page as readers will see it, with the new speaker
				.andExpect(content().string(containsString("class=\"admin-preview\"")));
			assertThat(editing.draft(article.id()).version()).isEqualTo(article.version());
			assertThat(speakerOf(articles.show(upload.slug()), "divisé par trois")).isEqualTo("Zhang Wei");
		}

		@Test
		void aQuotationAddedAndADateRemovedAreListed() throws Exception {
			DeskArticle article = stored(upload());
			String edited = article.markdown()
				.replace("Le laboratoire avait ouvert son premier centre de calcul le 12 avril 2021 à Shenzhen.",
						"Wang Fang a ajouté : « Nous publierons les poids du modèle pour les chercheurs. »");
			mvc.perform(previewOf(article, edited))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-kind=\"ADDED\"")))
				.andExpect(content()
					.string(containsString("Citation ajoutée\u202F: «\u202FNous publierons les poids du modèle")))
				.andExpect(content().string(containsString("data-kind=\"REMOVED\"")))
				.andExpect(content().string(containsString("Date retirée\u202F: 12 avril 2021")));
		}

		@Test
		void anEditThatLeavesQuotationsAndDatesAloneSaysSo() throws Exception {
			DeskArticle article = stored(upload());
			mvc.perform(previewOf(article, article.markdown().replace("plus sobre", "plus économe")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Aucun changement dans les citations.")))
				.andExpect(content().string(containsString("Aucun changement dans la chronologie.")));
		}

		@Test
		void theChangesAreNamedInEnglishInTheEnglishInterface() throws Exception {
			DeskArticle article = stored(upload());
			mvc.perform(previewOf(article, article.markdown().replace("Zhang Wei a déclaré", "Li Na a déclaré"))
				.header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Publish the changes")))
				.andExpect(content().string(containsString("Speaker changed: “Nous avons divisé par trois")));
		}

		@Test
		void publishingTheChangesSavesThemAsANewRevision() throws Exception {
			Uploads upload = upload();
			DeskArticle article = stored(upload);
			String edited = article.markdown().replace("Zhang Wei a déclaré", "Li Na a déclaré");
			mvc.perform(form("/admin/articles/" + article.id(), edited, article.version()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/articles/" + article.id() + "/edit"));
			assertThat(speakerOf(articles.show(upload.slug()), "divisé par trois")).isEqualTo("Li Na");
			assertThat(editing.draft(article.id()).lastEditor()).isEqualTo("marc");
		}

		@Test
		void goingBackToEditingKeepsTheEditedTextAndSavesNothing() throws Exception {
			Uploads upload = upload();
			DeskArticle article = stored(upload);
			String edited = article.markdown().replace("plus sobre", "nettement plus économe");
			mvc.perform(form("/admin/articles/" + article.id() + "/edit", edited, article.version()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("nettement plus économe")))
				.andExpect(content().string(containsString("id=\"save\"")));
			assertThat(editing.draft(article.id()).markdown()).doesNotContain("nettement plus économe");
		}

		@Test
		void anEditStartedFromAnOlderVersionIsAConflictAtPublishing() throws Exception {
			Uploads upload = upload();
			DeskArticle article = stored(upload);
			editing.update(article.id(), article.version(), article.markdown().replace("plus sobre", "plus rapide"),
					"lea");
			mvc.perform(form("/admin/articles/" + article.id(), article.markdown().replace("plus sobre", "plus lent"),
					article.version())
				.header("Accept-Language", "en"))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("--- saved")))
				.andExpect(content().string(containsString("+++ yours")));
			assertThat(articles.show(upload.slug()).summary()).doesNotContain("plus lent");
		}

	}

	@Nested
	class Refusals {

		@Test
		void aBadSlugFieldIsNamedInFrenchAndNothingIsSaved() throws Exception {
			DeskArticle article = stored(upload());
			mvc.perform(
					previewOf(article, article.markdown()).param("slug", "Pas Un Slug").header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"slug-error\"")))
				.andExpect(content().string(containsString("Le slug ne peut contenir que des lettres minuscules")));
			assertThat(editing.draft(article.id()).version()).isEqualTo(article.version());
		}

		@Test
		void aBadSlugFieldIsNamedInEnglishInTheEnglishInterface() throws Exception {
			DeskArticle article = stored(upload());
			mvc.perform(
					previewOf(article, article.markdown()).param("slug", "Pas Un Slug").header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("A slug may only hold lower-case letters")));
			assertThat(editing.draft(article.id()).version()).isEqualTo(article.version());
		}

		@Test
		void aBadDateInTheTextIsNamedWithItsLineInBothLanguagesAndNothingIsSaved() throws Exception {
			DeskArticle article = stored(upload());
			String bad = article.markdown().replace("date: 2025-03-16", "date: 2025-02-30") + "\nMa correction.\n";
			mvc.perform(previewOf(article, bad).header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content()
					.string(containsString("La date (date) «\u202F2025-02-30\u202F» n&#39;est pas une date valide")))
				.andExpect(content().string(containsString("en-tête, ligne")))
				.andExpect(content().string(containsString("Ma correction.")));
			mvc.perform(form("/admin/articles/" + article.id(), bad, article.version()).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("front matter line")))
				.andExpect(content().string(containsString("date &#39;2025-02-30&#39; is not a valid date")));
			assertThat(editing.draft(article.id()).version()).isEqualTo(article.version());
			assertThat(drafts.pending(article.id())).isEmpty();
		}

		@Test
		void anotherArticlesSlugIsNamedInTheInterfacesLanguage() throws Exception {
			Uploads other = upload();
			stored(other);
			DeskArticle article = stored(upload());
			mvc.perform(
					previewOf(article, article.markdown()).param("slug", other.slug()).header("Accept-Language", "fr"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content()
					.string(containsString("Le slug «\u202F" + other.slug() + "\u202F» est déjà celui de l")));
			mvc.perform(
					previewOf(article, article.markdown()).param("slug", other.slug()).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("The slug &quot;" + other.slug() + "&quot; is already")));
			assertThat(editing.draft(article.id()).slug()).isEqualTo(article.slug());
		}

	}

	@Nested
	class Drafts {

		@Test
		void theDraftButtonKeepsTheEditAsideAndTheEditPageRestoresIt() throws Exception {
			Uploads upload = upload();
			DeskArticle article = stored(upload);
			String edited = article.markdown().replace("plus sobre", "bien plus frugal");
			mvc.perform(form("/admin/articles/" + article.id() + "/draft", edited, article.version()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/articles/" + article.id() + "/edit"));
			mvc.perform(get("/admin/articles/" + article.id() + "/edit").with(user("lea").roles("EDITOR")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"draft-restored\"")))
				.andExpect(content().string(allOf(containsString("Brouillon du "), containsString("restauré"))))
				.andExpect(content().string(containsString("bien plus frugal")))
				.andExpect(content().string(containsString("id=\"discard-draft\"")));
			assertThat(articles.show(upload.slug()).summary()).doesNotContain("frugal");
			assertThat(editing.draft(article.id()).version()).isEqualTo(article.version());
		}

		@Test
		void theAutosaveAnswersWithoutAPageAndKeepsTheFields() throws Exception {
			DeskArticle article = stored(upload());
			String edited = article.markdown().replace("plus sobre", "sobre comme jamais");
			mvc.perform(form("/admin/articles/" + article.id() + "/draft", edited, article.version())
				.param("autosave", "true")
				.param("slug", "un-slug-en-attente")
				.param("status", "draft")).andExpect(status().isNoContent());
			assertThat(drafts.pending(article.id())).hasValueSatisfying(pending -> {
				assertThat(pending.markdown()).contains("sobre comme jamais");
				assertThat(pending.slug()).isEqualTo("un-slug-en-attente");
				assertThat(pending.status()).isEqualTo("draft");
				assertThat(pending.editor()).isEqualTo("marc");
			});
			mvc.perform(get("/admin/articles/" + article.id() + "/edit").with(user("marc").roles("EDITOR")))
				.andExpect(content().string(containsString("value=\"un-slug-en-attente\"")))
				.andExpect(content().string(containsString("sobre comme jamais")));
		}

		@Test
		void anAutosaveWithABadSlugIsRefusedAndKeepsNothing() throws Exception {
			DeskArticle article = stored(upload());
			mvc.perform(form("/admin/articles/" + article.id() + "/draft", article.markdown(), article.version())
				.param("autosave", "true")
				.param("slug", "Pas Un Slug")).andExpect(status().isUnprocessableContent());
			assertThat(drafts.pending(article.id())).isEmpty();
		}

		@Test
		void aDraftNeedsTheFormsToken() throws Exception {
			DeskArticle article = stored(upload());
			mvc.perform(multipart("/admin/articles/" + article.id() + "/draft").param("markdown", "texte")
				.param("version", String.valueOf(article.version()))
				.param("autosave", "true")
				.with(user("marc").roles("EDITOR"))).andExpect(status().isForbidden());
			assertThat(drafts.pending(article.id())).isEmpty();
		}

		@Test
		void discardingTheDraftShowsTheSavedTextAgain() throws Exception {
			DeskArticle article = stored(upload());
			drafts.save(article.id(), article.markdown().replace("plus sobre", "à jeter"), null, null,
					article.version(), "marc");
			mvc.perform(post("/admin/articles/" + article.id() + "/draft/discard").with(user("marc").roles("EDITOR"))
				.with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/articles/" + article.id() + "/edit"));
			assertThat(drafts.pending(article.id())).isEmpty();
			mvc.perform(get("/admin/articles/" + article.id() + "/edit").with(user("marc").roles("EDITOR")))
				.andExpect(content().string(not(containsString("à jeter"))))
				.andExpect(content().string(not(containsString("id=\"draft-restored\""))));
		}

		@Test
		void publishingTheChangesRemovesTheDraft() throws Exception {
			Uploads upload = upload();
			DeskArticle article = stored(upload);
			String edited = article.markdown().replace("plus sobre", "publié enfin");
			drafts.save(article.id(), edited, null, null, article.version(), "marc");
			mvc.perform(form("/admin/articles/" + article.id(), edited, article.version()))
				.andExpect(status().isFound());
			assertThat(drafts.pending(article.id())).isEmpty();
			assertThat(articles.show(upload.slug()).summary()).contains("publié enfin");
		}

		@Test
		void aDraftGoesWithItsArticleWhenTheTrashIsEmptied() {
			DeskArticle article = stored(upload());
			drafts.save(article.id(), article.markdown(), null, null, article.version(), "marc");
			trash.trash(article.id(), "marc");
			trash.emptyTrash("marc");
			assertThat(drafts.pending(article.id())).isEmpty();
		}

		@Test
		void aDraftBegunBeforeAnotherSaveSaysSoWhenRestored() throws Exception {
			DeskArticle article = stored(upload());
			drafts.save(article.id(), article.markdown().replace("plus sobre", "plus ancien"), null, null,
					article.version(), "marc");
			editing.update(article.id(), article.version(), article.markdown().replace("plus sobre", "plus neuf"),
					"lea");
			mvc.perform(get("/admin/articles/" + article.id() + "/edit").with(user("marc").roles("EDITOR")))
				.andExpect(content().string(containsString("id=\"draft-behind\"")))
				.andExpect(content().string(containsString("name=\"version\" value=\"" + article.version() + "\"")));
		}

	}

}
