package dev.aiwire.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.markdown.Footer;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;
import dev.aiwire.markdown.Sentence;

/** Builds parsed documents by hand, block by block, the way the Markdown parser would. */
final class TestDocuments {

	private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[»”\"]?|$)");

	private final List<Block> blocks = new ArrayList<>();

	private final List<Sentence> sentences = new ArrayList<>();

	private final List<Section> sections = new ArrayList<>();

	private int sectionStart;

	private String heading;

	private String anchor;

	private List<String> pullQuotes;

	private String lang = "fr";

	private String title = "Un titre";

	private TestDocuments() {
	}

	static TestDocuments document() {
		return new TestDocuments();
	}

	TestDocuments paragraph(String text) {
		return add(BlockKind.PARAGRAPH, text, 0, null, Set.of());
	}

	/** A list item, as a pasted "- Name, role" line becomes. */
	TestDocuments listItem(String text) {
		return add(BlockKind.LIST_ITEM, text, 0, null, Set.of());
	}

	TestDocuments quote(String text) {
		return add(BlockKind.QUOTE, text, 1, null, Set.of());
	}

	TestDocuments quote(String text, String attribution) {
		return add(BlockKind.QUOTE, text, 1, attribution, Set.of());
	}

	TestDocuments nestedQuote(String text) {
		return add(BlockKind.QUOTE, text, 2, null, Set.of());
	}

	TestDocuments pullQuote(String text) {
		return add(BlockKind.QUOTE, text, 1, null, Set.of("pull"));
	}

	TestDocuments section(String heading) {
		closeSection();
		this.heading = heading;
		this.anchor = heading.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		return this;
	}

	/** The article's title. */
	TestDocuments title(String title) {
		this.title = title;
		return this;
	}

	/** An article in English: the rules read it with the English words. */
	TestDocuments english() {
		this.lang = "en";
		return this;
	}

	TestDocuments pullQuotes(String... firstWords) {
		this.pullQuotes = List.of(firstWords);
		return this;
	}

	ParsedDocument build() {
		closeSection();
		FrontMatter frontMatter = new FrontMatter(this.title, null, this.lang, LocalDate.of(2025, 1, 28), "36Kr", null,
				null, "zh", null, null, "human", null, List.of(), null, "published", this.pullQuotes, Map.of());
		return new ParsedDocument(frontMatter, this.sections, this.blocks, this.sentences, Footer.NONE, "", "", 1,
				List.of());
	}

	private void closeSection() {
		this.sections.add(new Section(this.sections.size(), this.heading, this.anchor, List.of(), this.sectionStart,
				this.blocks.size() - this.sectionStart));
		this.sectionStart = this.blocks.size();
		this.heading = null;
		this.anchor = null;
	}

	private TestDocuments add(BlockKind kind, String text, int depth, String attribution, Set<String> classes) {
		int firstSentence = this.sentences.size();
		Matcher matcher = SENTENCE.matcher(text);
		int section = this.sections.size();
		while (matcher.find()) {
			String sentence = matcher.group().strip();
			if (!sentence.isEmpty()) {
				int start = text.indexOf(sentence, matcher.start());
				this.sentences.add(new Sentence(this.sentences.size(), "s" + this.sentences.size(), this.blocks.size(),
						section, sentence, start));
			}
		}
		this.blocks.add(new Block(this.blocks.size(), section, kind, text, depth, attribution, classes, firstSentence,
				this.sentences.size() - firstSentence));
		return this;
	}

}
