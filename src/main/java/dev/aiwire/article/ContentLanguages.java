package dev.aiwire.article;

import java.util.List;
import java.util.Locale;

/**
 * The languages articles are published in. Index pages filter by them with
 * {@code ?language=}, a parameter apart from {@code ?lang=}, which chooses the language
 * of the interface.
 */
public final class ContentLanguages {

	/** The languages of translations, in the order filters list them. */
	public static final List<String> ALL = List.of("fr", "en");

	private ContentLanguages() {
	}

	/**
	 * The language asked for if it is one of ours ("FR" and "fr-CA" read as "fr"), else
	 * null: all.
	 */
	public static String of(String requested) {
		if (requested == null || requested.isBlank()) {
			return null;
		}
		String language = Locale.forLanguageTag(requested.strip().replace('_', '-')).getLanguage();
		return ALL.contains(language) ? language : null;
	}

}
