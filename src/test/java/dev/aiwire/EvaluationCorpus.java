package dev.aiwire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The articles of an evaluation corpus ({@code eval/corpus}, {@code eval/fr-timebank})
 * with their hand-made gold files, read from the classpath, so that an evaluation scores
 * the same corpus whatever folder it runs from. A corpus that holds no article is an
 * error, never an empty score: an evaluation of nothing would pass every floor.
 */
public final class EvaluationCorpus {

	private EvaluationCorpus() {
	}

	/**
	 * One article of a corpus.
	 *
	 * @param name its file name without {@code .md}
	 * @param markdown the article
	 * @param gold its gold file ({@code NAME.gold.json}), or null when it has none
	 */
	public record Document(String name, String markdown, String gold) {
	}

	/**
	 * Every article of a folder of the test resources, in the order of their names.
	 * @param folder a classpath folder, such as {@code eval/corpus}
	 * @throws IllegalStateException when the folder holds no article
	 */
	public static List<Document> read(String folder) {
		try {
			Resource[] articles = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + folder + "/*.md");
			List<Document> documents = new ArrayList<>();
			for (Resource article : articles) {
				String name = article.getFilename().substring(0, article.getFilename().length() - 3);
				Resource gold = article.createRelative(name + ".gold.json");
				documents.add(new Document(name, article.getContentAsString(StandardCharsets.UTF_8),
						gold.exists() ? gold.getContentAsString(StandardCharsets.UTF_8) : null));
			}
			return sorted(folder, documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every article of a folder of the file system, for corpora outside the repository.
	 * @throws IllegalStateException when the folder holds no article
	 */
	public static List<Document> read(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			List<Document> documents = new ArrayList<>();
			for (Path article : files.filter((file) -> file.getFileName().toString().endsWith(".md")).toList()) {
				String name = article.getFileName().toString().replaceFirst("\\.md$", "");
				Path gold = article.resolveSibling(name + ".gold.json");
				documents.add(new Document(name, Files.readString(article, StandardCharsets.UTF_8),
						Files.exists(gold) ? Files.readString(gold, StandardCharsets.UTF_8) : null));
			}
			return sorted(folder.toString(), documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Document> sorted(String folder, List<Document> documents) {
		if (documents.isEmpty()) {
			throw new IllegalStateException("No article in the evaluation corpus " + folder);
		}
		documents.sort(Comparator.comparing(Document::name));
		return List.copyOf(documents);
	}

}
