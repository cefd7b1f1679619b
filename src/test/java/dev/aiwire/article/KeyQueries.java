package dev.aiwire.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the key migrations' tests ask the database: the highest key a table has used, and
 * the next value its sequence hands out.
 */
public final class KeyQueries {

	private KeyQueries() {
	}

	public static long maxKey(Statement statement, String table) throws SQLException {
		return single(statement, "select max(id) from " + table);
	}

	public static long nextValue(Statement statement, String sequence) throws SQLException {
		return single(statement, "select next value for " + sequence);
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
