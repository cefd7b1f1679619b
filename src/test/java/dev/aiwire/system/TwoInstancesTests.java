package dev.aiwire.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.AiwireApplication;
import dev.aiwire.PostgresTestDatabase;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.TagCount;
import dev.aiwire.article.publishing.PublishingService;
import dev.aiwire.system.pagecache.ContentVersions;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal on one database, as behind a load balancer: once an article
 * is published through one, the other drops its cached pages and the counts it keeps over
 * every article at its next look at the shared content version (every half second) and
 * serves it; a session opened on one is known to the other, and an editor signed in on
 * one works on the other and signs out there for both. On H2 they share an in-memory
 * database; with {@code AIWIRE_TEST_POSTGRES_URL} they share a PostgreSQL schema.
 */
class TwoInstancesTests {

	/**
	 * Far above the half-second look, so that a busy machine does not fail the test: how
	 * soon the instances agree is a matter for a benchmark.
	 */
	private static final Duration NEXT_LOOK = Duration.ofSeconds(10);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String schema;

	@BeforeAll
	static void startTwoInstances(@TempDir Path folder) {
		String database = "two-instances-" + UUID.randomUUID();
		schema = "two_instances_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		first = start(database, schema, folder.resolve("first"));
		second = start(database, schema, folder.resolve("second"));
		warmUp();
	}

	/**
	 * Renders the pages once, so that a first rendering on a busy machine is not what is
	 * timed.
	 */
	private static void warmUp() {
		publish(first, "warm-up", "Pour chauffer");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(get(second, "/articles/warm-up", null).statusCode()).isEqualTo(200);
			assertThat(get(second, "/", null).body()).contains("Pour chauffer");
		});
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		PostgresTestDatabase.dropSharedSchema(schema);
	}

	@Test
	void anArticlePublishedThroughOneIsServedByTheOtherAtItsNextLook() throws Exception {
		String home = get(second, "/", null).body();
		assertThat(get(second, "/", null).headers().firstValue("ETag")).as("the home page is cached").isPresent();
		assertThat(home).doesNotContain("Publié sur le premier");

		long before = second.getBean(ContentVersions.class).version();
		publish(first, "publie-sur-le-premier", "Publié sur le premier");

		await().atMost(NEXT_LOOK)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> second.getBean(ContentVersions.class).version() > before);
		assertThat(get(second, "/", null).body()).contains("Publié sur le premier");
		assertThat(get(second, "/articles/publie-sur-le-premier", null).statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionOpenedOnOneIsKnownToTheOther() throws Exception {
		HttpResponse<String> opened = get(first, "/test-only/session-visits", null);
		assertThat(opened.body()).isEqualTo("1");
		String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		assertThat(cookie).startsWith("SESSION=");

		assertThat(get(second, "/test-only/session-visits", cookie).body()).isEqualTo("2");
		assertThat(get(first, "/test-only/session-visits", cookie).body()).isEqualTo("3");
	}

	@Test
	void aWriteThroughOneEmptiesTheCountsTheOtherKeepsAtItsNextLook() throws Exception {
		ArticleService articles = second.getBean(ArticleService.class);
		long listed = articles.latest(1).totalArticles();
		assertThat(articles.tags()).extracting(TagCount::slug).doesNotContain("puces-photoniques");
		assertThat(get(second, "/tags", null).body()).doesNotContain("Puces photoniques");
		assertThat(get(second, "/tags", null).headers().firstValue("ETag")).as("the tags page is cached").isPresent();

		publish(first, "compte-sur-le-premier", "Compté sur le premier", "Puces photoniques");

		await().atMost(NEXT_LOOK).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
			assertThat(articles.latest(1).totalArticles()).isEqualTo(listed + 1);
			assertThat(articles.tags()).contains(new TagCount("puces-photoniques", "Puces photoniques", 1));
			assertThat(get(second, "/tags", null).body()).contains("Puces photoniques");
		});
	}

	@Test
	void anEditorSignedInOnOneWorksOnTheOtherAndSignsOutThereForBoth() throws Exception {
		HttpResponse<String> form = get(first, "/admin/login", null);
		String anonymous = sessionCookie(form);
		HttpResponse<String> signedIn = post(first, "/admin/login", anonymous,
				"username=redaction&password=mot-de-passe-deux-instances&_csrf=" + csrf(form.body()));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		String editor = sessionCookie(signedIn);

		HttpResponse<String> desk = get(second, "/admin", editor);
		assertThat(desk.statusCode()).as("the other instance knows the editor").isEqualTo(200);
		assertThat(desk.body()).contains("redaction");

		HttpResponse<String> signedOut = post(second, "/admin/logout", editor, "_csrf=" + csrf(desk.body()));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?logout");
		HttpResponse<String> afterwards = get(first, "/admin", editor);
		assertThat(afterwards.statusCode()).as("signed out on the first too").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.split(";")[0])
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private static void publish(ConfigurableApplicationContext node, String slug, String title) {
		publish(node, slug, title, "LLM");
	}

	private static void publish(ConfigurableApplicationContext node, String slug, String title, String tag) {
		node.getBean(PublishingService.class)
			.importFile(
					"nodes/" + slug + ".md", ("---\ntitle: " + title + "\nslug: " + slug + "\ndate: 2024-06-01\n"
							+ "source: 36Kr\ntags: [" + tag + "]\n---\n\nDu texte.\n")
						.getBytes(StandardCharsets.UTF_8),
					"alice");
	}

	private static ConfigurableApplicationContext start(String database, String schema, Path folder) {
		return new SpringApplicationBuilder(AiwireApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean("sessionVisits",
					RouterFunction.class, TwoInstancesTests::sessionVisits))
			.run("--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
					"--aiwire.content-dir=" + folder.resolve("no-content"),
					"--aiwire.search.index-dir=" + folder.resolve("search-index"), "--aiwire.admin.username=redaction",
					"--aiwire.admin.password=mot-de-passe-deux-instances", "--aiwire.test.postgres.schema=" + schema,
					"--logging.level.root=warn");
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie,
			String form) throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Counts a visitor's requests in their session: only the session tells one visit from
	 * the next.
	 */
	private static RouterFunction<ServerResponse> sessionVisits() {
		return RouterFunctions.route().GET("/test-only/session-visits", request -> {
			HttpSession session = request.session();
			Integer visits = (Integer) session.getAttribute("visits");
			int now = (visits != null) ? visits + 1 : 1;
			session.setAttribute("visits", now);
			return ServerResponse.ok().body(Integer.toString(now));
		}).build();
	}

}
