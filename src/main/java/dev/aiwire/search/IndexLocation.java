package dev.aiwire.search;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the embedded index lives: in the folder given, or beside the H2 file database it
 * indexes, so that two portals started from one folder on two databases never share an
 * index. An index of an in-memory database is kept in memory; beside any other database
 * (PostgreSQL) there is no folder to derive one from, and the folder must be given.
 */
final class IndexLocation {

	private IndexLocation() {
	}

	/**
	 * The folder of the index, or empty to keep it in memory.
	 * @param indexDir {@code aiwire.search.index-dir}: null when not set, blank for
	 * memory
	 * @param databaseUrl {@code spring.datasource.url}
	 */
	static Optional<Path> of(String indexDir, String databaseUrl) {
		if (indexDir != null) {
			return indexDir.isBlank() ? Optional.empty() : Optional.of(Path.of(indexDir.strip()));
		}
		String url = (databaseUrl != null) ? databaseUrl.strip() : "";
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:h2:mem:")) {
			return Optional.empty();
		}
		if (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")) {
			String file = url.substring("jdbc:h2:".length());
			if (file.toLowerCase(Locale.ROOT).startsWith("file:")) {
				file = file.substring("file:".length());
			}
			int options = file.indexOf(';');
			if (options >= 0) {
				file = file.substring(0, options);
			}
			if (file.startsWith("~")) {
				file = System.getProperty("user.home") + file.substring(1);
			}
			if (!file.isBlank()) {
				return Optional.of(Path.of(file + "-search-index"));
			}
		}
		throw new IllegalStateException("Set aiwire.search.index-dir (AIWIRE_SEARCH_INDEX_DIR): the search index "
				+ "cannot be placed beside the database " + url
				+ "; each instance needs a folder of its own, or use the opensearch profile");
	}

}
