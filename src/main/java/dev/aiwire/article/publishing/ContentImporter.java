package dev.aiwire.article.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports every Markdown file of the content folder at start-up, in batches
 * ({@link BulkImporter}). Idempotent: an unchanged file does nothing, a changed one
 * becomes a new revision, nothing is ever deleted. A bad file is skipped with one line
 * naming it and the problem; the others are still imported.
 */
@Component
@Order(0)
class ContentImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ContentImporter.class);

	static final String EDITOR = "content-import";

	private final BulkImporter importer;

	private final ContentProperties properties;

	ContentImporter(BulkImporter importer, ContentProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		importAll();
	}

	/**
	 * Imports the folder and returns how many files were created, revised, unchanged and
	 * skipped.
	 */
	ImportReport importAll() {
		Path folder = this.properties.contentDir();
		if (!Files.isDirectory(folder)) {
			logger.info("No content folder at {}: nothing to import", folder.toAbsolutePath());
			return new ImportReport(0, 0, 0, 0);
		}
		return importFiles(folder, markdownFiles(folder));
	}

	/** Imports these files of a folder, each named by its path relative to the folder. */
	ImportReport importFiles(Path folder, List<Path> files) {
		List<BulkImporter.ImportFile> toImport = new ArrayList<>(files.size());
		for (Path file : files) {
			String name = folder.relativize(file).toString().replace('\\', '/');
			toImport.add(
					new BulkImporter.ImportFile(name, folder.resolve(name).toString(), () -> Files.readAllBytes(file)));
		}
		BulkImporter.ImportReport report = this.importer.importFiles("the content folder " + folder, toImport, EDITOR);
		return new ImportReport(report.created(), report.revised(), report.unchanged(), report.skipped());
	}

	static List<Path> markdownFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			logger.warn("Cannot read the content folder {}: {}", folder, ex.getMessage());
			return List.of();
		}
	}

	record ImportReport(int created, int revised, int unchanged, int skipped) {
	}

}
