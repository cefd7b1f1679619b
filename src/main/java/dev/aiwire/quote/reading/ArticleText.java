package dev.aiwire.quote.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.markdown.ParsedDocument;

/**
 * An article made ready for the quotation rules: the words of its language, its title and
 * its blocks, each tokenised, with its quotations in quotation marks and its sentences.
 * Positions in the article are a block index and a token index, folded into one number by
 * {@link #position}.
 */
public final class ArticleText {

	private final QuoteWords words;

	private final BlockText title;

	private final List<BlockText> blocks;

	/**
	 * Whether each block is web-page debris or the article's credits, once asked: the
	 * rules ask it of the same blocks again and again as they look back.
	 */
	private final Boolean[] debris;

	/** The first block of the article's own prose, once asked (-1: not yet). */
	private int firstProse = -1;

	private ArticleText(QuoteWords words, BlockText title, List<BlockText> blocks) {
		this.words = words;
		this.title = title;
		this.blocks = blocks;
		this.debris = new Boolean[blocks.size()];
	}

	public static ArticleText of(ParsedDocument document) {
		QuoteWords words = QuoteWords.of(document.frontMatter().lang());
		String title = document.frontMatter().title();
		BlockText titleText = (title != null && !title.isBlank())
				? new BlockText(new Block(-1, 0, BlockKind.HEADING, title, 0, null, Set.of(), 0, 0)) : null;
		List<BlockText> blocks = new ArrayList<>();
		for (Block block : document.blocks()) {
			blocks.add(new BlockText(block));
		}
		return new ArticleText(words, titleText, blocks);
	}

	public QuoteWords words() {
		return this.words;
	}

	/** The article's title as a block of its own (index -1), or null when it has none. */
	public BlockText title() {
		return this.title;
	}

	public List<BlockText> blocks() {
		return this.blocks;
	}

	public BlockText block(int index) {
		return this.blocks.get(index);
	}

	public int size() {
		return this.blocks.size();
	}

	/**
	 * Whether a block of the article is a line a web page adds ("Lire aussi", "Read
	 * More") or the article's credits: never narration, never a speaker's name.
	 */
	public boolean isDebris(BlockText text) {
		int index = text.block().index();
		if (index < 0 || index >= this.debris.length) {
			return this.words.isDebris(text.text());
		}
		if (this.debris[index] == null) {
			this.debris[index] = this.words.isDebris(text.text());
		}
		return this.debris[index];
	}

	/**
	 * Whether nothing but headings, quotations and the lines a page adds (its credits)
	 * stands before a block: the place of an epigraph.
	 */
	public boolean opensTheArticle(int index) {
		if (this.firstProse < 0) {
			int p = 0;
			while (p < this.blocks.size() && !(isNarration(this.blocks.get(p)) && !isDebris(this.blocks.get(p)))) {
				p++;
			}
			this.firstProse = p;
		}
		return index <= this.firstProse;
	}

	/** One number for a token of a block, ordered as the text is read. */
	public static long position(int block, int token) {
		return (block + 1) * 1_000_000L + token;
	}

	/**
	 * A line without a final stop shorter than this is a heading an editor pasted as a
	 * paragraph.
	 */
	private static final int HEADING_LINE_WORDS = 14;

	/**
	 * Whether a block is the article's own prose: not a quotation, code, a table, a
	 * heading, nor a short line without a final stop (a heading pasted as a paragraph, a
	 * caption).
	 */
	public static boolean isNarration(BlockText text) {
		Block block = text.block();
		if (block.kind() == BlockKind.QUOTE || block.kind() == BlockKind.OTHER || block.kind() == BlockKind.HEADING
				|| block.quoteDepth() > 0) {
			return false;
		}
		return !isHeadingLine(text);
	}

	/**
	 * A short line that does not end as a sentence does: "Des puces aux talents", a
	 * caption.
	 */
	public static boolean isHeadingLine(BlockText text) {
		String line = text.text().strip();
		if (line.isEmpty()) {
			return true;
		}
		char last = line.charAt(line.length() - 1);
		if (".!?:;\u2026\u00bb\u201d\")".indexOf(last) >= 0 || !text.spans().isEmpty() || text.sentences().size() > 1) {
			return false;
		}
		int words = 0;
		for (Token token : text.tokens()) {
			words += token.isWord() ? 1 : 0;
		}
		return words <= HEADING_LINE_WORDS;
	}

}
