package dev.aiwire.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.aiwire.article.ContentLanguages;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * How text becomes terms, described once for both engines: the embedded index builds its
 * Lucene analyzers from this description, and the search engine profile sends the same
 * description as index settings (OpenSearch runs the same Lucene filters under these
 * names). French: elisions cut ({@code l'IA} is {@code ia}), lower case, French stop
 * words, accents folded, light French stemmer. English: possessives cut, lower case,
 * English stop words, folding, Porter stemmer. Speakers' names: elisions cut, lower case,
 * the commonest words of either language left out, folding, no stemming. Every chain
 * starts with the standard tokenizer.
 *
 * @param name the analyzer's name in the engine's settings
 * @param steps the filters, in order
 * @param articles the elided articles, for {@link Step#ELISION}
 * @param stopWords the words left out, for {@link Step#STOP_WORDS}
 */
public record TextAnalysis(String name, List<Step> steps, List<String> articles, List<String> stopWords) {

	/** A filter of a chain. */
	public enum Step {

		/** Cuts an elided article and its apostrophe: {@code l'IA}, {@code d’Unitree}. */
		ELISION(true),

		/** Cuts an English {@code 's}. */
		ENGLISH_POSSESSIVE(false),

		LOWER_CASE(true),

		STOP_WORDS(false),

		/**
		 * Folds accents and other marks: {@code réglementation} and
		 * {@code reglementation} agree.
		 */
		ASCII_FOLDING(true),

		/** Lucene's light French stemmer ({@code light_french}). */
		LIGHT_FRENCH_STEM(false),

		/** The Porter stemmer. */
		PORTER_STEM(false);

		private final boolean normalizes;

		Step(boolean normalizes) {
			this.normalizes = normalizes;
		}

		/** Whether a word typed as a prefix ({@code unitr*}) goes through it too. */
		public boolean normalizes() {
			return this.normalizes;
		}

	}

	public TextAnalysis {
		steps = List.copyOf(steps);
		articles = List.copyOf(articles);
		stopWords = List.copyOf(stopWords);
	}

	private static final TextAnalysis FRENCH = new TextAnalysis("aiwire_french",
			List.of(Step.ELISION, Step.LOWER_CASE, Step.STOP_WORDS, Step.ASCII_FOLDING, Step.LIGHT_FRENCH_STEM),
			words(FrenchAnalyzer.DEFAULT_ARTICLES), words(FrenchAnalyzer.getDefaultStopSet()));

	private static final TextAnalysis ENGLISH = new TextAnalysis("aiwire_english",
			List.of(Step.ENGLISH_POSSESSIVE, Step.LOWER_CASE, Step.STOP_WORDS, Step.ASCII_FOLDING, Step.PORTER_STEM),
			List.of(), words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));

	/**
	 * Words a query typed in either language is full of, that no speaker's name needs to
	 * match. Short on purpose: full stop lists would drop parts of names ("Ma" is French
	 * for "my").
	 */
	private static final TextAnalysis NAMES = new TextAnalysis("aiwire_names",
			List.of(Step.ELISION, Step.LOWER_CASE, Step.STOP_WORDS, Step.ASCII_FOLDING),
			words(FrenchAnalyzer.DEFAULT_ARTICLES),
			List.of("de", "du", "des", "la", "le", "les", "et", "en", "un", "une", "sur", "pour", "par", "au", "aux",
					"dans", "qui", "que", "est", "the", "of", "and", "a", "an", "in", "on", "for", "to", "by", "with",
					"at", "from", "is"));

	/** The analysis of each language of translations. */
	private static final Map<String, TextAnalysis> BY_LANGUAGE = Map.of("fr", FRENCH, "en", ENGLISH);

	static {
		for (String lang : ContentLanguages.ALL) {
			if (!BY_LANGUAGE.containsKey(lang)) {
				throw new IllegalStateException("No text analysis for the language '" + lang + "'");
			}
		}
	}

	/** The analysis of the text of articles in a language of translations. */
	public static TextAnalysis of(String lang) {
		TextAnalysis analysis = BY_LANGUAGE.get(lang);
		if (analysis == null) {
			throw new IllegalArgumentException("No text analysis for the language '" + lang + "'");
		}
		return analysis;
	}

	/** The analysis of speakers' names, whatever the language of the article. */
	public static TextAnalysis names() {
		return NAMES;
	}

	/** The steps that a word typed as a prefix goes through, in order. */
	public List<Step> normalizingSteps() {
		return this.steps.stream().filter(Step::normalizes).toList();
	}

	private static List<String> words(CharArraySet set) {
		List<String> words = new ArrayList<>(set.size());
		for (Object word : set) {
			words.add(new String((char[]) word));
		}
		Collections.sort(words);
		return words;
	}

}
