package dev.aiwire.search;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.search.TextAnalysis.Step;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The analysis read from the language folders is the one the index was built with when it
 * was written in code: Lucene's own French and English lists, the same filters in the
 * same order, the same analyzer names. A drift here would change what searches find, and
 * the names those of an OpenSearch index already created.
 */
class TextAnalysisTests {

	private static List<String> sorted(CharArraySet set) {
		List<String> words = new ArrayList<>();
		for (Object word : set) {
			words.add(new String((char[]) word));
		}
		return words.stream().sorted().toList();
	}

	@Test
	void analysesFrenchWithLucenesFrenchListsAndTheLightStemmer() {
		TextAnalysis french = TextAnalysis.of("fr");

		assertThat(french.name()).isEqualTo("aiwire_french");
		assertThat(french.steps()).containsExactly(Step.ELISION, Step.LOWER_CASE, Step.STOP_WORDS, Step.ASCII_FOLDING,
				Step.LIGHT_FRENCH_STEM);
		assertThat(french.articles()).isEqualTo(sorted(FrenchAnalyzer.DEFAULT_ARTICLES));
		assertThat(french.stopWords()).hasSize(154).isEqualTo(sorted(FrenchAnalyzer.getDefaultStopSet()));
	}

	@Test
	void analysesEnglishWithLucenesEnglishListAndThePorterStemmer() {
		TextAnalysis english = TextAnalysis.of("en");

		assertThat(english.name()).isEqualTo("aiwire_english");
		assertThat(english.steps()).containsExactly(Step.ENGLISH_POSSESSIVE, Step.LOWER_CASE, Step.STOP_WORDS,
				Step.ASCII_FOLDING, Step.PORTER_STEM);
		assertThat(english.articles()).isEmpty();
		assertThat(english.stopWords()).isEqualTo(sorted(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
	}

	@Test
	void analysesNamesWithTheSmallWordsOfEveryLanguageAndNoStemmer() {
		TextAnalysis names = TextAnalysis.names();

		assertThat(names.name()).isEqualTo("aiwire_names");
		assertThat(names.steps()).containsExactly(Step.ELISION, Step.LOWER_CASE, Step.STOP_WORDS, Step.ASCII_FOLDING);
		assertThat(names.articles()).isEqualTo(sorted(FrenchAnalyzer.DEFAULT_ARTICLES));
		assertThat(names.stopWords()).containsExactly("de", "du", "des", "la", "le", "les", "et", "en", "un", "une",
				"sur", "pour", "par", "au", "aux", "dans", "qui", "que", "est", "the", "of", "and", "a", "an", "in",
				"on", "for", "to", "by", "with", "at", "from", "is");
	}

	@Test
	void aWordTypedAsAPrefixIsOnlyNormalised() {
		assertThat(TextAnalysis.of("fr").normalizingSteps()).containsExactly(Step.ELISION, Step.LOWER_CASE,
				Step.ASCII_FOLDING);
		assertThat(TextAnalysis.of("en").normalizingSteps()).containsExactly(Step.LOWER_CASE, Step.ASCII_FOLDING);
	}

	@Test
	void refusesALanguageThatIsNotOneOfOurs() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextAnalysis.of("de")).withMessageContaining("'de'");
		assertThatIllegalArgumentException().isThrownBy(() -> TextAnalysis.of("FR"));
	}

}
