package dev.aiwire.quote.reading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which capitalised words are taken for no name: those of the article's language, and
 * those of a language whose folder says its list holds everywhere (English, whose titles
 * of books and events stand in French articles too), not the other way round.
 */
class QuoteWordsTests {

	@Test
	void takesTheEnglishWordsThatAreNoNamesForNoNamesInAFrenchArticle() {
		assertThat(QuoteWords.of("fr").isNotName("cette")).isTrue();
		assertThat(QuoteWords.of("fr").isNotName("the")).isTrue();
	}

	@Test
	void leavesTheFrenchWordsThatAreNoNamesToFrenchArticles() {
		assertThat(QuoteWords.of("en").isNotName("the")).isTrue();
		assertThat(QuoteWords.of("en").isNotName("cette")).isFalse();
	}

}
