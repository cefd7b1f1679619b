package dev.aiwire.markdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;

import org.springframework.stereotype.Component;

/**
 * Turns an article file (front matter and Markdown) into a {@link ParsedDocument}. One
 * flexmark parser and renderer pair, built once and shared; the model is read from the
 * syntax tree, and the HTML is rendered once, sanitised, with an anchor at the start of
 * every sentence.
 */
@Component
public class MarkdownParser {

	/** Headings beyond this many make the file a mistake, not an article. */
	static final int MAX_HEADINGS = 500;

	/** Block quotations nested deeper than this are refused. */
	static final int MAX_QUOTE_DEPTH = 20;

	/**
	 * A line longer than this is not prose: a pasted blob, or a file that is not an
	 * article.
	 */
	static final int MAX_LINE = 100_000;

	private static final Set<String> RESERVED_IDS = Set.of("main", "content", "toc", "timeline", "quotes", "footer",
			"top", "header", "nav", "article", "summary", "tags", "provenance", "pull-quotes");

	/** A pasted statement longer than this is running text, not a quotation. */
	private static final int MAX_PASTED_QUOTE_WORDS = 120;

	/**
	 * Words by which a sentence ending with a colon announces what someone said or wrote.
	 */
	private static final java.util.regex.Pattern SPEECH_CUES = java.util.regex.Pattern.compile(
			"\\b(?:a|ont|avait|avaient|aurait)(?:-t-(?:il|elle))?\\s+(?:\\S+\\s+){0,3}?(?:déclaré|dit|affirmé|expliqué|ajouté|"
					+ "précisé|reconnu|résumé|estimé|souligné|confié|lancé|répondu|insisté|rappelé|écrit|tweeté|"
					+ "assuré|indiqué|martelé|averti|admis|commenté|plaisanté|mentionné|proposé|déclaré)\\b"
					+ "|\\b(?:déclare|explique|ajoute|précise|résume|estime|souligne|confie|répond|écrit|affirme)\\b"
					+ "|\\bs'en (?:est|était) expliqué|\\bainsi\\s*:$|\\ben ces termes"
					+ "|\\b(?:said|says|told|added|explained|wrote|noted|stated|argued|replied|warned|admitted"
					+ "|recalled|posted|tweeted|put it)\\b");

	private static final String OPENING_QUOTES = "«“\"";

	/** A heading line is at most this long, in characters and in words. */
	private static final int MAX_HEADING_LINE = 90;

	private static final int MAX_HEADING_WORDS = 12;

	/**
	 * How a sentence ends, and a heading line does not; a question too, for in a pasted
	 * interview the short line between two answers is the interviewer's question.
	 */
	private static final String HEADING_ENDS = ".,;:!?…»”\")";

	private final FrontMatterReader frontMatterReader;

	private final Parser parser;

	private final HtmlRenderer renderer;

	public MarkdownParser() {
		this(Languages.registry());
	}

	/**
	 * A parser whose front matter accepts the languages of a registry in {@code lang:}
	 * (the application's, unless a test adds one).
	 */
	public MarkdownParser(LanguageRegistry languages) {
		this.frontMatterReader = new FrontMatterReader(languages);
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
				AutolinkExtension.create(), AttributesExtension.create(), FootnoteExtension.create()));
		options.set(HtmlRenderer.SOFT_BREAK, "\n");
		this.parser = Parser.builder(options).build();
		// notes are rendered where the editor put them, by Footnotes.Renderer, not
		// gathered at the
		// end of each block rendered alone as the footnotes extension's own renderer
		// would
		MutableDataSet rendering = new MutableDataSet(options);
		rendering.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
				AutolinkExtension.create(), AttributesExtension.create()));
		this.renderer = HtmlRenderer.builder(rendering)
			.nodeRendererFactory(dataHolder -> new SentenceAnchors.Renderer())
			.nodeRendererFactory(dataHolder -> new Footnotes.Renderer())
			.build();
	}

	/**
	 * Reads an uploaded file: strict UTF-8, no binary content.
	 * @throws DocumentException when the bytes are not UTF-8 text or the article is
	 * invalid
	 */
	public ParsedDocument parse(byte[] bytes) {
		if (bytes.length == 0) {
			throw empty();
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new DocumentException(null, 0, DocumentException.Place.FILE, "document.notUtf8",
					"the file is not UTF-8 text: save it as UTF-8 and try again");
		}
		return parse(text);
	}

	/**
	 * Parses an article.
	 * @throws DocumentException naming the field or line at fault
	 */
	public ParsedDocument parse(String source) {
		String text = normalise(source);
		FrontMatterReader.Split split = this.frontMatterReader.read(text);
		String body = split.body();
		checkLimits(body, split.bodyLine());
		Document document = this.parser.parse(pastedTextAsParagraphs(body));
		return new Builder(split.frontMatter(), document).build();
	}

	private static String normalise(String source) {
		if (source.isBlank()) {
			throw empty();
		}
		String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
		if (text.indexOf('\0') >= 0) {
			throw new DocumentException(null, 0, DocumentException.Place.FILE, "document.binary",
					"the file is binary, not Markdown text");
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/** An empty file or paste. */
	public static DocumentException empty() {
		return new DocumentException(null, 0, DocumentException.Place.FILE, "document.empty", "the file is empty");
	}

	private static void checkLimits(String body, int firstLine) {
		String[] lines = body.split("\n", -1);
		int headings = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int lineNumber = firstLine + i;
			if (line.length() > MAX_LINE) {
				throw new DocumentException(null, lineNumber, DocumentException.Place.LINE, "document.lineTooLong",
						line.length() + " characters on one line; at most " + MAX_LINE + " are allowed",
						String.valueOf(line.length()), String.valueOf(MAX_LINE));
			}
			if (line.stripLeading().startsWith("#") && line.stripLeading().matches("#{1,6}(\\s.*)?")) {
				headings++;
				if (headings > MAX_HEADINGS) {
					throw new DocumentException(null, lineNumber, DocumentException.Place.LINE,
							"document.tooManyHeadings",
							"more than " + MAX_HEADINGS + " headings; split the text into several articles",
							String.valueOf(MAX_HEADINGS));
				}
			}
			int depth = 0;
			for (int c = 0; c < line.length() && depth <= MAX_QUOTE_DEPTH; c++) {
				char ch = line.charAt(c);
				if (ch == '>') {
					depth++;
				}
				else if (ch != ' ' && ch != '\t') {
					break;
				}
			}
			if (depth > MAX_QUOTE_DEPTH) {
				throw new DocumentException(null, lineNumber, DocumentException.Place.LINE, "document.quotesTooDeep",
						"block quotations are nested more than " + MAX_QUOTE_DEPTH + " deep",
						String.valueOf(MAX_QUOTE_DEPTH));
			}
		}
	}

	/**
	 * Text pasted without Markdown often has one paragraph a line and no blank lines
	 * between: such a body gets its blank lines back so that each line stays a paragraph.
	 */
	private static String pastedTextAsParagraphs(String body) {
		List<String> lines = body.strip().lines().toList();
		if (lines.size() < 3 || lines.stream().anyMatch(String::isBlank)) {
			return body;
		}
		boolean markdownLike = lines.stream()
			.anyMatch(line -> line.matches("\\s*([-*+>|#]|\\d+[.)])\\s.*") || line.startsWith("    "));
		double averageLength = lines.stream().mapToInt(String::length).average().orElse(0);
		if (markdownLike || averageLength < 60) {
			return body;
		}
		return String.join("\n\n", lines);
	}

	/** Walks one document's tree once and gathers the model and the HTML. */
	private final class Builder {

		private final FrontMatter frontMatter;

		private final Document document;

		private final List<Block> blocks = new ArrayList<>();

		private final List<Sentence> sentences = new ArrayList<>();

		private final Typography typography;

		private final List<String> warnings = new ArrayList<>();

		private final SentenceAnchors anchors = new SentenceAnchors();

		private final Set<String> usedIds = new HashSet<>(RESERVED_IDS);

		Builder(FrontMatter frontMatter, Document document) {
			this.frontMatter = frontMatter;
			this.typography = Typography.of(frontMatter.lang());
			this.document = document;
		}

		ParsedDocument build() {
			List<Node> nodes = topLevelNodes();
			int footerStart = FooterDetector.footerStart(nodes);
			List<Node> body = nodes.subList(0, footerStart);
			List<Node> footerNodes = nodes.subList(footerStart, nodes.size());
			quotePastedQuotations(body);
			Set<Node> headingLines = headingLines(body);
			List<List<Node>> sectionNodes = new ArrayList<>();
			List<String> headings = new ArrayList<>();
			sectionNodes.add(new ArrayList<>());
			headings.add(null);
			for (Node node : body) {
				if (node instanceof Heading heading && heading.getLevel() <= 2 || headingLines.contains(node)) {
					headings.add(TextCollector.plainText(node).strip());
					sectionNodes.add(new ArrayList<>());
				}
				else {
					sectionNodes.get(sectionNodes.size() - 1).add(node);
				}
			}
			List<int[]> ranges = new ArrayList<>();
			for (int s = 0; s < sectionNodes.size(); s++) {
				int first = this.blocks.size();
				for (Node node : sectionNodes.get(s)) {
					readBlocks(node, s);
				}
				ranges.add(new int[] { first, this.blocks.size() - first });
			}
			Footnotes.linkSuperscripts(body.stream().filter(node -> node instanceof Paragraph && isNote(node)).toList(),
					body);
			this.document.set(Footnotes.KEY, new Footnotes());
			this.document.set(SentenceAnchors.KEY, this.anchors);
			this.document.set(SentenceAnchors.TYPOGRAPHY, this.typography);
			List<Section> sections = new ArrayList<>();
			StringBuilder html = new StringBuilder();
			for (int s = 0; s < sectionNodes.size(); s++) {
				String heading = headings.get(s);
				String anchor = (heading != null) ? uniqueId(Slugs.slugify(heading, 60)) : null;
				Section section = new Section(s, heading, anchor, renderParts(sectionNodes.get(s), ranges.get(s)[0]),
						ranges.get(s)[0], ranges.get(s)[1]);
				sections.add(section);
				String sectionHtml = section.html(index -> this.blocks.get(index).attribution());
				if (heading != null) {
					html.append("<h2 id=\"")
						.append(anchor)
						.append("\">")
						.append(Escaping.escapeHtml(this.typography.apply(heading), false))
						.append("</h2>\n");
				}
				html.append(sectionHtml);
			}
			Footer footer = renderFooter(footerNodes);
			String summary = (this.frontMatter.summary() != null) ? this.frontMatter.summary()
					: Summaries.fromSentences(this.blocks, this.sentences, this.frontMatter.lang());
			return new ParsedDocument(this.frontMatter, sections, this.blocks, this.sentences, footer, html.toString(),
					summary, ReadingTime.minutes(this.blocks), new ArrayList<>(new LinkedHashSet<>(this.warnings)));
		}

		private List<Node> topLevelNodes() {
			List<Node> nodes = new ArrayList<>();
			for (Node node = this.document.getFirstChild(); node != null; node = node.getNext()) {
				nodes.add(node);
			}
			if (!nodes.isEmpty() && nodes.get(0) instanceof Heading heading && heading.getLevel() == 1) {
				nodes.remove(0);
			}
			return nodes;
		}

		/**
		 * The heading lines of a text written without Markdown headings: a paragraph of
		 * one short line without final punctuation, standing alone between two paragraphs
		 * (or quotations, lists), becomes a section's heading, unless the paragraph
		 * before asks a question or ends with a colon: the line after it is an answer or
		 * what the colon announced. A text with Markdown headings has its headings.
		 */
		private Set<Node> headingLines(List<Node> body) {
			Set<Node> lines = new HashSet<>();
			if (body.stream().anyMatch(Heading.class::isInstance)) {
				return lines;
			}
			for (int i = 1; i < body.size() - 1; i++) {
				if (body.get(i) instanceof Paragraph paragraph && isHeadingLine(paragraph) && isProse(body.get(i - 1))
						&& isProse(body.get(i + 1)) && !lines.contains(body.get(i - 1))
						&& !callsForWhatFollows(body.get(i - 1))) {
					lines.add(paragraph);
				}
			}
			return lines;
		}

		/**
		 * A paragraph ending with a question or a colon: what follows it answers or
		 * completes it.
		 */
		private static boolean callsForWhatFollows(Node node) {
			String text = (node instanceof Paragraph) ? TextCollector.plainText(node).strip() : "";
			return text.endsWith("?") || text.endsWith(":");
		}

		private static boolean isProse(Node node) {
			return node instanceof Paragraph || node instanceof BlockQuote || node instanceof ListBlock;
		}

		private static boolean isHeadingLine(Paragraph paragraph) {
			for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
					return false;
				}
			}
			String text = TextCollector.plainText(paragraph).strip();
			if (text.isEmpty() || text.length() > MAX_HEADING_LINE || isNote(paragraph)
					|| text.split("\\s+").length > MAX_HEADING_WORDS) {
				return false;
			}
			char last = text.charAt(text.length() - 1);
			return HEADING_ENDS.indexOf(last) < 0 && OPENING_QUOTES.indexOf(text.charAt(0)) < 0;
		}

		/**
		 * A block quotation pasted without its Markdown becomes one: a paragraph wholly
		 * inside quotation marks, one quotation from end to end and not two around the
		 * words that name their speaker (after a colon, or anywhere in a text without
		 * Markdown headings or quotations), or a paragraph right after a paragraph that
		 * ends with a colon when the sentence before the colon says someone spoke ("Il a
		 * reconnu sans détour :", "She told reporters:") or the paragraph speaks in the
		 * first person, and it reads as one short statement.
		 */
		private void quotePastedQuotations(List<Node> body) {
			boolean plain = body.stream().noneMatch(node -> node instanceof Heading || node instanceof BlockQuote);
			for (int i = 0; i < body.size(); i++) {
				if (!(body.get(i) instanceof Paragraph paragraph)) {
					continue;
				}
				String text = TextCollector.plainText(paragraph);
				String before = (i > 0 && body.get(i - 1) instanceof Paragraph)
						? TextCollector.plainText(body.get(i - 1)) : "";
				boolean afterColon = before.endsWith(":");
				boolean shortStatement = !text.endsWith(":") && text.split("\\s+").length <= MAX_PASTED_QUOTE_WORDS;
				boolean statement = afterColon && shortStatement
						&& (introducesSpeech(before) || speaksInFirstPerson(text));
				if (QuotedParagraphs.isWhollyQuoted(text) && (afterColon || plain) || statement) {
					BlockQuote quote = new BlockQuote();
					paragraph.insertBefore(quote);
					quote.appendChild(paragraph);
					body.set(i, quote);
				}
			}
		}

		/**
		 * Whether a paragraph is a note: it opens with a note marker, a short superscript
		 * ({@code <sup>1</sup>}, {@code <sup>*</sup>}), a superscript digit ("² ...") or
		 * a note definition ({@code [^1]:}).
		 */
		private static boolean isNote(Node paragraph) {
			Node first = paragraph.getFirstChild();
			if (first instanceof HtmlInline html && SUPERSCRIPT_OPEN.matcher(html.getChars()).matches()) {
				Node marker = first.getNext();
				return marker != null && marker.getNext() instanceof HtmlInline close
						&& close.getChars().toString().equalsIgnoreCase("</sup>")
						&& NOTE_MARKER.matcher(marker.getChars()).matches();
			}
			return NOTE_OPENING.matcher(paragraph.getChars().toString().stripLeading()).lookingAt();
		}

		private static final Pattern SUPERSCRIPT_OPEN = Pattern.compile("(?i)<sup(?:\\s[^>]*)?>");

		private static final Pattern NOTE_MARKER = Pattern.compile("\\s*(?:\\d{1,3}|[*†‡§a-z])\\s*");

		private static final Pattern NOTE_OPENING = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+\\s|\\[\\^[\\w-]+\\]:");

		/** Whether the last sentence before a colon says that someone spoke or wrote. */
		private static boolean introducesSpeech(String paragraph) {
			List<int[]> sentences = SentenceSplitter.split(paragraph);
			String last = sentences.isEmpty() ? paragraph : paragraph.substring(sentences.get(sentences.size() - 1)[0]);
			return SPEECH_CUES.matcher(last.toLowerCase(java.util.Locale.ROOT)).find();
		}

		/**
		 * Whether a paragraph holds a word of the first person of one of the languages.
		 */
		private static boolean speaksInFirstPerson(String text) {
			for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
				for (dev.aiwire.language.Language language : dev.aiwire.language.Languages.all()) {
					WordList firstPerson = language.words("first-person");
					if (!word.isEmpty() && (firstPerson.contains(word)
							|| word.contains("'") && firstPerson.contains(word.substring(0, word.indexOf('\'') + 1)))) {
						return true;
					}
				}
			}
			return false;
		}

		private void readBlocks(Node node, int section) {
			if (node instanceof Paragraph) {
				BlockKind kind = isNote(node) ? BlockKind.NOTE : BlockKind.PARAGRAPH;
				Set<String> classes = classesOf(node);
				if (isWhollyStrong(node)) {
					classes.add(Block.STRONG);
				}
				addBlock(node, List.of(node), section, kind, null, classes);
			}
			else if (node instanceof FootnoteBlock note) {
				List<Node> paragraphs = new ArrayList<>();
				collectParagraphs(note, paragraphs);
				addBlock(note, paragraphs, section, BlockKind.NOTE, null, Set.of());
			}
			else if (node instanceof BlockQuote quote) {
				List<Node> paragraphs = new ArrayList<>();
				collectParagraphs(quote, paragraphs);
				String attribution = paragraphs.isEmpty() ? null : takeAttribution(paragraphs);
				addBlock(quote, paragraphs, section, BlockKind.QUOTE, attribution, classesOf(quote));
			}
			else if (node instanceof ListBlock list) {
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					if (item instanceof ListItem) {
						List<Node> paragraphs = new ArrayList<>();
						collectParagraphs(item, paragraphs);
						addBlock(item, paragraphs, section, BlockKind.LIST_ITEM, null, Set.of());
					}
				}
			}
			else if (node instanceof Heading) {
				addBlock(node, List.of(node), section, BlockKind.HEADING, null, Set.of());
			}
			else {
				this.blocks.add(new Block(this.blocks.size(), section, BlockKind.OTHER, "", 0, null, Set.of(),
						this.sentences.size(), 0));
			}
		}

		/**
		 * Removes the editor's attribution, a last line starting with an em dash, from a
		 * block quotation and returns it without the dash; null when there is none.
		 */
		private String takeAttribution(List<Node> paragraphs) {
			Node last = paragraphs.get(paragraphs.size() - 1);
			Node lastBreak = null;
			for (Node child = last.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
					lastBreak = child;
				}
			}
			StringBuilder line = new StringBuilder();
			for (Node child = (lastBreak != null) ? lastBreak.getNext()
					: last.getFirstChild(); child != null; child = child.getNext()) {
				line.append(TextCollector.plainText(child));
			}
			String text = line.toString().strip();
			if (!(text.startsWith("—") || text.startsWith("―") || text.startsWith("--"))) {
				return null;
			}
			if (lastBreak == null) {
				paragraphs.remove(paragraphs.size() - 1);
				last.unlink();
			}
			else {
				Node child = lastBreak;
				while (child != null) {
					Node next = child.getNext();
					child.unlink();
					child = next;
				}
			}
			String attribution = text.replaceFirst("^(—|―|--)\\s*", "").strip();
			return attribution.isEmpty() ? null : attribution;
		}

		private void collectParagraphs(Node parent, List<Node> paragraphs) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Paragraph) {
					paragraphs.add(child);
				}
				else {
					collectParagraphs(child, paragraphs);
				}
			}
		}

		/**
		 * Whether a paragraph is one run of bold text, as outlets set an interviewer's
		 * questions; an attribute block beside it does not count.
		 */
		private static boolean isWhollyStrong(Node paragraph) {
			int strong = 0;
			for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof StrongEmphasis) {
					strong++;
				}
				else if (!(child instanceof AttributesNode) && !child.getChars().isBlank()) {
					return false;
				}
			}
			return strong == 1;
		}

		private Set<String> classesOf(Node node) {
			Set<String> classes = new LinkedHashSet<>();
			for (Node descendant : node.getDescendants()) {
				if (descendant instanceof AttributeNode attribute) {
					String value = attribute.getValue().toString();
					if (attribute.isClass() || "class".contentEquals(attribute.getName())) {
						for (String name : value.split("\\s+")) {
							if (!name.isBlank()) {
								classes.add(name.startsWith(".") ? name.substring(1) : name);
							}
						}
					}
				}
			}
			return classes;
		}

		private void addBlock(Node node, List<Node> paragraphs, int section, BlockKind kind, String attribution,
				Set<String> classes) {
			int blockIndex = this.blocks.size();
			int firstSentence = this.sentences.size();
			StringBuilder blockText = new StringBuilder();
			for (Node paragraph : paragraphs) {
				TextCollector collector = new TextCollector();
				collector.collect(paragraph);
				String raw = collector.rawText();
				if (blockText.length() > 0) {
					blockText.append('\n');
				}
				int base = blockText.length();
				String trimmed = raw.stripTrailing();
				blockText.append(trimmed);
				for (int[] range : SentenceSplitter.split(trimmed)) {
					String id = "s-" + (this.sentences.size() + 1);
					this.usedIds.add(id);
					this.sentences.add(new Sentence(this.sentences.size(), id, blockIndex, section,
							trimmed.substring(range[0], range[1]), base + range[0]));
					placeAnchor(collector.textStarts(), range[0], id);
				}
			}
			String text = blockText.toString().strip();
			int shift = blockText.length() - blockText.toString().stripLeading().length();
			if (shift > 0) {
				for (int s = firstSentence; s < this.sentences.size(); s++) {
					Sentence sentence = this.sentences.get(s);
					this.sentences.set(s, new Sentence(sentence.index(), sentence.id(), sentence.blockIndex(),
							sentence.sectionIndex(), sentence.text(), sentence.start() - shift));
				}
			}
			this.blocks.add(new Block(blockIndex, section, kind, text, (kind == BlockKind.QUOTE) ? 1 : 0, attribution,
					classes, firstSentence, this.sentences.size() - firstSentence));
		}

		/** Puts a sentence's anchor in the text node where it starts, or the next one. */
		private void placeAnchor(Map<Node, Integer> textStarts, int offset, String id) {
			Node best = null;
			int bestStart = Integer.MAX_VALUE;
			for (Map.Entry<Node, Integer> entry : textStarts.entrySet()) {
				int start = entry.getValue();
				int end = start + TextCollector.textOf((Text) entry.getKey()).length();
				if (start <= offset && offset < end) {
					this.anchors.add(entry.getKey(), offset - start, id);
					return;
				}
				if (start >= offset && start < bestStart) {
					best = entry.getKey();
					bestStart = start;
				}
			}
			if (best != null) {
				this.anchors.add(best, 0, id);
			}
		}

		private List<BodyPart> renderParts(List<Node> nodes, int firstBlock) {
			List<BodyPart> parts = new ArrayList<>();
			int block = firstBlock;
			for (Node node : nodes) {
				int count = (node instanceof ListBlock list) ? countItems(list) : 1;
				String html = HtmlPolicy.sanitize(renderAlone(node), this.warnings);
				BlockKind kind = (count > 0 && block < this.blocks.size()) ? this.blocks.get(block).kind()
						: BlockKind.OTHER;
				parts.add(new BodyPart(kind, block, count, html));
				block += count;
			}
			return parts;
		}

		private static int countItems(ListBlock list) {
			int count = 0;
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				if (item instanceof ListItem) {
					count++;
				}
			}
			return count;
		}

		private Footer renderFooter(List<Node> nodes) {
			if (nodes.isEmpty()) {
				return Footer.NONE;
			}
			StringBuilder html = new StringBuilder();
			StringBuilder text = new StringBuilder();
			for (Node node : nodes) {
				html.append(HtmlPolicy.sanitize(renderAlone(node), this.warnings));
				String plain = TextCollector.plainText(node);
				if (!plain.isEmpty()) {
					text.append(plain).append('\n');
				}
			}
			return new Footer(html.toString(), text.toString().strip());
		}

		/**
		 * Renders one top-level block. flexmark renders links only when it renders a
		 * whole document, so the block moves into a document of its own that shares the
		 * original's data (link references, sentence anchors).
		 */
		private String renderAlone(Node node) {
			Document alone = new Document(this.document, this.document.getChars());
			alone.appendChild(node);
			return MarkdownParser.this.renderer.render(alone);
		}

		private String uniqueId(String slug) {
			String base = slug.isEmpty() ? "section" : slug;
			if (!Character.isLetter(base.charAt(0))) {
				base = "section-" + base;
			}
			String id = base;
			for (int n = 2; this.usedIds.contains(id); n++) {
				id = base + "-" + n;
			}
			this.usedIds.add(id);
			return id;
		}

	}

}
