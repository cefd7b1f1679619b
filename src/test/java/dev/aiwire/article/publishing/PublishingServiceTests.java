package dev.aiwire.article.publishing;

import java.time.LocalDate;

import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.store.Revision;
import dev.aiwire.article.store.RevisionRepository;
import dev.aiwire.article.TranslationLink;
import dev.aiwire.markdown.DocumentException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ActiveProfiles("test")
class PublishingServiceTests {

	@Autowired
	private PublishingService publishing;

	@Autowired
	private ArticleService articles;

	@Autowired
	private RevisionRepository revisions;

	@Nested
	class Importing {

		@Test
		void createsAnArticleWithASlugDerivedFromItsTitle() {
			PublishResult result = publishing.importFile("test/derive.md",
					article().title("Réglementation de l'IA : où en est Pékin ?").bytes(), "tester");
			assertThat(result.outcome()).isEqualTo(PublishResult.Outcome.CREATED);
			assertThat(result.slug()).isEqualTo("reglementation-de-l-ia-ou-en-est-pekin");
			assertThat(articles.show(result.slug()).title()).isEqualTo("Réglementation de l'IA : où en est Pékin ?");
		}

		@Test
		void makesDerivedSlugsUnique() {
			String first = publishing.importFile("test/same-1.md", article().title("Titre jumeau").bytes(), "tester")
				.slug();
			String second = publishing.importFile("test/same-2.md", article().title("Titre jumeau").bytes(), "tester")
				.slug();
			assertThat(first).isEqualTo("titre-jumeau");
			assertThat(second).isEqualTo("titre-jumeau-2");
		}

		@Test
		void doesNothingWhenTheSameFileComesAgain() {
			byte[] file = article().slug("idempotent").bytes();
			publishing.importFile("test/idempotent.md", file, "tester");
			PublishResult again = publishing.importFile("test/idempotent.md", file, "tester");
			assertThat(again.outcome()).isEqualTo(PublishResult.Outcome.UNCHANGED);
			assertThat(revisions.findByArticle(again.articleId())).hasSize(1);
		}

		@Test
		void keepsEveryVersionOfAChangedFileAsARevision() {
			publishing.importFile("test/revised.md", article().slug("revised").title("Première version").bytes(),
					"tester");
			PublishResult second = publishing.importFile("test/revised.md",
					article().slug("revised").title("Deuxième version").bytes(), "tester");
			assertThat(second.outcome()).isEqualTo(PublishResult.Outcome.REVISED);
			assertThat(revisions.findByArticle(second.articleId())).extracting(Revision::getNumber)
				.containsExactly(1, 2);
			assertThat(articles.show("revised").title()).isEqualTo("Deuxième version");
		}

		@Test
		void storesAHeadlineThatRunsIntoItsFirstSentence() {
			String title = "Le géant chinois a dévoilé son modèle, et la concurrence s'organise. ".repeat(22).strip();
			PublishResult result = publishing.importFile("test/long-title.md", article().title(title).bytes(),
					"tester");
			assertThat(title.length()).isGreaterThan(1500);
			assertThat(articles.show(result.slug()).title()).isEqualTo(title);
			assertThat(result.slug().length()).isLessThanOrEqualTo(80);
		}

		@Test
		void refusesASlugAnotherArticleAlreadyUses() {
			publishing.importFile("test/taken-1.md", article().slug("taken").bytes(), "tester");
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> publishing.importFile("test/taken-2.md", article().slug("taken").bytes(), "tester"))
				.withMessageContaining("slug 'taken' is already used");
		}

	}

	@Nested
	class Visibility {

		@Test
		void hidesDrafts() {
			publishing.importFile("test/draft.md", article().slug("a-draft").draft().bytes(), "tester");
			assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> articles.show("a-draft"));
		}

		@Test
		void hidesArticlesScheduledForLater() {
			publishing.importFile("test/scheduled.md",
					article().slug("scheduled").date(LocalDate.now().plusDays(3)).bytes(), "tester");
			assertThatExceptionOfType(ArticleNotFoundException.class).isThrownBy(() -> articles.show("scheduled"));
			assertThat(articles.latest(1).articles()).noneMatch(summary -> summary.slug().equals("scheduled"));
		}

		@Test
		void linksTranslationsOfTheSameOriginal() {
			publishing.importFile("test/pair-fr.md",
					article().slug("pair-fr").lang("fr").translationKey("pair-key").bytes(), "tester");
			publishing.importFile("test/pair-en.md",
					article().slug("pair-en").lang("en").translationKey("pair-key").bytes(), "tester");
			assertThat(articles.show("pair-fr").translations())
				.containsExactly(new TranslationLink("pair-en", "en", "Un article de test"));
		}

	}

}
