package dev.aiwire.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.aiwire.AiwireApplication;
import dev.aiwire.MovableClock;
import dev.aiwire.PostgresTestDatabase;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.TrashService;
import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal on one database, as behind a load balancer, each with the
 * settings of production (the index looks for other instances' writes every 500 ms, so do
 * the page caches): whatever is published, edited, unpublished, trashed, restored or
 * deleted through the first, the second's search agrees at its next looks; an article
 * scheduled for tomorrow appears on both when their day turns, in search, on the home
 * page and on its tag's page, all of them cached before. On H2 the instances share an
 * in-memory database; with {@code AIWIRE_TEST_POSTGRES_URL} they share a PostgreSQL
 * schema. {@link SearchOnTwoInstancesTests} gives each instance its own embedded index,
 * {@link OpenSearchOnTwoInstancesTests} has them share an index on a real OpenSearch
 * node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchOnTwoInstancesBehaviour {

	/**
	 * Far above the half-second look, so that a busy machine does not fail the test: how
	 * fast the instances agree is measured by a benchmark, not here.
	 */
	private static final Duration AGREED_WITHIN = Duration.ofSeconds(10);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final MovableClock firstClock = new MovableClock(Clock.systemDefaultZone().getZone());

	private final MovableClock secondClock = new MovableClock(Clock.systemDefaultZone().getZone());

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private String schema;

	private Path folder;

	/**
	 * The arguments that choose the engine of an instance, named {@code first} or
	 * {@code second}.
	 */
	abstract List<String> engine(String instance, Path folder);

	@BeforeAll
	void startTwoInstances() throws IOException {
		this.folder = Files.createTempDirectory("aiwire-two-instances-");
		String database = "search-instances-" + UUID.randomUUID();
		this.schema = "search_instances_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.first = start("first", database, this.firstClock);
		this.second = start("second", database, this.secondClock);
		warmUp();
	}

	/**
	 * Runs every path once, so that a first run on a busy machine is not what is timed.
	 */
	private void warmUp() {
		publish("warm-up", "2024-06-01", "published", "Préchauffage des deux instances.");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(slugsFound(this.second, "prechauffage")).containsExactly("warm-up"));
	}

	@AfterAll
	void stopThem() throws IOException {
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
		PostgresTestDatabase.dropSharedSchema(this.schema);
		org.springframework.util.FileSystemUtils.deleteRecursively(this.folder);
	}

	@Test
	void anArticlePublishedThroughOneIsFoundByTheOthersSearch() throws Exception {
		assertThat(slugsFound(this.second, "robotaxi")).isEmpty();
		publish("robotaxi-wuhan", "2024-07-02", "published", "Les robotaxis de Wuhan roulent sans chauffeur.");
		await().atMost(AGREED_WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(slugsFound(this.second, "robotaxi")).containsExactly("robotaxi-wuhan"));
	}

	@Test
	void anArticleEditedThroughOneIsSearchedInItsNewVersionByTheOther() throws Exception {
		publish("puces-edition", "2024-07-03", "published",
				"Un fondeur de Shanghai grave des puces en sept nanomètres.");
		await().atMost(AGREED_WITHIN)
			.untilAsserted(() -> assertThat(slugsFound(this.second, "fondeur")).containsExactly("puces-edition"));
		publish("puces-edition", "2024-07-03", "published",
				"Une fonderie de Shenzhen annonce des puces en cinq nanomètres.");
		await().atMost(AGREED_WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			assertThat(slugsFound(this.second, "fonderie shenzhen")).containsExactly("puces-edition");
			assertThat(slugsFound(this.second, "fondeur")).isEmpty();
		});
	}

	@Test
	void anArticleUnpublishedThroughOneLeavesTheOthersSearch() throws Exception {
		publish("brouillon-retire", "2024-07-04", "published", "Le laboratoire Stepfun présente un modèle vidéo.");
		await().atMost(AGREED_WITHIN)
			.untilAsserted(() -> assertThat(slugsFound(this.second, "stepfun")).containsExactly("brouillon-retire"));
		publish("brouillon-retire", "2024-07-04", "draft",
				"Le laboratoire Stepfun présente un modèle vidéo, à revoir.");
		await().atMost(AGREED_WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(slugsFound(this.second, "stepfun")).isEmpty());
	}

	@Test
	void anArticleTrashedRestoredAndDeletedThroughOneFollowsOnTheOthersSearch() throws Exception {
		PublishResult published = publish("corbeille", "2024-07-05", "published",
				"Le fabricant Galbot livre ses robots aux pharmacies.");
		await().atMost(AGREED_WITHIN)
			.untilAsserted(() -> assertThat(slugsFound(this.second, "galbot")).containsExactly("corbeille"));
		TrashService trash = this.first.getBean(TrashService.class);
		trash.trash(published.articleId(), "alice");
		await().atMost(AGREED_WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(slugsFound(this.second, "galbot")).isEmpty());
		trash.restore(published.articleId(), "alice");
		await().atMost(AGREED_WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(slugsFound(this.second, "galbot")).containsExactly("corbeille"));
		// published again and deleted for good before the other instance looked
		trash.trash(published.articleId(), "alice");
		trash.emptyTrash("alice");
		await().atMost(AGREED_WITHIN)
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(slugsFound(this.second, "galbot")).isEmpty());
	}

	@Test
	void anArticleScheduledForTomorrowAppearsOnBothWhenTheirDayTurns() throws Exception {
		LocalDate tomorrow = LocalDate.now(this.firstClock).plusDays(1);
		publish("programme-demain", tomorrow.toString(), "published",
				"Le constructeur Xpeng dévoile un robot humanoïde.");
		for (ConfigurableApplicationContext instance : List.of(this.first, this.second)) {
			// read twice: the pages are cached, as a reader would find them at midnight
			for (int i = 0; i < 2; i++) {
				assertThat(slugsFound(instance, "xpeng")).isEmpty();
				assertThat(get(instance, "/").body()).doesNotContain("programme-demain");
				assertThat(get(instance, "/tags/robots").body()).doesNotContain("programme-demain");
			}
		}
		long version = contentVersion();
		this.firstClock.advance(Duration.ofDays(1));
		this.secondClock.advance(Duration.ofDays(1));
		for (ConfigurableApplicationContext instance : List.of(this.first, this.second)) {
			await().atMost(AGREED_WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
				assertThat(slugsFound(instance, "xpeng")).containsExactly("programme-demain");
				assertThat(get(instance, "/").body()).contains("programme-demain");
				assertThat(get(instance, "/tags/robots").body()).contains("programme-demain");
			});
		}
		// no job publishes the article and no instance writes at midnight: each empties
		// only what it
		// keeps, once, and neither makes the other empty its caches again
		assertThat(contentVersion()).as("the shared content version after midnight").isEqualTo(version);
	}

	@Test
	void anInstanceDoesNotReadItsOwnWriteAgainButReadsTheOthers() throws Exception {
		SearchIndexer firstIndex = this.first.getBean(SearchIndexer.class);
		ContentChanges firstLooks = this.first.getBean(ContentChanges.class);
		await().atMost(AGREED_WITHIN).until(() -> !firstLooks.isBehind());
		int catchUps = firstIndex.catchUpsWithOthers();

		publish(this.first, "propre-ecriture", "2024-07-06", "published",
				"Le fabricant Unitree ouvre une usine à Hangzhou.");
		await().atMost(AGREED_WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			assertThat(slugsFound(this.first, "unitree")).containsExactly("propre-ecriture");
			assertThat(firstLooks.isBehind()).as("behind the database").isFalse();
		});
		assertThat(firstIndex.catchUpsWithOthers()).as("catch-ups after its own write").isEqualTo(catchUps);

		publish(this.second, "ecriture-autre", "2024-07-07", "published",
				"Le fabricant Agibot livre ses robots aux usines de Shanghai.");
		await().atMost(AGREED_WITHIN).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			assertThat(firstIndex.catchUpsWithOthers()).as("catch-ups after the other's write").isGreaterThan(catchUps);
			assertThat(slugsFound(this.first, "agibot")).containsExactly("ecriture-autre");
		});
	}

	private long contentVersion() {
		return this.first.getBean(JdbcClient.class)
			.sql("select version from content_version where id = 1")
			.query(Long.class)
			.single();
	}

	private PublishResult publish(String slug, String date, String status, String body) {
		return publish(this.first, slug, date, status, body);
	}

	private static PublishResult publish(ConfigurableApplicationContext instance, String slug, String date,
			String status, String body) {
		String markdown = """
				---
				title: "Deux instances : %s"
				slug: %s
				date: %s
				source: 36Kr
				status: %s
				tags: [Robots]
				---

				%s
				""".formatted(slug, slug, date, status, body);
		return instance.getBean(PublishingService.class)
			.importFile("instances/" + slug + ".md", markdown.getBytes(StandardCharsets.UTF_8), "alice");
	}

	/** The slugs the search of an instance finds for some words, through its JSON. */
	private static List<String> slugsFound(ConfigurableApplicationContext instance, String words)
			throws IOException, InterruptedException {
		String body = get(instance, "/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
		List<String> slugs = new ArrayList<>();
		for (int at = body.indexOf("\"slug\":\""); at >= 0; at = body.indexOf("\"slug\":\"", at + 1)) {
			int start = at + "\"slug\":\"".length();
			slugs.add(body.substring(start, body.indexOf('"', start)));
		}
		return slugs;
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private ConfigurableApplicationContext start(String name, String database, MovableClock clock) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.main.allow-bean-definition-overriding=true",
				"--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
				"--aiwire.content-dir=" + this.folder.resolve("no-content"),
				"--aiwire.test.postgres.schema=" + this.schema, "--logging.level.root=warn"));
		arguments.addAll(engine(name, this.folder));
		return new SpringApplicationBuilder(AiwireApplication.class)
			.initializers(
					(context) -> ((GenericApplicationContext) context).registerBean("clock", Clock.class, () -> clock))
			.run(arguments.toArray(String[]::new));
	}

}
