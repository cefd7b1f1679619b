package dev.aiwire.timeline;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;

/**
 * The temporal grammar of each language, found by the language's code. Grammars are
 * listed in {@code META-INF/services/dev.aiwire.timeline.Grammar} and found with
 * {@link ServiceLoader}; each is built with the {@link LanguageRegistry} it reads its
 * words from, and serves the language it names. A language with a folder but no grammar
 * has no dates.
 */
final class Grammars {

	private static final class Default {

		static final Grammars GRAMMARS = load(Languages.registry(), Grammars.class.getClassLoader());

	}

	private final LanguageRegistry languages;

	private final Map<String, Grammar> byCode;

	private Grammars(LanguageRegistry languages, Map<String, Grammar> byCode) {
		this.languages = languages;
		this.byCode = Map.copyOf(byCode);
	}

	/** The grammars of the application's languages. */
	static Grammars standard() {
		return Default.GRAMMARS;
	}

	/**
	 * The grammars a class loader lists, for the languages of a registry; a grammar whose
	 * language the registry does not know is left out.
	 */
	static Grammars load(LanguageRegistry languages, ClassLoader loader) {
		Map<String, Grammar> byCode = new HashMap<>();
		for (ServiceLoader.Provider<Grammar> provider : ServiceLoader.load(Grammar.class, loader).stream().toList()) {
			Grammar grammar = create(provider.type(), languages);
			if (grammar != null) {
				byCode.putIfAbsent(grammar.code(), grammar);
			}
		}
		return new Grammars(languages, byCode);
	}

	private static Grammar create(Class<? extends Grammar> type, LanguageRegistry languages) {
		try {
			return type.getDeclaredConstructor(LanguageRegistry.class).newInstance(languages);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof MissingLanguageException) {
				return null;
			}
			throw new IllegalStateException("Cannot build the grammar " + type.getName(), ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(type.getName() + " needs a constructor taking a LanguageRegistry", ex);
		}
	}

	/** The registry the grammars read their languages from. */
	LanguageRegistry languages() {
		return this.languages;
	}

	/**
	 * The grammar of an article's language (a code not of the registry reads as its
	 * default language), or empty when the language has none.
	 */
	Optional<Grammar> of(String code) {
		return of(this.languages.of(code));
	}

	Optional<Grammar> of(Language language) {
		return Optional.ofNullable(this.byCode.get(language.code()));
	}

	/**
	 * Thrown by a grammar's constructor when the registry has no folder for its language.
	 */
	static final class MissingLanguageException extends RuntimeException {

		MissingLanguageException(String code) {
			super("No language/" + code + "/ folder for its grammar");
		}

	}

}
