package dev.aiwire.article;

import java.util.List;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;

/**
 * The languages articles are published in: those of the language registry, one folder
 * each. Index pages filter by them with {@code ?language=}, a parameter apart from
 * {@code ?lang=}, which chooses the language of the interface.
 */
public final class ContentLanguages {

	/** The languages of translations, in the order filters list them. */
	public static final List<String> ALL = Languages.codes();

	private ContentLanguages() {
	}

	/**
	 * The language asked for if it is one of ours ("FR" and "fr-CA" read as "fr"), else
	 * null: all.
	 */
	public static String of(String requested) {
		return of(Languages.registry(), requested);
	}

	/** The same, among the languages of a registry. */
	public static String of(LanguageRegistry languages, String requested) {
		return languages.find(requested).map(Language::code).orElse(null);
	}

	/**
	 * The Open Graph locale of the articles of a language ({@code fr_FR}): the
	 * {@code web.og-locale} setting of its folder, else its locale.
	 */
	public static String openGraphLocale(String code) {
		return openGraphLocale(Languages.registry(), code);
	}

	/** The same, among the languages of a registry. */
	public static String openGraphLocale(LanguageRegistry languages, String code) {
		Language language = languages.of(code);
		return language.setting("web.og-locale").orElseGet(() -> language.locale().toString());
	}

}
