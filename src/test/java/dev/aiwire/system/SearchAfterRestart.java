package dev.aiwire.system;

import java.util.Arrays;
import java.util.Map;

import dev.aiwire.AiwireApplication;
import dev.aiwire.search.SearchEngine;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts the portal on a database and search index left by a killed process and, once it
 * started (the search index has caught up with the database by then), says for each slug
 * given whether the index holds the article in the version the database has:
 * {@code INDEXED <slug>} or {@code MISSING <slug>}, then {@code DONE}. Run in a JVM of
 * its own by {@link DurabilityTests}.
 */
final class SearchAfterRestart {

	private SearchAfterRestart() {
	}

	public static void main(String[] args) {
		int count = Integer.parseInt(args[0]);
		String[] slugs = Arrays.copyOfRange(args, 1, 1 + count);
		String[] springArgs = Arrays.copyOfRange(args, 1 + count, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AiwireApplication.class)
			.web(WebApplicationType.NONE)
			.run(springArgs)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Map<Long, Long> held = context.getBean(SearchEngine.class).versions();
			for (String slug : slugs) {
				var row = jdbc.sql("select id, updated_at from article where slug = :slug")
					.param("slug", slug)
					.query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant().toEpochMilli()))
					.optional();
				boolean indexed = row.isPresent() && row.get().getValue().equals(held.get(row.get().getKey()));
				System.out.println((indexed ? "INDEXED " : "MISSING ") + slug);
			}
			System.out.println("DONE");
			System.out.flush();
		}
	}

}
