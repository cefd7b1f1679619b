package dev.aiwire.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large kept pages have their bodies in files of their own, one per version of the page,
 * gone once the page leaves the cache.
 */
class PageFilesTests {

	private static final PageKey HOME = new PageKey("/", "fr");

	@TempDir
	Path folder;

	private PageCache cache;

	@BeforeEach
	void cacheWithFilesFromOneKilobyte() {
		PageCacheProperties properties = new PageCacheProperties(true, DataSize.ofMegabytes(1), Duration.ofSeconds(30),
				Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMillis(500), List.of("/"),
				DataSize.ofKilobytes(1));
		this.cache = new PageCache(properties, new SimpleMeterRegistry(), new PageFiles(this.folder, Runnable::run));
	}

	@Test
	void aLargePageIsKeptWithItsBodiesInFiles() throws IOException {
		byte[] body = page("premier", 4000);
		byte[] gzipped = page("compressé", 1500);
		this.cache.put(HOME, page(body, gzipped), this.cache.generation());
		CachedPage kept = this.cache.get(HOME);
		assertThat(Files.readAllBytes(kept.file())).isEqualTo(body);
		assertThat(Files.readAllBytes(kept.gzipFile())).isEqualTo(gzipped);
		assertThat(kept.file().getParent()).isEqualTo(this.folder);
	}

	@Test
	void aSmallBodyStaysInMemoryOnly() throws IOException {
		this.cache.put(HOME, page(page("premier", 4000), page("compressé", 500)), this.cache.generation());
		assertThat(this.cache.get(HOME).gzipFile()).isNull();
		assertThat(files()).hasSize(1);
	}

	@Test
	void aPageKeptAgainGetsANewFileAndTheOldOneIsDeleted() throws IOException {
		this.cache.put(HOME, page(page("premier", 4000), null), this.cache.generation());
		Path first = this.cache.get(HOME).file();
		byte[] second = page("second", 4000);
		this.cache.put(HOME, page(second, null), this.cache.generation());
		Path kept = this.cache.get(HOME).file();
		assertThat(kept).isNotEqualTo(first);
		assertThat(Files.readAllBytes(kept)).isEqualTo(second);
		assertThat(first).doesNotExist();
		assertThat(files()).containsExactly(kept);
	}

	@Test
	void emptyingTheCacheDeletesEveryFile() throws IOException {
		this.cache.put(HOME, page(page("premier", 4000), page("compressé", 1500)), this.cache.generation());
		this.cache.put(new PageKey("/timeline", "fr"), page(page("frise", 4000), null), this.cache.generation());
		assertThat(files()).hasSize(3);
		this.cache.clear();
		assertThat(files()).isEmpty();
	}

	@Test
	void aPageRenderedBeforeAChangeLeavesNoFile() throws IOException {
		long generation = this.cache.generation();
		this.cache.clear();
		this.cache.put(HOME, page(page("ancien", 4000), null), generation);
		assertThat(this.cache.get(HOME)).isNull();
		assertThat(files()).isEmpty();
	}

	@Test
	void closingRemovesTheFolder() {
		PageFiles files = new PageFiles(this.folder, Runnable::run);
		files.write(page("premier", 10));
		files.close();
		assertThat(this.folder).doesNotExist();
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.toList();
		}
	}

	private static CachedPage page(byte[] body, byte[] gzipped) {
		return new CachedPage(body, gzipped, "\"e\"", "\"e-gz\"", 0, "text/html;charset=UTF-8", new String[0], "public",
				"Accept-Encoding");
	}

	private static byte[] page(String word, int size) {
		return (word + " ").repeat(size / (word.length() + 1) + 1).substring(0, size).getBytes(StandardCharsets.UTF_8);
	}

}
