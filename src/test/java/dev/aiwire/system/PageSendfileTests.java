package dev.aiwire.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large pages from the cache over real HTTP, sent by Tomcat from their files: whole, the
 * same bytes as rendered, and the new bytes once an article is published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "aiwire.page-cache.file-min-size=1KB")
@ActiveProfiles("test")
class PageSendfileTests {

	private static final String ARTICLE = "/articles/deepseek-r1-secousse-silicon-valley";

	@LocalServerPort
	private int port;

	private final PageCache cache;

	private final PublishingService publishing;

	PageSendfileTests(@Autowired PageCache cache, @Autowired PublishingService publishing) {
		this.cache = cache;
		this.publishing = publishing;
	}

	@BeforeEach
	void startCold() {
		this.cache.clear();
	}

	@Test
	void aLargePageIsSentWholeFromItsFile() throws Exception {
		HttpResponse<byte[]> rendered = get(ARTICLE, false);
		HttpResponse<byte[]> kept = get(ARTICLE, false);
		assertThat(kept.body()).hasSize(rendered.body().length).isEqualTo(rendered.body());
		assertThat(kept.headers().firstValueAsLong("Content-Length")).hasValue(rendered.body().length);
		Path file = keptFile(ARTICLE, false, rendered.body());
		// what is in the file is what the reader gets: the connector read it, not the
		// heap
		byte[] marked = rendered.body().clone();
		Arrays.fill(marked, marked.length - 20, marked.length, (byte) 'x');
		Files.write(file, marked);
		assertThat(get(ARTICLE, false).body()).isEqualTo(marked);
	}

	@Test
	void aGzippedPageIsSentFromItsOwnFile() throws Exception {
		byte[] plain = get(ARTICLE, false).body();
		HttpResponse<byte[]> gzipped = get(ARTICLE, true);
		HttpResponse<byte[]> kept = get(ARTICLE, true);
		assertThat(kept.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(kept.body()).isEqualTo(gzipped.body());
		assertThat(gunzip(kept.body())).isEqualTo(plain);
		keptFile(ARTICLE, true, kept.body());
	}

	@Test
	void aHeadSendsNoBody() throws Exception {
		get(ARTICLE, false);
		HttpResponse<byte[]> head = HttpClient.newHttpClient()
			.send(request(ARTICLE, false).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
	}

	@Test
	void aPublishedArticleIsInTheNextPageSentAndItsFile() throws Exception {
		assertThat(text(get("/", false))).doesNotContain("Un article envoyé");
		this.publishing.importFile("sendfile/new.md",
				("---\ntitle: Un article envoyé\nslug: envoye\n"
						+ "date: 2024-06-01\nsource: 36Kr\ntags: [LLM]\n---\n\nDu texte.\n")
					.getBytes(StandardCharsets.UTF_8),
				"tester");
		byte[] rendered = get("/", false).body();
		HttpResponse<byte[]> kept = get("/", false);
		assertThat(text(kept)).contains("Un article envoyé");
		assertThat(kept.body()).isEqualTo(rendered);
		keptFile("/", false, rendered);
	}

	/**
	 * The file the cache keeps for a page asked in French, checked to hold the bytes
	 * sent.
	 */
	private Path keptFile(String path, boolean gzip, byte[] sent) throws IOException {
		CachedPage page = this.cache.get(new PageKey(path, "fr"));
		assertThat(page).as("the kept page %s", path).isNotNull();
		Path file = gzip ? page.gzipFile() : page.file();
		assertThat(file).as("the file of %s", path).isNotNull();
		assertThat(Files.readAllBytes(file)).isEqualTo(sent);
		return file;
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request(path, gzip).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private HttpRequest.Builder request(String path, boolean gzip) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "fr");
		return gzip ? request.header("Accept-Encoding", "gzip") : request;
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] bytes) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
