package dev.aiwire.system;

import java.util.Arrays;

import dev.aiwire.article.publishing.PublishingService;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page is served with the same number of SQL statements however many articles and
 * tags there are: no query per article or per tag. Only the statements of the thread that
 * serves the page are counted, so work in the background (the search's poll, what an
 * import leaves to finish) cannot land in a page's count.
 */
@SpringBootTest(properties = "aiwire.search.poll-interval=0")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(QueryCountTests.CountStatements.class)
class QueryCountTests {

	private static final String[] PAGES = { "/", "/?page=2", "/tags", "/tags/llm",
			"/articles/deepseek-r1-secousse-silicon-valley", "/api/articles",
			"/api/articles/deepseek-r1-secousse-silicon-valley", "/?language=fr", "/?language=fr&page=2",
			"/tags/llm?language=fr", "/archives", "/archives/2024/06", "/archives/2024/06?page=2", "/feed.atom",
			"/fr/feed.atom", "/tags/llm/feed.atom", "/sitemap.xml", "/search?q=charge", "/api/search?q=charge" };

	private final MockMvc mvc;

	private final PublishingService publishing;

	QueryCountTests(@Autowired MockMvc mvc, @Autowired PublishingService publishing) {
		this.mvc = mvc;
		this.publishing = publishing;
	}

	@Test
	void servesEveryPageWithAConstantNumberOfStatements() throws Exception {
		publishArticles(0, 45);
		long[] before = statementsPerPage();
		publishArticles(45, 90);
		long[] after = statementsPerPage();
		assertThat(Arrays.stream(before).sum()).as("statements of all the pages").isPositive();
		assertThat(after).containsExactly(before);
	}

	@Test
	void countsTheStatementsOfTheServingThreadOnly() throws Exception {
		long onThisThread = statementsOf(() -> publishArticles(100, 101));
		Thread other = new Thread(() -> publishArticles(101, 102));
		long whileAnotherWrites = statementsOf(() -> {
			other.start();
			other.join();
		});
		assertThat(onThisThread).isPositive();
		assertThat(whileAnotherWrites).isZero();
		assertThat(this.mvc.perform(get("/articles/charge-101")).andReturn().getResponse().getStatus()).isEqualTo(200);
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
		long[] counts = new long[PAGES.length];
		for (int i = 0; i < PAGES.length; i++) {
			String page = PAGES[i];
			counts[i] = statementsOf(() -> this.mvc.perform(get(page)).andExpect(status().isOk()));
		}
		return counts;
	}

	private static long statementsOf(Work work) throws Exception {
		Statements.onThisThread.set(0L);
		work.run();
		return Statements.onThisThread.get();
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

	/** Counts the statements Hibernate prepares, thread by thread. */
	static final class Statements implements StatementInspector {

		static final ThreadLocal<Long> onThisThread = ThreadLocal.withInitial(() -> 0L);

		@Override
		public String inspect(String sql) {
			onThisThread.set(onThisThread.get() + 1);
			return sql;
		}

	}

	@TestConfiguration
	static class CountStatements {

		@Bean
		HibernatePropertiesCustomizer statementInspector() {
			return properties -> properties.put("hibernate.session_factory.statement_inspector", new Statements());
		}

	}

}
