package dev.aiwire.article.desk;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.aiwire.PostgresTestDatabase;
import dev.aiwire.article.publishing.PublishingService;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the desk warns about before a new article is saved: an article that translates the
 * same original address, or one with the same text under the same title or of the same
 * date. The check looks each of those up through an index, so that it costs the same on a
 * site of a hundred articles and of a hundred thousand, whatever the length of a title or
 * an address.
 */
@SpringBootTest
@ActiveProfiles("test")
class DuplicateCheckTests {

	/** A title as long as the front matter allows. */
	private static final String LONG_TITLE = "Un titre qui reprend la première phrase de l'article, ".repeat(40)
		.substring(0, 2000);

	/**
	 * An address of 993 characters, Chinese past its start: three bytes each in UTF-8.
	 */
	private static final String LONG_URL = "https://www.36kr.com/p/" + "人工智能模型发布".repeat(121) + "-1";

	private static final String TEXT = "Le laboratoire a présenté mardi un modèle de vision.\n\n"
			+ "Il dit viser les hôpitaux de province.\n";

	@Autowired
	private PublishingService publishing;

	@Autowired
	private EditingService editing;

	@Autowired
	private DataSource dataSource;

	@Test
	void findsTheArticleOfTheSameLongOriginalAddress() {
		long id = publish("adresse-longue", "Un titre court", "2024-03-01", LONG_URL, TEXT);

		assertThat(duplicates(upload("Une autre traduction", "2024-03-02", LONG_URL, "Un tout autre texte.\n")))
			.singleElement()
			.satisfies(found -> {
				assertThat(found.articleId()).isEqualTo(id);
				assertThat(found.sameUrl()).isTrue();
				assertThat(found.sameText()).isFalse();
			});
		assertThat(duplicates(
				upload("Une autre traduction", "2024-03-02", LONG_URL.replace("-1", "-2"), "Un tout autre texte.\n")))
			.isEmpty();
	}

	@Test
	void findsTheSameTextUnderTheSameLongTitleOrOfTheSameDate() {
		String text = "Le fabricant de puces annonce une usine à Wuxi.\n\nElle ouvrira l'an prochain.\n";
		long id = publish("titre-long", LONG_TITLE, "2024-04-01", null, text);
		String sameText = "  " + text.replace("prochain.", "prochain !");

		assertThat(duplicates(upload(LONG_TITLE, "2024-04-09", null, sameText))).singleElement()
			.satisfies(found -> assertThat(found.articleId()).isEqualTo(id))
			.satisfies(found -> assertThat(found.sameText()).isTrue());
		assertThat(duplicates(upload("Un autre titre", "2024-04-01", null, sameText))).singleElement()
			.satisfies(found -> assertThat(found.articleId()).isEqualTo(id));
		// the text alone, under another title and of another date, is not looked for
		assertThat(duplicates(upload("Un autre titre", "2024-04-09", null, sameText))).isEmpty();
		// nor is a title one character shorter
		assertThat(duplicates(upload(LONG_TITLE.substring(0, 1999), "2024-04-09", null, sameText))).isEmpty();
	}

	@Test
	void readsTheArticleTableThroughAnIndexOnly() throws Exception {
		publish("plan", "Un titre pour le plan", "2024-05-01", "https://example.com/plan", TEXT);
		Statements.seen.clear();

		duplicates(upload("Un titre pour le plan", "2024-05-01", "https://example.com/plan", TEXT));

		boolean postgres = PostgresTestDatabase.enabled();
		List<String> plans = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			if (postgres) {
				// with sequential scans priced out, a plan that still reads the whole
				// table
				// has no index to serve it, however few rows the test's table holds
				try (Statement set = connection.createStatement()) {
					set.execute("set enable_seqscan = off");
				}
			}
			try {
				for (String sql : Statements.seen) {
					if (sql.toLowerCase().contains(" article ")) {
						plans.add(postgres ? postgresPlan(connection, sql) : h2Plan(connection, sql));
					}
				}
			}
			finally {
				if (postgres) {
					try (Statement reset = connection.createStatement()) {
						reset.execute("reset enable_seqscan");
					}
				}
			}
		}
		assertThat(plans).as("plans of the statements on the article table").isNotEmpty();
		assertThat(plans).allSatisfy(plan -> assertThat(plan).doesNotContain("PUBLIC.ARTICLE.tableScan")
			.doesNotContainIgnoringCase("Seq Scan on article"));
	}

	/** H2's plan of a statement, its parameters left empty. */
	private static String h2Plan(Connection connection, String sql) throws Exception {
		try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
			int parameters = explain.getParameterMetaData().getParameterCount();
			for (int i = 1; i <= parameters; i++) {
				explain.setObject(i, null);
			}
			try (ResultSet rows = explain.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	/**
	 * PostgreSQL's plan of a statement, each parameter given a value of its type: a null
	 * would let the planner drop the scan altogether.
	 */
	private static String postgresPlan(Connection connection, String sql) throws Exception {
		try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
			ParameterMetaData meta = explain.getParameterMetaData();
			for (int i = 1; i <= meta.getParameterCount(); i++) {
				switch (meta.getParameterType(i)) {
					case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.NUMERIC -> explain.setLong(i, 1);
					case Types.DATE -> explain.setDate(i, java.sql.Date.valueOf("2024-05-01"));
					case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
						explain.setTimestamp(i, java.sql.Timestamp.valueOf("2024-05-01 00:00:00"));
					case Types.BOOLEAN, Types.BIT -> explain.setBoolean(i, false);
					default -> explain.setString(i, "plan");
				}
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet rows = explain.executeQuery()) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
	}

	private long publish(String slug, String title, String date, String url, String text) {
		String markdown = upload(title, date, url, text).replace("---\ntitle:", "---\nslug: " + slug + "\ntitle:");
		return this.publishing
			.importFile("doublons/" + slug + ".md", markdown.getBytes(StandardCharsets.UTF_8), "alice")
			.articleId();
	}

	private List<Duplicate> duplicates(String markdown) {
		return this.editing.preview(markdown).duplicates();
	}

	private static String upload(String title, String date, String url, String text) {
		return """
				---
				title: "%s"
				date: %s
				source: 36Kr
				%s
				---

				%s
				""".formatted(title, date, (url != null) ? "url: \"" + url + "\"" : "", text);
	}

	/** Keeps the SQL of every statement Hibernate prepares. */
	static final class Statements implements StatementInspector {

		static final List<String> seen = new CopyOnWriteArrayList<>();

		@Override
		public String inspect(String sql) {
			seen.add(sql);
			return sql;
		}

	}

	@TestConfiguration
	static class SeeStatements {

		@Bean
		HibernatePropertiesCustomizer statementInspector() {
			return properties -> properties.put("hibernate.session_factory.statement_inspector", new Statements());
		}

	}

}
