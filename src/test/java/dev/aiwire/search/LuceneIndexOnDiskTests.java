package dev.aiwire.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import dev.aiwire.search.lucene.LuceneSearchEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.aiwire.search.IndexedArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded index on disk: a write is searchable as soon as it returns, without
 * waiting for a commit; what was committed, and everything written before the portal
 * stopped, is still there when the index is opened again.
 */
class LuceneIndexOnDiskTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	@Test
	void findsAWriteAtOnceAndAgainAfterARestart(@TempDir Path folder) throws Exception {
		try (LuceneSearchEngine engine = LuceneSearchEngine.onDisk(folder)) {
			engine.index(List.of(article(1).text("Moonshot ouvre un laboratoire à Pékin.").document()));
			assertThat(slugsFound(engine, "laboratoire")).containsExactly("article-1");
		}
		try (LuceneSearchEngine engine = LuceneSearchEngine.onDisk(folder)) {
			assertThat(slugsFound(engine, "laboratoire")).containsExactly("article-1");
		}
	}

	@Test
	void aCommitLeavesOnDiskWhatAProcessKilledAfterItWouldFind(@TempDir Path folder, @TempDir Path copy)
			throws Exception {
		try (LuceneSearchEngine engine = LuceneSearchEngine.onDisk(folder)) {
			engine.index(List.of(article(1).text("Zhipu publie un modèle de raisonnement.").document()));
			engine.commit();
			// the files as a kill would leave them: the running writer's lock aside
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter((f) -> !f.getFileName().toString().equals("write.lock")).toList()) {
					Files.copy(file, copy.resolve(file.getFileName()));
				}
			}
		}
		try (LuceneSearchEngine engine = LuceneSearchEngine.onDisk(copy)) {
			assertThat(slugsFound(engine, "raisonnement")).containsExactly("article-1");
		}
	}

	private static List<String> slugsFound(SearchEngine engine, String words) {
		return engine.search(new SearchQuery(words, null, null, null, 1), TODAY, 10)
			.hits()
			.stream()
			.map(SearchHit::slug)
			.toList();
	}

}
