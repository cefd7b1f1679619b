package dev.aiwire.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message goes through {@link MessageFormat}
 * ({@code spring.messages.always-use-message-format}), with or without arguments, so an
 * apostrophe is written twice: a single one starts a quoted part and disappears ("Pas
 * d'adresse" showed as "Pas dadresse"). This scans both bundles for it.
 */
class MessageApostrophesTests {

	/** An apostrophe that is not part of a doubled pair. */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void theInterfaceFormatsEveryMessageTheSameWay() throws IOException {
		Properties application = load("application.properties");
		assertThat(application.getProperty("spring.messages.always-use-message-format")).isEqualTo("true");
	}

	@Test
	void noMessageOfEitherBundleHasALoneApostrophe() throws IOException {
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties bundle = load(name);
			assertThat(bundle.stringPropertyNames()).as(name)
				.allSatisfy(key -> assertThat(LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find())
					.as("%s in %s has a lone apostrophe, which MessageFormat drops: write it twice", key, name)
					.isFalse());
		}
	}

	@Test
	void everyApostropheOfEitherBundleShowsOnceAsWritten() throws IOException {
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties bundle = load(name);
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				String shown = new MessageFormat(text, Locale.FRENCH).format(new Object[] { 1, 2, 3 });
				assertThat(count(shown, '\'')).as("%s in %s", key, name).isEqualTo(text.split("''", -1).length - 1);
			}
		}
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageApostrophesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
