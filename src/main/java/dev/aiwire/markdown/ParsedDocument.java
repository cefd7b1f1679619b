package dev.aiwire.markdown;

import java.util.List;

/**
 * An article as the portal understands it, built once from its Markdown.
 *
 * @param frontMatter the validated front matter
 * @param sections the lead (index 0, no heading) and the sections split at level-2
 * headings, in order; the lead is present even when empty so that section indexes match
 * the page
 * @param blocks every block of the body in reading order (the footer excluded)
 * @param sentences every sentence of the body in reading order (the footer excluded)
 * @param footer the outlet's footer recognised at the end of the text, or
 * {@link Footer#NONE}
 * @param html the body as safe HTML, sections included, footer excluded
 * @param summary the front matter summary, or one derived from the lead
 * @param readingMinutes estimated reading time, at least one minute
 * @param warnings what an editor should know about (raw HTML removed, unsafe links
 * dropped)
 */
public record ParsedDocument(FrontMatter frontMatter, List<Section> sections, List<Block> blocks,
		List<Sentence> sentences, Footer footer, String html, String summary, int readingMinutes,
		List<String> warnings) {

	public ParsedDocument {
		sections = List.copyOf(sections);
		blocks = List.copyOf(blocks);
		sentences = List.copyOf(sentences);
		warnings = List.copyOf(warnings);
	}

	/** The block at a document-wide index. */
	public Block block(int index) {
		return this.blocks.get(index);
	}

	/** The section at an index (0 is the lead). */
	public Section section(int index) {
		return this.sections.get(index);
	}

	/** The sentences of one block, in order. */
	public List<Sentence> sentencesOf(Block block) {
		return this.sentences.subList(block.firstSentence(), block.firstSentence() + block.sentenceCount());
	}

}
