package dev.aiwire.system;

import java.time.Duration;

import dev.aiwire.article.publishing.PublishingService;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page is served with the same number of SQL statements however many articles and
 * tags there are: no query per article or per tag. The statistics count every thread's
 * statements, so the search's poll of the content version, which would now and then land
 * inside a page's count, is off here.
 */
@SpringBootTest(properties = "aiwire.search.poll-interval=0")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QueryCountTests {

	private static final String[] PAGES = { "/", "/?page=2", "/tags", "/tags/llm",
			"/articles/deepseek-r1-secousse-silicon-valley", "/api/articles",
			"/api/articles/deepseek-r1-secousse-silicon-valley", "/?language=fr", "/?language=fr&page=2",
			"/tags/llm?language=fr", "/archives", "/archives/2024/06", "/archives/2024/06?page=2", "/feed.atom",
			"/fr/feed.atom", "/tags/llm/feed.atom", "/sitemap.xml", "/search?q=charge", "/api/search?q=charge" };

	/** How long no statement may come for the background to count as quiet. */
	private static final Duration QUIET = Duration.ofMillis(200);

	private final MockMvc mvc;

	private final PublishingService publishing;

	private final EntityManagerFactory entityManagerFactory;

	QueryCountTests(@Autowired MockMvc mvc, @Autowired PublishingService publishing,
			@Autowired EntityManagerFactory entityManagerFactory) {
		this.mvc = mvc;
		this.publishing = publishing;
		this.entityManagerFactory = entityManagerFactory;
	}

	@Test
	void servesEveryPageWithAConstantNumberOfStatements() throws Exception {
		publishArticles(0, 45);
		long[] before = statementsPerPage();
		publishArticles(45, 90);
		long[] after = statementsPerPage();
		assertThat(after).containsExactly(before);
	}

	/** Full pages on both sides, so that paging does the same work before and after. */
	private void publishArticles(int from, int to) {
		for (int i = from; i < to; i++) {
			String markdown = "---\ntitle: Article de charge " + i + "\nslug: charge-" + i
					+ "\ndate: 2024-06-01\nsource: 36Kr\ntags: [LLM, Charge " + i + ", Lot " + (i % 7)
					+ "]\n---\n\nUn paragraphe de test, daté du 3 mai.\n\n## Une partie\n\nEncore du texte.\n";
			this.publishing.importFile("load/" + i + ".md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"tester");
		}
	}

	private long[] statementsPerPage() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		awaitQuiet(statistics);
		long[] counts = new long[PAGES.length];
		for (int i = 0; i < PAGES.length; i++) {
			statistics.clear();
			this.mvc.perform(get(PAGES[i])).andExpect(status().isOk());
			counts[i] = statistics.getPrepareStatementCount();
		}
		return counts;
	}

	/**
	 * Waits until no thread has prepared a statement for a fifth of a second: work the
	 * start-up left running in the background (on a busy machine it can outlast the
	 * context's start) would otherwise land in a page's count.
	 */
	private static void awaitQuiet(Statistics statistics) {
		statistics.clear();
		await().atMost(Duration.ofSeconds(20))
			.pollDelay(QUIET)
			.pollInterval(QUIET)
			.until(() -> statementsSinceLastLook(statistics) == 0);
	}

	private static long statementsSinceLastLook(Statistics statistics) {
		long count = statistics.getPrepareStatementCount();
		statistics.clear();
		return count;
	}

}
