package dev.aiwire.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;
import dev.aiwire.language.WordList;
import dev.aiwire.language.Words;

/**
 * How text becomes terms, described once for both engines: the embedded index builds its
 * Lucene analyzers from this description, and the search engine profile sends the same
 * description as index settings (OpenSearch runs the same Lucene filters under these
 * names). Each language says its own in its folder: the filters in order
 * ({@code search.filters} of {@code language.properties}), the elided words
 * ({@code elisions.txt}) and the stop words ({@code stop-words.txt}). A language that
 * says nothing gets lower case, its stop words if it has some, and folding, with no
 * stemmer. Speakers' names: the elisions of every language cut, lower case, the commonest
 * words of every language left out ({@code name-stop-words.txt}), folding, no stemming.
 * Every chain starts with the standard tokenizer.
 *
 * @param name the analyzer's name in the engine's settings
 * @param steps the filters, in order
 * @param articles the elided articles, for {@link Step#ELISION}
 * @param stopWords the words left out, for {@link Step#STOP_WORDS}
 */
public record TextAnalysis(String name, List<Step> steps, List<String> articles, List<String> stopWords) {

	/** The setting of {@code language.properties} that lists a language's filters. */
	static final String FILTERS = "search.filters";

	/** A filter of a chain, by the name a language's settings give it. */
	public enum Step {

		/** Cuts an elided article and its apostrophe: {@code l'IA}, {@code d’Unitree}. */
		ELISION("elision", true),

		/** Cuts an English {@code 's}. */
		ENGLISH_POSSESSIVE("possessive_english", false),

		LOWER_CASE("lowercase", true),

		STOP_WORDS("stop", false),

		/**
		 * Folds accents and other marks: {@code réglementation} and
		 * {@code reglementation} agree.
		 */
		ASCII_FOLDING("asciifolding", true),

		/** Lucene's light French stemmer ({@code light_french}). */
		LIGHT_FRENCH_STEM("light_french", false),

		/** The Porter stemmer. */
		PORTER_STEM("porter_stem", false);

		private final String setting;

		private final boolean normalizes;

		Step(String setting, boolean normalizes) {
			this.setting = setting;
			this.normalizes = normalizes;
		}

		/** Whether a word typed as a prefix ({@code unitr*}) goes through it too. */
		public boolean normalizes() {
			return this.normalizes;
		}

		/** The step a language's {@code search.filters} names. */
		static Step named(String setting, Language language) {
			for (Step step : values()) {
				if (step.setting.equals(setting)) {
					return step;
				}
			}
			throw new IllegalStateException(
					"language/" + language.code() + "/language.properties: " + FILTERS + " names '" + setting
							+ "', which is none of " + Arrays.stream(values()).map((step) -> step.setting).toList());
		}

	}

	public TextAnalysis {
		steps = List.copyOf(steps);
		articles = List.copyOf(articles);
		stopWords = List.copyOf(stopWords);
	}

	private static final Map<Language, TextAnalysis> BY_LANGUAGE = new ConcurrentHashMap<>();

	private static final TextAnalysis NAMES = names(Languages.registry());

	/** The analysis of the text of articles in a language of translations. */
	public static TextAnalysis of(String lang) {
		Language language = Languages.find(lang)
			.filter((found) -> found.code().equals(lang))
			.orElseThrow(() -> new IllegalArgumentException("No text analysis for the language '" + lang + "'"));
		return of(language);
	}

	/** The analysis of a language, read from its folder once. */
	public static TextAnalysis of(Language language) {
		return BY_LANGUAGE.computeIfAbsent(language, TextAnalysis::read);
	}

	/** The analysis of speakers' names, whatever the language of the article. */
	public static TextAnalysis names() {
		return NAMES;
	}

	/**
	 * The analysis of speakers' names for the languages of a registry: a name is written
	 * the same in every language, a query about it in any of them.
	 */
	public static TextAnalysis names(LanguageRegistry languages) {
		Set<String> articles = new LinkedHashSet<>();
		Set<String> stopWords = new LinkedHashSet<>();
		for (Language language : languages.all()) {
			articles.addAll(words(language.words("elisions")));
			stopWords.addAll(words(language.words("name-stop-words")));
		}
		return new TextAnalysis("aiwire_names",
				List.of(Step.ELISION, Step.LOWER_CASE, Step.STOP_WORDS, Step.ASCII_FOLDING), sorted(articles),
				List.copyOf(stopWords));
	}

	/** The steps that a word typed as a prefix goes through, in order. */
	public List<Step> normalizingSteps() {
		return this.steps.stream().filter(Step::normalizes).toList();
	}

	private static TextAnalysis read(Language language) {
		List<String> articles = sorted(words(language.words("elisions")));
		List<String> stopWords = sorted(words(language.words("stop-words")));
		List<Step> steps = language.setting(FILTERS)
			.map((filters) -> Arrays.stream(filters.split("[\\s,]+"))
				.map((name) -> Step.named(name, language))
				.toList())
			.orElseGet(() -> byDefault(articles, stopWords));
		return new TextAnalysis(analyzerName(language), steps, articles, stopWords);
	}

	/**
	 * The chain of a language that names no filters: its elisions and stop words if it
	 * lists some, lower case and folding, and no stemmer, which would need to know the
	 * language's endings.
	 */
	private static List<Step> byDefault(List<String> articles, List<String> stopWords) {
		List<Step> steps = new ArrayList<>();
		if (!articles.isEmpty()) {
			steps.add(Step.ELISION);
		}
		steps.add(Step.LOWER_CASE);
		if (!stopWords.isEmpty()) {
			steps.add(Step.STOP_WORDS);
		}
		steps.add(Step.ASCII_FOLDING);
		return steps;
	}

	/**
	 * The analyzer's name in the engine's settings, from the language's English name:
	 * {@code aiwire_french}.
	 */
	private static String analyzerName(Language language) {
		return "aiwire_" + Words.fold(language.name(Locale.ENGLISH)).replaceAll("[^a-z0-9]+", "_");
	}

	/** The words of a list as written: stop filters run before accents are folded. */
	private static List<String> words(WordList list) {
		return list.entries().stream().map(WordList.Entry::text).toList();
	}

	private static List<String> sorted(Collection<String> words) {
		return words.stream().distinct().sorted().toList();
	}

}
