package dev.aiwire.quote.reading;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.markdown.Block;

/**
 * A block's text made ready for reading: its tokens, the quotations in quotation marks it
 * holds, and its sentences (which never end inside a quotation).
 */
public final class BlockText {

	/**
	 * A quotation in marks: tokens {@code open} and {@code close} are its marks (-1 when
	 * missing).
	 */
	public record Span(int open, int close, int contentStart, int contentEnd, int firstToken, int lastToken) {

		public boolean contains(int tokenIndex) {
			return tokenIndex >= this.firstToken && tokenIndex <= this.lastToken;
		}

	}

	/** A sentence: tokens from {@code first} to {@code last}, inclusive. */
	public record Range(int first, int last) {

	}

	private final Block block;

	private final String text;

	private final List<Token> tokens;

	private final List<Span> spans;

	private final List<Range> sentences;

	private final boolean[] quoted;

	public BlockText(Block block) {
		this.block = block;
		this.text = (block.text() != null) ? block.text() : "";
		this.tokens = Tokenizer.tokenize(this.text);
		this.spans = QuoteSpans.find(this.text, this.tokens);
		this.quoted = new boolean[this.tokens.size()];
		for (Span span : this.spans) {
			for (int i = Math.max(0, span.firstToken()); i <= span.lastToken() && i < this.quoted.length; i++) {
				this.quoted[i] = true;
			}
			if (span.open() >= 0) {
				this.quoted[span.open()] = true;
			}
			if (span.close() >= 0) {
				this.quoted[span.close()] = true;
			}
		}
		this.sentences = splitSentences();
	}

	public Block block() {
		return this.block;
	}

	public String text() {
		return this.text;
	}

	public List<Token> tokens() {
		return this.tokens;
	}

	public Token token(int index) {
		return this.tokens.get(index);
	}

	public int size() {
		return this.tokens.size();
	}

	public List<Span> spans() {
		return this.spans;
	}

	public List<Range> sentences() {
		return this.sentences;
	}

	/**
	 * The words inside a quotation's marks, from its first token to its last, the marks
	 * and the spaces beside them left out: "Vieux Codeur" of « Vieux Codeur ».
	 */
	public String words(Span span) {
		return this.text.substring(token(span.firstToken()).start(), token(span.lastToken()).end());
	}

	/** Whether a token lies inside a quotation or is one of its marks. */
	public boolean isQuoted(int tokenIndex) {
		return this.quoted[tokenIndex];
	}

	/** The sentence that holds a token. */
	public Range sentenceOf(int tokenIndex) {
		for (Range range : this.sentences) {
			if (tokenIndex >= range.first() && tokenIndex <= range.last()) {
				return range;
			}
		}
		return this.sentences.isEmpty() ? new Range(0, -1) : this.sentences.get(this.sentences.size() - 1);
	}

	public int sentenceNumberOf(int tokenIndex) {
		for (int i = 0; i < this.sentences.size(); i++) {
			if (tokenIndex <= this.sentences.get(i).last()) {
				return i;
			}
		}
		return Math.max(0, this.sentences.size() - 1);
	}

	/** Whether the block's last meaningful token is a colon. */
	public boolean endsWithColon() {
		for (int i = this.tokens.size() - 1; i >= 0; i--) {
			Token token = this.tokens.get(i);
			if (token.is(":")) {
				return true;
			}
			if (token.isWord() || token.isMark() || token.endsSentence()) {
				return false;
			}
		}
		return false;
	}

	private boolean closesSpan(int tokenIndex) {
		return this.spans.stream().anyMatch((span) -> span.close() == tokenIndex);
	}

	private List<Range> splitSentences() {
		List<Range> ranges = new ArrayList<>();
		int first = 0;
		for (int i = 0; i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			boolean closesSentence = token.isMark() && i > 0 && this.tokens.get(i - 1).endsSentence() && closesSpan(i);
			if (!closesSentence && (!token.endsSentence() || this.quoted[i])) {
				continue;
			}
			while (i + 1 < this.tokens.size() && (this.tokens.get(i + 1).endsSentence())) {
				i++;
			}
			if (i + 1 < this.tokens.size()) {
				Token next = this.tokens.get(i + 1);
				boolean startsAnew = next.isMark() || next.type() == Token.Type.PUNCT
						|| Character.isUpperCase(next.text().charAt(0)) || Character.isDigit(next.text().charAt(0));
				Token before = (i > 0) ? this.tokens.get(i - 1) : null;
				// "J. Smith": an initial, unless an elided article follows ("sur X.
				// D'autres ...": X is the platform, and the sentence ends)
				boolean initial = before != null && before.text().length() == 1
						&& Character.isUpperCase(before.text().charAt(0)) && !next.key().endsWith("'");
				if (!startsAnew || initial) {
					continue;
				}
			}
			ranges.add(new Range(first, i));
			first = i + 1;
		}
		if (first < this.tokens.size()) {
			ranges.add(new Range(first, this.tokens.size() - 1));
		}
		return ranges;
	}

}
