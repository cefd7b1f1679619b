package dev.aiwire.markdown;

import java.util.List;

/** Derives an article's summary from its lead when the editor wrote none. */
final class Summaries {

	static final int MAX_LENGTH = 240;

	private static final int MIN_WORDS = 12;

	private Summaries() {
	}

	/**
	 * The first paragraph of running text of the lead (a lone opening quotation is skipped), cut at
	 * a word boundary; falls back to the first paragraph of the article.
	 */
	static String fromLead(List<Block> blocks) {
		String candidate = firstParagraph(blocks, true);
		if (candidate == null) {
			candidate = firstParagraph(blocks, false);
		}
		return (candidate != null) ? shorten(candidate) : "";
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
