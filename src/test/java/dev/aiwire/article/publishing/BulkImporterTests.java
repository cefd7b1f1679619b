package dev.aiwire.article.publishing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.aiwire.article.ArticleFixtures;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.SectionView;
import dev.aiwire.article.TagRef;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BulkImporterTests {

	private static final String[] SPEAKERS = { "Robin Li", "Liang Wenfeng", "Yang Zhilin", "Wang Xiaochuan" };

	@Autowired
	private BulkImporter importer;

	@Autowired
	private PublishingService publishing;

	@Autowired
	private ArticleService articles;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void importsManyFilesIntoTheSameArticlesSectionsQuotationsAndTimelineAsOneByOne(CapturedOutput output) {
		int count = 230;
		List<BulkImporter.ImportFile> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			byte[] bytes = varied("lot-bulk", i);
			files.add(new BulkImporter.ImportFile("bulk/" + i + ".md", "bulk/" + i + ".md", () -> bytes));
		}
		for (int i = 0; i < count; i++) {
			this.publishing.importFile("single/" + i + ".md", varied("lot-single", i), "tester");
		}

		BulkImporter.ImportReport report = this.importer.importFiles("a test batch", files, "tester");

		assertThat(report.created()).isEqualTo(count);
		assertThat(report.problems()).isEmpty();
		for (int i = 0; i < count; i++) {
			ReaderArticle bulk = this.articles.show("lot-bulk-" + i);
			ReaderArticle single = this.articles.show("lot-single-" + i);
			assertThat(bulk.title()).isEqualTo(single.title());
			assertThat(bulk.sections()).isEqualTo(single.sections());
			assertThat(bulk.quotes()).isEqualTo(single.quotes());
			assertThat(bulk.timeline()).isEqualTo(single.timeline());
			assertThat(bulk.tags()).isEqualTo(single.tags());
		}
		assertThat(this.articles.show("lot-bulk-7").quotes()).isNotEmpty();
		assertThat(this.articles.show("lot-bulk-7").timeline()).isNotEmpty();
		assertThat(output).containsPattern("a test batch: 100/230 files, [0-9.]+ files/s, about \\d+ s left")
			.containsPattern("a test batch: 230/230 files, [0-9.]+ files/s, about 0 s left");
	}

	@Test
	void looksTheTagsSlugsAndArticlesOfABatchUpOnceAndSharesATagItCreatesWithItsLaterArticles() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		List<BulkImporter.ImportFile> files = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			byte[] bytes = article().slug("robotaxi-" + i)
				.title("Les robotaxis de Wuhan, épisode " + i)
				.tags("Robotaxi " + (i % 3), "Conduite autonome")
				.body("Les voitures sans chauffeur de Baidu roulent à Wuhan depuis 2022.\n")
				.bytes();
			files.add(new BulkImporter.ImportFile("robotaxi/" + i + ".md", "robotaxi/" + i + ".md", () -> bytes));
		}
		statistics.clear();

		BulkImporter.ImportReport report = this.importer.importFiles("two batches", files, "tester");

		assertThat(report.created()).isEqualTo(150);
		assertThat(executions(statistics, "FROM Tag")).isEqualTo(2);
		assertThat(executions(statistics, "sourcePath =")).isZero();
		assertThat(executions(statistics, "slug in")).isEqualTo(2);
		assertThat(this.articles.show("robotaxi-149").tags()).isEqualTo(this.articles.show("robotaxi-2").tags());
		assertThat(this.articles.show("robotaxi-0").tags()).extracting(TagRef::name)
			.containsExactly("Robotaxi 0", "Conduite autonome");
	}

	@Test
	void writesEachBatchAtOnceGivingItsArticlesFreeSlugs() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.publishing.importFile("ferry/owner.md",
				article().title("Le ferry autonome de Shenzhen").body("Il traverse la baie.\n").bytes(), "tester");
		List<BulkImporter.ImportFile> files = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			// the same title for all but the editors' slugs: each new one takes the next
			// free slug after the one stored and those its batch took before it
			ArticleFixtures builder = article().title("Le ferry autonome de Shenzhen")
				.body("Le ferry numéro " + i + " traverse la baie depuis mars 2024.\n");
			byte[] bytes = ((i % 2 == 0) ? builder : builder.slug("ferry-" + i)).bytes();
			files.add(new BulkImporter.ImportFile("ferry/" + i + ".md", "ferry/" + i + ".md", () -> bytes));
		}
		statistics.clear();

		BulkImporter.ImportReport report = this.importer.importFiles("two batches", files, "tester");

		assertThat(report.created()).isEqualTo(150);
		// one flush per batch (its commit), where each article was flushed on its own
		assertThat(statistics.getFlushCount()).isLessThanOrEqualTo(4);
		assertThat(html("le-ferry-autonome-de-shenzhen")).contains("Il traverse la baie");
		assertThat(html("le-ferry-autonome-de-shenzhen-2")).contains("Le ferry numéro 0 ");
		assertThat(html("le-ferry-autonome-de-shenzhen-76")).contains("Le ferry numéro 148 ");
		assertThat(html("ferry-149")).contains("Le ferry numéro 149 ");
	}

	@Test
	void importsTheSameFilesAgainAsUnchanged() {
		List<BulkImporter.ImportFile> files = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			byte[] bytes = varied("again", i);
			files.add(new BulkImporter.ImportFile("again/" + i + ".md", "again/" + i + ".md", () -> bytes));
		}
		this.importer.importFiles("a small batch", files, "tester");

		BulkImporter.ImportReport again = this.importer.importFiles("a small batch", files, "tester");

		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.created() + again.revised() + again.skipped()).isZero();
	}

	@Test
	void skipsABadFileNamingItsLineAndKeepsEveryOtherFileOfItsBatch(CapturedOutput output) {
		this.publishing.importFile("taken/owner.md", article().slug("bulk-slug-taken").bytes(), "tester");
		List<BulkImporter.ImportFile> files = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			byte[] bytes = switch (i) {
				case 40 ->
					"---\ntitle: Mauvaise date\ndate: 2023-13-45\n---\nTexte.\n".getBytes(StandardCharsets.UTF_8);
				case 41 -> article().slug("bulk-slug-taken").title("Un autre article").bytes();
				default -> varied("kept", i);
			};
			files.add(new BulkImporter.ImportFile("mixed/" + i + ".md", "content/mixed/" + i + ".md", () -> bytes));
		}

		BulkImporter.ImportReport report = this.importer.importFiles("a mixed batch", files, "tester");

		assertThat(report.created()).isEqualTo(118);
		assertThat(report.skipped()).isEqualTo(2);
		assertThat(report.problems()).hasSize(2);
		assertThat(report.problems().get(0))
			.startsWith("mixed/40.md: front matter line 3: date '2023-13-45' is not a valid date");
		assertThat(report.problems().get(1)).startsWith("mixed/41.md: ").contains("'bulk-slug-taken' is already used");
		assertThat(output).contains("Skipped content/mixed/40.md: front matter line 3: date '2023-13-45'");
		assertThat(this.articles.show("kept-39").title()).isEqualTo("Modèle numéro 39");
		assertThat(this.articles.show("kept-42").title()).isEqualTo("Modèle numéro 42");
		assertThat(this.articles.show("bulk-slug-taken").title()).isEqualTo("Un article de test");
	}

	@Test
	void logsNoProgressForAHundredFilesOrFewer(CapturedOutput output) {
		List<BulkImporter.ImportFile> files = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			byte[] bytes = varied("quiet", i);
			files.add(new BulkImporter.ImportFile("quiet/" + i + ".md", "quiet/" + i + ".md", () -> bytes));
		}

		this.importer.importFiles("a hundred files", files, "tester");

		assertThat(output).contains("Imported a hundred files: 100 created").doesNotContain("a hundred files: 100/100");
	}

	/** The HTML of an article's sections. */
	private String html(String slug) {
		return this.articles.show(slug).sections().stream().map(SectionView::html).reduce("", String::concat);
	}

	/** How many times the queries holding this text ran. */
	private static long executions(Statistics statistics, String text) {
		return Stream.of(statistics.getQueries())
			.filter((query) -> query.contains(text))
			.mapToLong((query) -> statistics.getQueryStatistics(query).getExecutionCount())
			.sum();
	}

	/**
	 * Articles of various lengths with dates and quotations; the slug's prefix tells the
	 * sets apart.
	 */
	private static byte[] varied(String prefix, int i) {
		String speaker = SPEAKERS[i % SPEAKERS.length];
		StringBuilder body = new StringBuilder();
		body.append("Le ")
			.append(1 + i % 27)
			.append(" mars, ")
			.append(speaker)
			.append(" a présenté le modèle numéro ")
			.append(i)
			.append(".\n\n");
		for (int s = 0; s <= i % 4; s++) {
			body.append("## Partie ").append(s + 1).append("\n\n");
			for (int p = 0; p <= (i + s) % 3; p++) {
				body.append("« Nous publierons la version ")
					.append(i)
					.append(" avant l'été », a déclaré ")
					.append(speaker)
					.append(". La société avait levé des fonds en janvier 2023.\n\n");
			}
			if ((i + s) % 2 == 0) {
				body.append(speaker).append(" a ajouté :\n\n> Le prix baissera encore l'an prochain.\n\n");
			}
		}
		return article().slug(prefix + "-" + i)
			.title("Modèle numéro " + i)
			.date(LocalDate.of(2015, 1 + i % 12, 1 + i % 28))
			.tags("LLM", "Lot " + (i % 5))
			.body(body.toString())
			.bytes();
	}

}
