package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;
import dev.aiwire.markdown.Sentence;

/**
 * Finds the quotations of an article and who said them.
 * <p>
 * Block quotations are taken whole (a quotation nested in another is part of the outer one);
 * inline quotations are the passages in quotation marks of three words or more, shorter ones being
 * terms, names or scare quotes. The speaker is, in order: the editor's em-dash attribution; the
 * clause around the quotation ("», a tweeté X", "X a répondu «", "selon X", "he said"); for a block,
 * the paragraph that introduces it ("Il a déclaré :"), pronouns and definite roles being resolved to
 * the person they refer to; or the speaker of the quotation just before, when a quotation goes on.
 * A crowd, an account or an unnamed source gives no speaker rather than a wrong one. Speakers are
 * named in the longest form the article uses. The pull-quotes are then chosen by a
 * {@link PullQuoteChooser}.
 */
public class QuoteExtractor {

	/** Below this many words, words in quotation marks are a term, not a quotation. */
	static final int MIN_WORDS = 3;

	private static final Pattern TRAILING_DASH = Pattern
		.compile("\\s*[\u2014\u2013]\\s*([\\p{Lu}][^\u2014\u2013\\n]{1,80})$");

	private final PullQuoteChooser chooser;

	public QuoteExtractor() {
		this(new PullQuoteChooser());
	}

	public QuoteExtractor(PullQuoteChooser chooser) {
		this.chooser = chooser;
	}

	/** The quotations of a document in reading order, pull-quotes marked. */
	public List<ExtractedQuote> extract(ParsedDocument doc) {
		List<BlockText> texts = new ArrayList<>();
		for (Block block : doc.blocks()) {
			texts.add(new BlockText(block));
		}
		PersonIndex people = new PersonIndex(texts);
		Reading reading = new Reading(doc, texts, people);
		return this.chooser.choose(doc, reading.quotes());
	}

	/** One reading of one document. */
	private static final class Reading {

		private final ParsedDocument doc;

		private final List<BlockText> texts;

		private final PersonIndex people;

		private final Attribution attribution;

		private final List<ExtractedQuote> quotes = new ArrayList<>();

		private String lastBlockSpeaker;

		Reading(ParsedDocument doc, List<BlockText> texts, PersonIndex people) {
			this.doc = doc;
			this.texts = texts;
			this.people = people;
			this.attribution = new Attribution(people);
			read();
		}

		List<ExtractedQuote> quotes() {
			return this.quotes;
		}

		private void read() {
			int i = 0;
			while (i < this.texts.size()) {
				Block block = this.texts.get(i).block();
				if (block.isQuote()) {
					i = readBlockQuote(i);
				}
				else {
					if (PersonIndex.isNarration(block) && block.kind() != BlockKind.HEADING) {
						readInline(this.texts.get(i));
					}
					i++;
				}
			}
		}

		/** Reads a block quotation and the blocks nested in it; returns the index after them. */
		private int readBlockQuote(int index) {
			Block outer = this.texts.get(index).block();
			StringBuilder text = new StringBuilder(clean(outer.text()));
			String attribution = outer.attribution();
			int next = index + 1;
			while (next < this.texts.size()) {
				Block inner = this.texts.get(next).block();
				boolean nested = inner.quoteDepth() > outer.quoteDepth() && inner.quoteDepth() > 0
						|| (!inner.isQuote() && inner.quoteDepth() > 0);
				if (!nested) {
					break;
				}
				String innerText = clean(inner.text());
				if (!innerText.isEmpty() && !text.toString().contains(innerText)) {
					text.append(text.length() > 0 ? " " : "").append(innerText);
				}
				if (attribution == null) {
					attribution = inner.attribution();
				}
				next++;
			}
			String quoted = text.toString();
			String speaker = null;
			boolean decided = false;
			if (attribution != null && !attribution.isBlank()) {
				speaker = this.people.canonicalName(PersonIndex.nameOfAttribution(attribution));
				decided = true;
			}
			else {
				Matcher dash = TRAILING_DASH.matcher(quoted);
				if (dash.find()) {
					speaker = this.people.canonicalName(PersonIndex.nameOfAttribution(dash.group(1)));
					quoted = quoted.substring(0, dash.start()).strip();
					decided = true;
				}
			}
			if (!decided) {
				Attribution.Who who = speakerOfBlock(index);
				speaker = who.speaker();
			}
			quoted = stripMarks(quoted);
			if (!quoted.isEmpty()) {
				this.quotes.add(new ExtractedQuote(quoted, speaker, QuoteKind.BLOCK, false, outer.index(), -1,
						anchorOf(outer)));
			}
			this.lastBlockSpeaker = speaker;
			return next;
		}

		/** The speaker of a block quotation without attribution, from the text around it. */
		private Attribution.Who speakerOfBlock(int index) {
			BlockText previous = (index > 0) ? this.texts.get(index - 1) : null;
			if (previous != null && previous.block().isQuote()) {
				return Attribution.Who.person(this.lastBlockSpeaker);
			}
			boolean introduced = previous != null && PersonIndex.isNarration(previous.block())
					&& previous.block().kind() != BlockKind.HEADING
					&& previous.block().sectionIndex() == this.texts.get(index).block().sectionIndex();
			if (introduced) {
				Attribution.Who who = this.attribution.introduction(previous);
				if (who.found() || previous.endsWithColon() || previous.sentences().isEmpty()) {
					return who;
				}
				BlockText.Range last = previous.sentences().get(previous.sentences().size() - 1);
				return this.attribution.subjectOf(previous, last);
			}
			return following(index);
		}

		/** A quotation with no introduction: "Cette phrase, Liang Wenfeng l'a prononcée...". */
		private Attribution.Who following(int index) {
			int next = index + 1;
			while (next < this.texts.size() && this.texts.get(next).block().quoteDepth() > 0) {
				next++;
			}
			if (next >= this.texts.size()) {
				return Attribution.Who.NONE;
			}
			BlockText text = this.texts.get(next);
			if (!PersonIndex.isNarration(text.block()) || text.sentences().isEmpty()) {
				return Attribution.Who.NONE;
			}
			return this.attribution.saying(text, text.sentences().get(0));
		}

		private void readInline(BlockText text) {
			String previousSpeaker = null;
			int previousSentence = -1;
			List<BlockText.Span> spans = text.spans();
			for (int s = 0; s < spans.size(); s++) {
				BlockText.Span span = spans.get(s);
				String content = stripMarks(text.text().substring(span.contentStart(), span.contentEnd()));
				Attribution.Who who = Attribution.Who.NONE;
				int opening = (span.open() >= 0) ? span.open() : span.firstToken();
				if (opening >= text.size()) {
					continue;
				}
				BlockText.Range sentence = text.sentenceOf(opening);
				int sentenceNumber = text.sentenceNumberOf(opening);
				if (span.close() >= 0) {
					int end = afterEnd(text, span, (s + 1 < spans.size()) ? spans.get(s + 1) : null);
					who = this.attribution.after(text, span.close() + 1, end);
				}
				int beforeFrom = sentence.first();
				boolean quoteOpensSentence = countWordsBetween(text, beforeFrom, opening) == 0;
				if (!who.found()) {
					who = this.attribution.before(text, beforeFrom, opening);
				}
				if (!who.found() && previousSpeaker != null && sentenceNumber - previousSentence <= 1) {
					who = Attribution.Who.person(previousSpeaker);
				}
				if (!who.found() && quoteOpensSentence && sentenceNumber > 0) {
					who = this.attribution.saying(text, text.sentences().get(sentenceNumber - 1));
				}
				if (!who.found() && wholeBlock(text, span)) {
					who = speakerOfBlock(text.block().index());
				}
				if (Attribution.countWords(content) < MIN_WORDS) {
					continue;
				}
				String speaker = who.speaker();
				if (speaker != null) {
					previousSpeaker = speaker;
					previousSentence = sentenceNumber;
				}
				this.quotes.add(new ExtractedQuote(content, speaker, QuoteKind.INLINE, false, text.block().index(),
						sentenceIndex(text, span), anchorOf(text.block())));
			}
		}

		/** The clause after a quotation ends with its sentence or where the next quotation opens. */
		private static int afterEnd(BlockText text, BlockText.Span span, BlockText.Span next) {
			int limit = (next != null && next.open() >= 0) ? next.open() : text.size();
			for (int i = span.close() + 1; i < limit; i++) {
				if (text.token(i).endsSentence() && !text.isQuoted(i)) {
					return i;
				}
			}
			return limit;
		}

		private static int countWordsBetween(BlockText text, int from, int to) {
			int words = 0;
			for (int i = from; i < to; i++) {
				if (text.token(i).isWord()) {
					words++;
				}
			}
			return words;
		}

		/** A paragraph that is nothing but one quotation (maybe with a dash and a name). */
		private static boolean wholeBlock(BlockText text, BlockText.Span span) {
			int first = (span.open() >= 0) ? span.open() : span.firstToken();
			int last = (span.close() >= 0) ? span.close() : span.lastToken();
			for (int i = 0; i < text.size(); i++) {
				if ((i < first || i > last) && text.token(i).isWord()) {
					return false;
				}
			}
			return true;
		}

		private int sentenceIndex(BlockText text, BlockText.Span span) {
			Block block = text.block();
			int offset = (span.open() >= 0) ? text.token(span.open()).start() : span.contentStart();
			int index = block.firstSentence();
			if (block.sentenceCount() == 0) {
				return index;
			}
			for (Sentence sentence : this.doc.sentencesOf(block)) {
				if (sentence.start() <= offset) {
					index = sentence.index();
				}
			}
			return index;
		}

		private String anchorOf(Block block) {
			int section = block.sectionIndex();
			if (section < 0 || section >= this.doc.sections().size()) {
				return null;
			}
			Section found = this.doc.section(section);
			return found.anchor();
		}

	}

	private static String clean(String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
	}

	/** The quoted words without surrounding quotation marks, spaces or stray commas. */
	static String stripMarks(String text) {
		String cleaned = clean(text);
		String marks = "\u00ab\u00bb\u201c\u201d\u201e\u201f\"\u2039\u203a\u2018\u2019\u201a\u300c\u300d\u300e\u300f\uff02";
		int start = 0;
		int end = cleaned.length();
		while (start < end && (marks.indexOf(cleaned.charAt(start)) >= 0 || Character.isWhitespace(cleaned.charAt(start)))) {
			start++;
		}
		while (end > start && (marks.indexOf(cleaned.charAt(end - 1)) >= 0
				|| Character.isWhitespace(cleaned.charAt(end - 1)) || cleaned.charAt(end - 1) == ',')) {
			end--;
		}
		return cleaned.substring(start, end);
	}

}
