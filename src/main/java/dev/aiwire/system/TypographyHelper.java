package dev.aiwire.system;

import dev.aiwire.markdown.Typesetting;

/**
 * The spacing of a text's language for the stored texts a template shows outside an
 * article body (titles, summaries, quotations): in the model of every page as
 * {@code typography}, by {@link SiteModel}.
 */
public final class TypographyHelper {

	static final TypographyHelper INSTANCE = new TypographyHelper();

	private TypographyHelper() {
	}

	/** The text with no-break spaces where its language wants them. */
	public String set(String text, String language) {
		return Typesetting.set(text, language);
	}

}
