package dev.aiwire.markdown;

import java.util.List;
import java.util.Locale;

import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;

/**
 * Derives an article's summary from its lead when the editor wrote none: whole sentences,
 * the first of which stands alone (it does not open on a connective such as "Mais" or
 * "However", listed per language in {@code language/<code>/summary-connectives.txt}).
 */
final class Summaries {

	static final int MAX_LENGTH = 240;

	private static final int MIN_WORDS = 12;

	private Summaries() {
	}

	/**
	 * The first paragraph of running text of the lead (a lone opening quotation is
	 * skipped), cut at a word boundary; falls back to the first paragraph of the article.
	 */
	static String fromLead(List<Block> blocks) {
		String candidate = firstParagraph(blocks, true);
		if (candidate == null) {
			candidate = firstParagraph(blocks, false);
		}
		return (candidate != null) ? shorten(candidate) : "";
	}

	/**
	 * Whole sentences of the lead's running text (a lone opening quotation is skipped),
	 * from the first that stands alone, as many as fit in {@link #MAX_LENGTH}; the first
	 * sentence is kept whole even when longer. Falls back to the paragraphs of the whole
	 * article, then to {@link #fromLead(List)}.
	 */
	static String fromSentences(List<Block> blocks, List<Sentence> sentences, String language) {
		WordList connectives = Languages.find(language)
			.map((found) -> found.words("summary-connectives"))
			.orElse(Languages.defaultLanguage().words("summary-connectives"));
		for (boolean leadOnly : new boolean[] { true, false }) {
			for (Block block : blocks) {
				if (leadOnly && block.sectionIndex() > 0) {
					break;
				}
				if (block.kind() != BlockKind.PARAGRAPH || block.quoteDepth() > 0) {
					continue;
				}
				String summary = standingSentences(block, sentences, connectives);
				if (summary != null) {
					return summary;
				}
			}
		}
		return fromLead(blocks);
	}

	private static String standingSentences(Block block, List<Sentence> sentences, WordList connectives) {
		StringBuilder summary = new StringBuilder();
		for (int i = block.firstSentence(); i < block.firstSentence() + block.sentenceCount()
				&& i < sentences.size(); i++) {
			String sentence = sentences.get(i).text().replaceAll("\\s+", " ").strip();
			if (sentence.isEmpty()) {
				continue;
			}
			if (summary.isEmpty()) {
				if (!startsWithQuotation(sentence) && !leansOnTheOneBefore(sentence, connectives)) {
					summary.append(sentence);
				}
			}
			else if (summary.length() + 1 + sentence.length() <= MAX_LENGTH) {
				summary.append(' ').append(sentence);
			}
			else {
				break;
			}
		}
		return (summary.toString().split(" ").length >= MIN_WORDS) ? summary.toString() : null;
	}

	/**
	 * Whether the sentence opens on a connective of the list (one to three words,
	 * folded).
	 */
	static boolean leansOnTheOneBefore(String sentence, WordList connectives) {
		String[] words = sentence.toLowerCase(Locale.ROOT).split("[\\s,;:]+", 4);
		StringBuilder opening = new StringBuilder();
		for (int n = 0; n < Math.min(3, words.length); n++) {
			opening.append((n > 0) ? " " : "").append(words[n]);
			if (connectives.contains(opening.toString())) {
				return true;
			}
			int apostrophe = words[n].indexOf('\'');
			if (n == 0 && apostrophe > 0 && connectives.contains(words[n].substring(0, apostrophe + 1))) {
				return true;
			}
		}
		return false;
	}

	private static String firstParagraph(List<Block> blocks, boolean leadOnly) {
		for (Block block : blocks) {
			if (leadOnly && block.sectionIndex() > 0) {
				break;
			}
			if (block.kind() != BlockKind.PARAGRAPH) {
				continue;
			}
			String text = block.text().replaceAll("\\s+", " ").strip();
			if (text.split(" ").length >= MIN_WORDS && !startsWithQuotation(text)) {
				return text;
			}
		}
		return null;
	}

	private static boolean startsWithQuotation(String text) {
		char first = text.charAt(0);
		return first == '«' || first == '“' || first == '"';
	}

	static String shorten(String text) {
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
		String head = text.substring(0, (cut > MAX_LENGTH / 2) ? cut : MAX_LENGTH - 1);
		return head.replaceAll("[\\s,;:.–—-]+$", "") + "…";
	}

}
