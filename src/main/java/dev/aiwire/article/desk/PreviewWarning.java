package dev.aiwire.article.desk;

/**
 * Something in an upload an editor should act on before publishing.
 *
 * @param kind what is wrong
 * @param detail the words concerned (the element removed, the start of a quotation), or
 * null
 */
public record PreviewWarning(Kind kind, String detail) {

	public enum Kind {

		/** Raw HTML or an unsafe link or attribute was removed from the text. */
		UNSAFE_MARKUP,
		/** The front matter gives no address for the original article. */
		NO_SOURCE_URL,
		/** The front matter names no outlet for the original. */
		NO_SOURCE,
		/** A quotation whose speaker neither the editor nor the text names. */
		QUOTE_WITHOUT_SPEAKER,
		/**
		 * A quotation whose speaker was guessed from the context, not read from a cue.
		 */
		DOUBTFUL_SPEAKER,
		/** The date is in the future: published, the article waits for it. */
		SCHEDULED,
		/** A time reference the timeline cannot place ("il y a quelque temps"). */
		UNRESOLVED_DATE

	}

	/** The key of its message in the bundles. */
	public String messageKey() {
		return "admin.warning." + this.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
