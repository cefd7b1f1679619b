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

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages one class loader sees: every {@code language/<code>/} folder that holds a
 * {@code language.properties}, each language reading its word lists through that same
 * loader. {@link Languages} is the registry of the application's own class path; another
 * registry is built only where a class path of its own is wanted (a language a test adds,
 * say).
 * <p>
 * {@code language.properties} holds {@code code}, {@code locale} (a BCP 47 tag),
 * {@code order}, one {@code name.<code>} per interface language
 * ({@code name.fr=anglais}), and settings that modules read for themselves, named after
 * the module ({@code search.filters}; see {@link Language#setting}).
 */
public final class LanguageRegistry {

	private final List<Language> all;

	private LanguageRegistry(List<Language> all) {
		this.all = List.copyOf(all);
	}

	/** The languages of the folders a class loader sees. */
	public static LanguageRegistry fromClassPath(ClassLoader loader) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver(loader)
				.getResources("classpath*:language/*/language.properties");
			Map<String, Language> byCode = new HashMap<>();
			for (Resource resource : found) {
				Language language = read(resource, loader);
				byCode.putIfAbsent(language.code(), language);
			}
			if (byCode.isEmpty()) {
				throw new IllegalStateException("No language/*/language.properties on the class path");
			}
			return new LanguageRegistry(byCode.values()
				.stream()
				.sorted(Comparator.comparingInt(Language::order).thenComparing(Language::code))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the languages", ex);
		}
	}

	/** Every language, in order. */
	public List<Language> all() {
		return this.all;
	}

	/** Their codes, in order. */
	public List<String> codes() {
		return this.all.stream().map(Language::code).toList();
	}

	/** The first language, used when an article does not say its own. */
	public Language defaultLanguage() {
		return this.all.get(0);
	}

	/**
	 * The language of a code, read leniently ("FR", "fr-CA" and "fr_CA" are French), or
	 * empty when the code is blank or not one of these.
	 */
	public Optional<Language> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
		return this.all.stream().filter((candidate) -> candidate.code().equals(language)).findFirst();
	}

	/**
	 * The language of a code, or the default language when the code is not one of these.
	 */
	public Language of(String code) {
		return find(code).orElse(defaultLanguage());
	}

	private static Language read(Resource resource, ClassLoader loader) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String code = required(properties, "code", resource);
		Locale locale = Locale.forLanguageTag(properties.getProperty("locale", code));
		int order = Integer.parseInt(properties.getProperty("order", "100").strip());
		Map<String, String> names = new HashMap<>();
		Map<String, String> settings = new HashMap<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("name.")) {
				names.put(key.substring("name.".length()), properties.getProperty(key).strip());
			}
			else if (key.contains(".")) {
				settings.put(key, properties.getProperty(key));
			}
		}
		return new Language(code, locale, names, order, settings, loader);
	}

	private static String required(Properties properties, String key, Resource resource) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(resource.getDescription() + " has no " + key);
		}
		return value.strip();
	}

}
