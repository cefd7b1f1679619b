package dev.aiwire.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French and English bundles say the same things: the same keys, none empty, and
 * every key the templates and the code name literally is in both. A message added in one
 * language only, or a key mistyped in a template, shows as {@code ??key_fr??} to a
 * reader: this fails first.
 */
class I18nPropertiesSyncTests {

	/**
	 * A literal key in a template: {@code #{admin.title}}, {@code #{card.minutes(...)}}.
	 */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	/**
	 * A key in Java: a validation message {@code "{admin.form.slug.size}"}, a not-found
	 * code.
	 */
	private static final Pattern CODE_KEY = Pattern.compile(
			"message = \"\\{([\\w.-]+)}\"|super\\(\"(not-found\\.[\\w-]+)\"|rejectValue\\(\"\\w+\", \"([\\w.-]+)\"");

	private final Properties french = bundle("messages.properties");

	private final Properties english = bundle("messages_en.properties");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(new TreeSet<>(this.english.stringPropertyNames())).as("keys missing in English")
			.containsAll(this.french.stringPropertyNames());
		assertThat(new TreeSet<>(this.french.stringPropertyNames())).as("keys missing in French")
			.containsAll(this.english.stringPropertyNames());
	}

	@Test
	void noMessageIsEmpty() {
		for (Properties bundle : new Properties[] { this.french, this.english }) {
			assertThat(bundle.stringPropertyNames())
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyKeyTheTemplatesAndTheCodeNameIsInBothLanguages() throws IOException {
		Set<String> named = new TreeSet<>();
		Path project = Path.of(System.getProperty("basedir", "."));
		named.addAll(keys(project.resolve("src/main/resources/templates"), ".html", TEMPLATE_KEY));
		named.addAll(keys(project.resolve("src/main/java"), ".java", CODE_KEY));

		assertThat(named).as("keys found in templates and code").hasSizeGreaterThan(100);
		assertThat(named).allSatisfy(key -> {
			assertThat(this.french.getProperty(key)).as(key + " in French").isNotNull();
			assertThat(this.english.getProperty(key)).as(key + " in English").isNotNull();
		});
	}

	private static Set<String> keys(Path folder, String suffix, Pattern pattern) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					for (int group = 1; group <= matcher.groupCount(); group++) {
						if (matcher.group(group) != null) {
							keys.add(matcher.group(group));
						}
					}
				}
			}
		}
		return keys;
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
