package dev.aiwire.admin;

/**
 * The admin tests publish, rename and delete many articles: they keep them in a database
 * of their own, so that other modules' tests, which count and list articles, never see
 * them.
 */
public final class AdminTestDatabase {

	public static final String URL = "spring.datasource.url=jdbc:h2:mem:aiwire-admin-test;DB_CLOSE_DELAY=-1";

	private AdminTestDatabase() {
	}

}
