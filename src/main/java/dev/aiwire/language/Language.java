package dev.aiwire.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language of the articles: its code ({@code fr}), its names, its locale, and its
 * word lists, each read once from {@code language/<code>/<list>.txt} on first use,
 * through the class loader its folder was found by.
 */
public final class Language {

	private final String code;

	private final Locale locale;

	private final Map<String, String> names;

	private final int order;

	private final Map<String, String> settings;

	private final ClassLoader loader;

	private final Map<String, WordList> lists = new ConcurrentHashMap<>();

	Language(String code, Locale locale, Map<String, String> names, int order, Map<String, String> settings,
			ClassLoader loader) {
		this.code = code;
		this.locale = locale;
		this.names = Map.copyOf(names);
		this.order = order;
		this.settings = Map.copyOf(settings);
		this.loader = loader;
	}

	/**
	 * The ISO 639-1 code, as written in front matter and URLs: {@code fr}, {@code en}.
	 */
	public String code() {
		return this.code;
	}

	public Locale locale() {
		return this.locale;
	}

	/** Where the language comes in lists and filters (the site's own language first). */
	public int order() {
		return this.order;
	}

	/**
	 * The language's name in the interface's language ("anglais" in French), else in its
	 * own.
	 */
	public String name(Locale interfaceLocale) {
		String name = this.names.get(interfaceLocale.getLanguage());
		return (name != null) ? name : this.names.getOrDefault(this.code, this.code);
	}

	/**
	 * A setting of {@code language.properties} that a module reads for itself, say
	 * {@code search.filters}: empty when the language leaves it to the module's default.
	 */
	public Optional<String> setting(String key) {
		return Optional.ofNullable(this.settings.get(key)).map(String::strip).filter((value) -> !value.isEmpty());
	}

	/**
	 * A word list of this language, say {@code speech-verbs}: empty when the language has
	 * no such file (a language may leave a rule without words).
	 */
	public WordList words(String list) {
		// a plain read first: the rules ask for their lists at every word
		WordList loaded = this.lists.get(list);
		return (loaded != null) ? loaded
				: this.lists.computeIfAbsent(list, (name) -> WordList.load(this.loader, this.code, name));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Language language && language.code.equals(this.code);
	}

	@Override
	public int hashCode() {
		return this.code.hashCode();
	}

	@Override
	public String toString() {
		return this.code;
	}

}
