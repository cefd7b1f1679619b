package dev.aiwire;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs every Spring test context on a real PostgreSQL when one is named, and on H2
 * otherwise.
 * <p>
 * Set {@code AIWIRE_TEST_POSTGRES_URL} (for instance
 * {@code jdbc:postgresql://127.0.0.1:5432/aiwire}) with {@code AIWIRE_TEST_POSTGRES_USER}
 * and {@code AIWIRE_TEST_POSTGRES_PASSWORD}, as {@code .ci/run} does: each test context
 * then gets a schema of its own, migrated by Flyway like production and dropped when the
 * context closes, so contexts see each other's data no more than they do on their private
 * H2 databases. A context started with {@code aiwire.test.postgres.schema} shares that
 * schema instead (several instances of the portal on one database) and leaves it in
 * place.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String URL = "aiwire.test.postgres.url";

	static final String SCHEMA = "aiwire.test.postgres.schema";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getProperty(URL);
		if (url == null || url.isBlank()) {
			return;
		}
		String user = environment.getProperty("aiwire.test.postgres.user", "aiwire");
		String password = environment.getProperty("aiwire.test.postgres.password", "");
		String shared = environment.getProperty(SCHEMA);
		String schema = (shared != null) ? shared
				: "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(url, user, password, "create schema if not exists " + schema);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		properties.put("spring.datasource.username", user);
		properties.put("spring.datasource.password", password);
		properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
		// every cached test context keeps its pool: small pools that let go of idle
		// connections keep
		// the whole suite within the server's connection slots
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		properties.put("spring.datasource.hikari.minimum-idle", "0");
		properties.put("spring.datasource.hikari.idle-timeout", "10000");
		properties.put("spring.flyway.default-schema", schema);
		properties.put("spring.flyway.schemas", schema);
		properties.put("spring.test.database.replace", "none");
		environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", properties));
		if (shared == null) {
			context.addApplicationListener((ContextClosedEvent event) -> {
				if (event.getApplicationContext() == context) {
					execute(url, user, password, "drop schema if exists " + schema + " cascade");
				}
			});
		}
	}

	/** Whether the tests run on PostgreSQL (for the few tests about H2 itself). */
	public static boolean enabled() {
		String url = property(URL);
		return url != null && !url.isBlank();
	}

	/**
	 * Drops a schema shared by several contexts once they are closed (nothing to do on
	 * H2).
	 */
	public static void dropSharedSchema(String schema) {
		String url = property(URL);
		if (url != null && !url.isBlank()) {
			execute(url, property("aiwire.test.postgres.user", "aiwire"), property("aiwire.test.postgres.password", ""),
					"drop schema if exists " + schema + " cascade");
		}
	}

	private static String property(String name) {
		return property(name, null);
	}

	private static String property(String name, String otherwise) {
		String value = System.getProperty(name);
		if (value == null) {
			value = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
		}
		return (value != null) ? value : otherwise;
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL for tests at " + url + ": " + ex.getMessage(), ex);
		}
	}

}
