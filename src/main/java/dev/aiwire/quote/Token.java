package dev.aiwire.quote;

/**
 * One word, quotation mark or punctuation sign of a block's text.
 *
 * @param index position in its block's token list
 * @param text as written
 * @param key folded form (see {@link Lexicon#fold(String)})
 * @param start offset in the block text
 * @param end offset after it
 * @param type what it is
 */
record Token(int index, String text, String key, int start, int end, Type type) {

	enum Type {

		WORD,
		/** A subject pronoun set after its verb: "a-t-il", "dit-elle". */
		INVERTED,
		/** A quotation mark. */
		MARK,
		PUNCT

	}

	boolean isWord() {
		return this.type == Type.WORD || this.type == Type.INVERTED;
	}

	boolean inverted() {
		return this.type == Type.INVERTED;
	}

	boolean isMark() {
		return this.type == Type.MARK;
	}

	boolean is(String punctuation) {
		return this.type == Type.PUNCT && this.text.equals(punctuation);
	}

	boolean endsSentence() {
		return this.type == Type.PUNCT && (this.text.equals(".") || this.text.equals("!") || this.text.equals("?")
				|| this.text.equals("\u2026") || this.text.equals("\u3002"));
	}

	/** An English possessive "'s" split from its noun. */
	boolean isPossessive() {
		return this.type == Type.PUNCT && this.key.equals("'s");
	}

	boolean isDash() {
		return this.type == Type.PUNCT && (this.text.equals("\u2014") || this.text.equals("\u2013"));
	}

}
