package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.BlockKind;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.language.Words;
import dev.aiwire.quote.reading.ArticleText;
import dev.aiwire.quote.reading.BlockText;
import dev.aiwire.quote.reading.QuoteWords;
import dev.aiwire.quote.reading.Token;
import dev.aiwire.quote.reading.Tokenizer;

/**
 * Chooses the quotations shown as pull-quotes.
 * <p>
 * The editor decides first: a front matter {@code pull_quotes} list names them by their
 * first words (an empty list means none), and a block quotation marked {@code {.pull}} is
 * pulled. When the editor named any, those are the choice. Otherwise the portal pulls
 * about one quotation per 600 words of body, three at most, and one even in a short
 * article when a good one exists. A good one is an inline statement (a pull-quote is
 * shown at the end of its section, so a block quotation would repeat what the reader has
 * just read in full), confidently attributed (an editor's word, a speech verb, an
 * introduction: never a guess from the topic of a paragraph), makes sense on its own (it
 * does not open on a pronoun or a connective, nor in the middle of a sentence), and runs
 * about 8 to 40 words; first-person statements come first, then different speakers and
 * different sections are preferred.
 */
public class PullQuoteChooser {

	static final int WORDS_PER_PULL_QUOTE = 600;

	static final int MAX_PULL_QUOTES = 3;

	/**
	 * The same quotations, in the same order, with their {@code pull} flag set by the
	 * choice.
	 */
	public List<ExtractedQuote> choose(ParsedDocument doc, List<ExtractedQuote> quotes) {
		return choose(doc, quotes, null);
	}

	/**
	 * As {@link #choose(ParsedDocument, List)}, the words of the body counted from the
	 * tokens of the article the extractor has already read (null: tokenised again).
	 */
	List<ExtractedQuote> choose(ParsedDocument doc, List<ExtractedQuote> quotes, ArticleText article) {
		FrontMatter frontMatter = doc.frontMatter();
		List<String> wanted = (frontMatter != null) ? frontMatter.pullQuotes() : null;
		Set<Integer> chosen = new HashSet<>();
		if (wanted != null && wanted.isEmpty()) {
			return mark(quotes, chosen);
		}
		chosen.addAll(forcedByEditor(doc, quotes, wanted));
		if (chosen.isEmpty() && wanted == null) {
			chosen.addAll(chooseAutomatically(doc, quotes, article));
		}
		return mark(quotes, chosen);
	}

	private static List<ExtractedQuote> mark(List<ExtractedQuote> quotes, Set<Integer> chosen) {
		List<ExtractedQuote> marked = new ArrayList<>(quotes.size());
		for (int i = 0; i < quotes.size(); i++) {
			marked.add(quotes.get(i).withPull(chosen.contains(i)));
		}
		return marked;
	}

	private static Set<Integer> forcedByEditor(ParsedDocument doc, List<ExtractedQuote> quotes, List<String> wanted) {
		Set<Integer> forced = new HashSet<>();
		for (int i = 0; i < quotes.size(); i++) {
			ExtractedQuote quote = quotes.get(i);
			if (quote.kind() == QuoteKind.BLOCK && quote.blockIndex() < doc.blocks().size()
					&& doc.block(quote.blockIndex()).hasClass("pull")) {
				forced.add(i);
			}
		}
		if (wanted != null) {
			for (String start : wanted) {
				String prefix = comparable(start);
				for (int i = 0; i < quotes.size() && !prefix.isEmpty(); i++) {
					if (comparable(quotes.get(i).text()).startsWith(prefix)) {
						forced.add(i);
						break;
					}
				}
			}
		}
		return forced;
	}

	private Set<Integer> chooseAutomatically(ParsedDocument doc, List<ExtractedQuote> quotes, ArticleText article) {
		QuoteWords words = QuoteWords.of(doc.frontMatter().lang());
		int budget = (article != null) ? budget(article) : budget(doc);
		// each quotation scored once: a score tokenises its text, and the sort asks for
		// it again at every comparison
		double[] scores = new double[quotes.size()];
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < quotes.size(); i++) {
			scores[i] = score(quotes.get(i), words);
			if (scores[i] > 0) {
				candidates.add(i);
			}
		}
		candidates.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing((i) -> i));
		Set<Integer> chosen = new HashSet<>();
		for (int pass = 0; pass < 3 && chosen.size() < budget; pass++) {
			for (int candidate : candidates) {
				if (chosen.size() >= budget) {
					break;
				}
				if (!chosen.contains(candidate) && fits(quotes, chosen, quotes.get(candidate), pass)) {
					chosen.add(candidate);
				}
			}
		}
		return chosen;
	}

	/**
	 * Pass 0 wants a new speaker and a new section, pass 1 a new speaker, pass 2
	 * anything.
	 */
	private static boolean fits(List<ExtractedQuote> quotes, Set<Integer> chosen, ExtractedQuote candidate, int pass) {
		for (int index : chosen) {
			ExtractedQuote other = quotes.get(index);
			boolean sameSpeaker = Objects.equals(other.speakerKey(), candidate.speakerKey());
			boolean sameSection = Objects.equals(other.sectionAnchor(), candidate.sectionAnchor());
			if ((pass == 0 && (sameSpeaker || sameSection)) || (pass == 1 && sameSpeaker)) {
				return false;
			}
		}
		return true;
	}

	/** About one pull-quote per 600 words of body, at least one, three at most. */
	static int budget(ParsedDocument doc) {
		int words = 0;
		for (Block block : doc.blocks()) {
			if (block.kind() != BlockKind.HEADING && block.text() != null) {
				words += countWords(block.text());
			}
		}
		return budgetOf(words);
	}

	/**
	 * As {@link #budget(ParsedDocument)}, from the blocks of an article already
	 * tokenised.
	 */
	static int budget(ArticleText article) {
		int words = 0;
		for (BlockText text : article.blocks()) {
			Block block = text.block();
			if (block.kind() != BlockKind.HEADING && block.text() != null) {
				words += countWords(text.tokens());
			}
		}
		return budgetOf(words);
	}

	private static int budgetOf(int words) {
		long perWords = Math.round(words / (double) WORDS_PER_PULL_QUOTE);
		return (int) Math.max(1, Math.min(MAX_PULL_QUOTES, perWords));
	}

	/**
	 * How well a quotation reads as a pull-quote; zero or less when it should not be one:
	 * no speaker, too short or too long, or not making sense on its own.
	 */
	static double score(ExtractedQuote quote, QuoteWords lexicon) {
		if (quote.speaker() == null || !quote.confidence().isConfident() || quote.kind() == QuoteKind.BLOCK) {
			return 0;
		}
		String text = quote.text();
		List<Token> tokens = Tokenizer.tokenize(text);
		int words = countWords(tokens);
		if (words < 6 || words > 50 || text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
			return 0;
		}
		Token first = tokens.stream().filter(Token::isWord).findFirst().orElse(null);
		if (first == null || lexicon.isDependentOpener(first.key())) {
			return 0;
		}
		double score = 1;
		if (words >= 8 && words <= 40) {
			score += 2;
		}
		if (tokens.stream().anyMatch((token) -> token.isWord() && lexicon.isFirstPerson(token.key()))) {
			score += 2;
		}
		char last = text.charAt(text.length() - 1);
		if (".!?\u2026".indexOf(last) >= 0) {
			score += 0.5;
		}
		return score;
	}

	static int countWords(String text) {
		return countWords(Tokenizer.tokenize(text));
	}

	private static int countWords(List<Token> tokens) {
		int count = 0;
		for (Token token : tokens) {
			count += token.isWord() ? 1 : 0;
		}
		return count;
	}

	/** Folded, letters and digits only, single spaces: how first words are compared. */
	static String comparable(String text) {
		return Words.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
