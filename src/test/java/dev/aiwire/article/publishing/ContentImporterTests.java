package dev.aiwire.article.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.aiwire.article.ArticleService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

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
class ContentImporterTests {

	@Autowired
	private BulkImporter bulkImporter;

	@Autowired
	private ArticleService articles;

	@TempDir
	Path folder;

	@Test
	void importsEveryGoodFileAndSkipsABadOneWithOneLineNamingIt(CapturedOutput output) throws IOException {
		Files.write(this.folder.resolve("good-one.md"), article().slug("import-good-one").bytes());
		Files.writeString(this.folder.resolve("bad-date.md"),
				"---\ntitle: Mauvaise date\ndate: 2023-13-45\n---\nTexte.\n");
		Files.write(this.folder.resolve("good-two.md"), article().slug("import-good-two").bytes());

		ContentImporter.ImportReport report = importer().importAll();

		assertThat(report).isEqualTo(new ContentImporter.ImportReport(2, 0, 0, 1));
		assertThat(output).contains("Skipped " + this.folder.resolve("bad-date.md")
				+ ": front matter line 3: date '2023-13-45' is not a valid date");
		assertThat(this.articles.show("import-good-two").slug()).isEqualTo("import-good-two");
	}

	@Test
	void importsNothingTwiceAndTurnsAChangedFileIntoARevision() throws IOException {
		Path file = this.folder.resolve("again.md");
		Files.write(file, article().slug("import-again").title("Avant").bytes());
		importer().importAll();

		assertThat(importer().importAll()).isEqualTo(new ContentImporter.ImportReport(0, 0, 1, 0));

		Files.write(file, article().slug("import-again").title("Après").bytes());
		assertThat(importer().importAll()).isEqualTo(new ContentImporter.ImportReport(0, 1, 0, 0));
		assertThat(this.articles.show("import-again").title()).isEqualTo("Après");
	}

	private ContentImporter importer() {
		return new ContentImporter(this.bulkImporter, new ContentProperties(this.folder));
	}

}
