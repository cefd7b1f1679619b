package dev.aiwire.quote.reading;

import dev.aiwire.language.Words;

/**
 * One word, quotation mark or punctuation sign of a block's text.
 *
 * @param index position in its block's token list
 * @param text as written
 * @param key folded form (see {@link Words#fold(String)})
 * @param start offset in the block text
 * @param end offset after it
 * @param type what it is
 */
public record Token(int index, String text, String key, int start, int end, Type type) {

	public enum Type {

		WORD,
		/** A subject pronoun set after its verb: "a-t-il", "dit-elle". */
		INVERTED,
		/** A quotation mark. */
		MARK, PUNCT

	}

	public boolean isWord() {
		return this.type == Type.WORD || this.type == Type.INVERTED;
	}

	public boolean inverted() {
		return this.type == Type.INVERTED;
	}

	public boolean isMark() {
		return this.type == Type.MARK;
	}

	public boolean is(String punctuation) {
		return this.type == Type.PUNCT && this.text.equals(punctuation);
	}

	public boolean endsSentence() {
		return this.type == Type.PUNCT && (this.text.equals(".") || this.text.equals("!") || this.text.equals("?")
				|| this.text.equals("\u2026") || this.text.equals("\u3002"));
	}

	/** An English possessive "'s" split from its noun. */
	public boolean isPossessive() {
		return this.type == Type.PUNCT && this.key.equals("'s");
	}

	/** An apostrophe standing alone, the elided word before it ("l'« ... »"). */
	public boolean isApostrophe() {
		return !isWord() && (this.text.equals("'") || this.text.equals("\u2019"));
	}

	public boolean isDash() {
		return this.type == Type.PUNCT && (this.text.equals("\u2014") || this.text.equals("\u2013"));
	}

}
