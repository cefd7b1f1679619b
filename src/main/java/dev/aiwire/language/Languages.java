package dev.aiwire.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The registry of the languages articles may be written in: every {@code language/<code>/}
 * folder of the class path that holds a {@code language.properties}. Read once, the first time it
 * is asked; the first language in {@link Language#order() order} is the default one.
 * <p>
 * {@code language.properties} holds {@code code}, {@code locale} (a BCP 47 tag), {@code order},
 * and one {@code name.<code>} per interface language ({@code name.fr=anglais}).
 */
public final class Languages {

	private static final List<Language> ALL = discover();

	private static final Map<String, WordList> COMMON = new ConcurrentHashMap<>();

	private Languages() {
	}

	/** Every language, in order. */
	public static List<Language> all() {
		return ALL;
	}

	/** Their codes, in order: what front matter accepts and filters offer. */
	public static List<String> codes() {
		return ALL.stream().map(Language::code).toList();
	}

	/** The site's first language, used when an article does not say its own. */
	public static Language defaultLanguage() {
		return ALL.get(0);
	}

	/**
	 * The language of a code, read leniently ("FR", "fr-CA" and "fr_CA" are French), or empty when
	 * the code is blank or not one of ours.
	 */
	public static Optional<Language> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
		return ALL.stream().filter((candidate) -> candidate.code().equals(language)).findFirst();
	}

	/** The language of a code, or the default language when the code is not one of ours. */
	public static Language of(String code) {
		return find(code).orElse(defaultLanguage());
	}

	/**
	 * A word list that belongs to no language, read once from {@code language/<list>.txt}: names of
	 * organisations are written the same in every language.
	 */
	public static WordList common(String list) {
		return COMMON.computeIfAbsent(list, (name) -> WordList.loadPath("language/" + name + ".txt", name));
	}

	private static List<Language> discover() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver(Languages.class.getClassLoader())
				.getResources("classpath*:language/*/language.properties");
			Map<String, Language> byCode = new HashMap<>();
			for (Resource resource : found) {
				Language language = read(resource);
				byCode.putIfAbsent(language.code(), language);
			}
			if (byCode.isEmpty()) {
				throw new IllegalStateException("No language/*/language.properties on the class path");
			}
			return byCode.values()
				.stream()
				.sorted(Comparator.comparingInt(Language::order).thenComparing(Language::code))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the languages", ex);
		}
	}

	private static Language read(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String code = required(properties, "code", resource);
		Locale locale = Locale.forLanguageTag(properties.getProperty("locale", code));
		int order = Integer.parseInt(properties.getProperty("order", "100").strip());
		Map<String, String> names = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("name.")) {
				names.put(key.substring("name.".length()), properties.getProperty(key).strip());
			}
		}
		return new Language(code, locale, names, order);
	}

	private static String required(Properties properties, String key, Resource resource) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(resource.getDescription() + " has no " + key);
		}
		return value.strip();
	}

}
