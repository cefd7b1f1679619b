package dev.aiwire.quote.people;

/**
 * A reference to someone at a place of the text: a name, a pronoun, a role ("le
 * fondateur"), an organisation noun ("the company") or a crowd ("un internaute"), with
 * what it was resolved to.
 *
 * @param entity who it stands for, or null for a crowd or an unnamed source, or when
 * nobody fits
 * @param form how the text refers to them
 * @param block the block it stands in
 * @param first its first token (a title or determiner included)
 * @param last its last token
 * @param sentence the article-wide number of its sentence
 * @param subject whether it is the subject of its clause
 * @param sure whether the resolution left no close second candidate
 */
public record Mention(Entity entity, Form form, int block, int first, int last, int sentence, boolean subject,
		boolean sure) {

	/** How a mention refers to someone. */
	public enum Form {

		/** A full name or an organisation's name. */
		NAME,
		/**
		 * A surname or first name alone, with or without a title ("Huang", "M. Huang").
		 */
		PART_OF_NAME,
		/** "il", "she", "it". */
		PRONOUN,
		/** "le fondateur", "the 39-year-old CEO", "notre interlocuteur". */
		ROLE,
		/** "le ministère", "the company". */
		ORGANISATION_NOUN,
		/** "un internaute", "analysts", "a source": someone the text does not name. */
		CROWD

	}

	/** Whether the mention names nobody the portal can put a name on. */
	public boolean isCrowd() {
		return this.form == Form.CROWD;
	}

	public boolean isNamed() {
		return this.form == Form.NAME || this.form == Form.PART_OF_NAME;
	}

}
