package dev.aiwire.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal acknowledged as published is still there, whole, after the server is
 * killed with SIGKILL in the middle of a bulk import: the H2 settings of production
 * (application.properties) write each commit before the publish returns. Started again,
 * the portal's search index holds every one of them too, in the version the database has.
 */
class DurabilityTests {

	private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 25;

	@Test
	void everyAcknowledgedArticleSurvivesAKillDashNineWhole(@TempDir Path folder) throws Exception {
		String url = PortalProcess.productionDatabaseUrl(folder);
		List<String> acknowledged = new ArrayList<>();
		try (PortalProcess portal = PortalProcess.start(BulkImport.class,
				List.of("1000", "--spring.datasource.url=" + url, "--aiwire.content-dir=" + folder.resolve("none"),
						"--aiwire.search.index-dir=" + folder.resolve("search-index")))) {
			assertThat(portal.nextLine("READY", 300)).as("the importer started").isNotNull();
			while (acknowledged.size() < ACKNOWLEDGED_BEFORE_THE_KILL) {
				String line = portal.nextLine("ACK ", 120);
				assertThat(line).as("acknowledgement %d", acknowledged.size() + 1).isNotNull();
				acknowledged.add(line.substring(4));
			}
			portal.killHard();
		}

		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			for (String slug : acknowledged) {
				assertThat(wholeArticle(connection, slug)).as("article %s after the kill", slug).isTrue();
			}
		}

		// the search index commits on a schedule, not per publish: started again, the
		// portal indexes what the kill took from it before it serves anything
		List<String> arguments = new ArrayList<>();
		arguments.add(String.valueOf(acknowledged.size()));
		arguments.addAll(acknowledged);
		arguments.addAll(List.of("--spring.datasource.url=" + url, "--aiwire.content-dir=" + folder.resolve("none"),
				"--aiwire.search.index-dir=" + folder.resolve("search-index")));
		try (PortalProcess portal = PortalProcess.start(SearchAfterRestart.class, arguments)) {
			for (String slug : acknowledged) {
				String line = portal.nextLine("INDEXED ", 300);
				assertThat(line).as("article %s in the search index after the restart", slug)
					.isEqualTo("INDEXED " + slug);
			}
			assertThat(portal.nextLine("DONE", 60)).isNotNull();
		}
	}

	/**
	 * The article, its sections, its revision with the Markdown, its tags and its
	 * quotations.
	 */
	private static boolean wholeArticle(Connection connection, String slug) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(
				"""
						select a.html,
						       (select count(*) from article_section s where s.article_id = a.id),
						       (select count(*) from revision r where r.article_id = a.id and r.markdown like '%Fin de l''article%'),
						       (select count(*) from article_tag t where t.article_id = a.id),
						       (select count(*) from quote q where q.article_id = a.id)
						from article a where a.slug = ?""")) {
			statement.setString(1, slug);
			try (ResultSet row = statement.executeQuery()) {
				return row.next() && row.getString(1).contains("Fin de l") && row.getInt(2) >= 2 && row.getInt(3) == 1
						&& row.getInt(4) == 2 && row.getInt(5) >= 1;
			}
		}
	}

}
