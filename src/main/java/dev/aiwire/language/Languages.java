package dev.aiwire.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of the languages articles may be written in: every
 * {@code language/<code>/} folder of the application's class path that holds a
 * {@code language.properties} (see {@link LanguageRegistry}). Read once, the first time
 * it is asked; the first language in {@link Language#order() order} is the default one.
 */
public final class Languages {

	private static final LanguageRegistry REGISTRY = LanguageRegistry.fromClassPath(Languages.class.getClassLoader());

	private static final Map<String, WordList> COMMON = new ConcurrentHashMap<>();

	private Languages() {
	}

	/**
	 * A word list that belongs to no language, read once from
	 * {@code language/<list>.txt}: names of organisations are written the same in every
	 * language.
	 */
	public static WordList common(String list) {
		// a plain read first: the quotation rules ask at every word
		WordList loaded = COMMON.get(list);
		return (loaded != null) ? loaded : COMMON.computeIfAbsent(list,
				(name) -> WordList.loadPath(Languages.class.getClassLoader(), "language/" + name + ".txt", name));
	}

	/**
	 * The registry itself, for code that takes a registry rather than asking this class.
	 */
	public static LanguageRegistry registry() {
		return REGISTRY;
	}

	/** Every language, in order. */
	public static List<Language> all() {
		return REGISTRY.all();
	}

	/** Their codes, in order: what front matter accepts and filters offer. */
	public static List<String> codes() {
		return REGISTRY.codes();
	}

	/** The site's first language, used when an article does not say its own. */
	public static Language defaultLanguage() {
		return REGISTRY.defaultLanguage();
	}

	/**
	 * The language of a code, read leniently ("FR", "fr-CA" and "fr_CA" are French), or
	 * empty when the code is blank or not one of ours.
	 */
	public static Optional<Language> find(String code) {
		return REGISTRY.find(code);
	}

	/**
	 * The language of a code, or the default language when the code is not one of ours.
	 */
	public static Language of(String code) {
		return REGISTRY.of(code);
	}

}
