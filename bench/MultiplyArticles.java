import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grows a portal database by copying the articles it holds, with everything extracted from them
 * (sections, tags, revisions, timeline events, quotations, and what the timeline and quote modules
 * keep of each article), until it holds TARGET articles. Each
 * copy gets its own slug and a date spread over six years. The originals went through the real
 * publishing path; copying them is how a load test reaches 100,000 articles in minutes instead of
 * hours. Run with the portal stopped (H2 only):
 *
 * java -cp h2.jar bench/MultiplyArticles.java JDBC_URL TARGET
 */
public class MultiplyArticles {

	static final long ARTICLE_OFFSET = 1_000_000L;

	static final long ROW_OFFSET = 100_000_000L;

	public static void main(String[] args) throws Exception {
		String url = args[0];
		long target = Long.parseLong(args[1]);
		try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
			long originals = count(sql, "select count(*) from article where id < " + ARTICLE_OFFSET);
			long copies = (target + originals - 1) / originals - 1;
			System.out.printf("%d articles; making %d copies of each%n", originals, copies);
			Map<String, Map<String, String>> tables = Map.of(
					"article", Map.of("id", "id + %2$d", "slug", "slug || '-' || %1$d", "source_path",
							"source_path || '#' || %1$d", "translation_key", "null", "published_on",
							"dateadd(day, -1 - mod(id * 37 + %1$d * 101, 2190), current_date)", "version", "0"),
					"article_section", Map.of("id", "id + %3$d", "article_id", "article_id + %2$d"),
					"article_tag", Map.of("article_id", "article_id + %2$d"),
					"revision", Map.of("id", "id + %3$d", "article_id", "article_id + %2$d"),
					"timeline_event", Map.of("id", "id + %3$d", "article_id", "article_id + %2$d"),
					"quote", Map.of("id", "id + %3$d", "article_id", "article_id + %2$d"),
					"timeline_article", copyOfArticle(), "timeline_article_tag",
					Map.of("article_id", "article_id + %2$d"), "quote_article", copyOfArticle());
			List<String> order = List.of("article", "article_section", "article_tag", "revision", "timeline_event",
					"quote", "timeline_article", "timeline_article_tag", "quote_article");
			db.setAutoCommit(false);
			for (long k = 1; k <= copies; k++) {
				for (String table : order) {
					List<String> columns = columns(db, table);
					if (columns.isEmpty()) {
						continue;
					}
					List<String> expressions = new ArrayList<>();
					for (String column : columns) {
						String expression = tables.get(table).get(column);
						expressions.add((expression != null)
								? String.format(expression, k, k * ARTICLE_OFFSET, k * ROW_OFFSET) : column);
					}
					String where = table.equals("article") ? "id < " + ARTICLE_OFFSET : "article_id < " + ARTICLE_OFFSET;
					sql.executeUpdate("insert into " + table + " (" + String.join(", ", columns) + ") select "
							+ String.join(", ", expressions) + " from " + table + " where " + where);
				}
				db.commit();
				System.out.printf("copy %d of %d done%n", k, copies);
			}
			for (String table : order) {
				if (columns(db, table).contains("id")) {
					long next = count(sql, "select coalesce(max(id), 0) + 1 from " + table);
					sql.execute("alter table " + table + " alter column id restart with " + next);
				}
			}
			sql.executeUpdate("update content_version set version = version + 1, changed_at = current_timestamp");
			db.commit();
			System.out.printf("%d articles now%n", count(sql, "select count(*) from article"));
		}
	}

	/** What the timeline and quote modules keep of an article, copied as the article is. */
	static Map<String, String> copyOfArticle() {
		String date = "dateadd(day, -1 - mod(article_id * 37 + %1$d * 101, 2190), current_date)";
		return Map.of("article_id", "article_id + %2$d", "slug", "slug || '-' || %1$d", "translation_key", "null",
				"published_on", date, "visible_from", "case when visible_from is not null then " + date + " end");
	}

	static List<String> columns(Connection db, String table) throws Exception {
		List<String> columns = new ArrayList<>();
		try (ResultSet rs = db.getMetaData().getColumns(null, null, table.toUpperCase(), null)) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME").toLowerCase());
			}
		}
		return columns;
	}

	static long count(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
