package dev.aiwire.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code aiwire.*} property the portal is configured with is described in the
 * metadata the configuration processor writes from the {@code @ConfigurationProperties}
 * records, so that an IDE completes it and explains it, and a mistyped property in the
 * files is noticed.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyOfThePortalIsDescribed() throws IOException {
		JsonNode metadata;
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("metadata written by the configuration processor").isNotNull();
			metadata = JsonMapper.builder().build().readTree(in);
		}
		List<String> described = new ArrayList<>();
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().startsWith("aiwire.")) {
				assertThat(property.path("description").asString()).as(property.path("name").asString()).isNotBlank();
				described.add(property.path("name").asString());
			}
		}
		List<String> configured = new ArrayList<>();
		for (String file : List.of("application.properties", "application-postgres.properties",
				"application-test.properties")) {
			Properties properties = new Properties();
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			properties.stringPropertyNames()
				.stream()
				.filter(name -> name.startsWith("aiwire."))
				.forEach(configured::add);
		}
		assertThat(configured).isNotEmpty();
		assertThat(described).containsAll(configured);
	}

}
