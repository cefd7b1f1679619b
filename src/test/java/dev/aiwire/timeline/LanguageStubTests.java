package dev.aiwire.timeline;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.aiwire.article.ContentLanguages;
import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.search.TextAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A third language needs only a folder of word lists and a grammar: Esperanto, a stub
 * kept in the test resources' {@code stub-language} folder, is read by a class loader
 * rooted there, so that it exists for this test and no other. Front matter, the content
 * languages, search analysis, the tagger, the tense detector, vague dates and the date
 * format then serve it without a line of theirs changing.
 */
class LanguageStubTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

	private final URLClassLoader loader = new URLClassLoader(new URL[] { stubFolder() },
			LanguageStubTests.class.getClassLoader());

	private final LanguageRegistry languages = LanguageRegistry.fromClassPath(this.loader);

	private final TemporalTagger tagger = new TemporalTagger(Grammars.load(this.languages, this.loader));

	@AfterEach
	void close() throws IOException {
		this.loader.close();
	}

	private static URL stubFolder() {
		URL url = LanguageStubTests.class.getClassLoader().getResource("stub-language/");
		assertThat(url).as("stub-language folder on the test class path").isNotNull();
		return url;
	}

	private List<String> esperanto(String sentence) {
		return this.tagger.tagSentence(sentence, PUBLISHED, "eo", null)
			.stream()
			.map((timex) -> (timex.mod() != null) ? timex.value() + " " + timex.mod() : timex.value())
			.toList();
	}

	@Test
	void theStubLanguageExistsOnlyForTheRegistryOfItsFolder() {
		assertThat(this.languages.codes()).containsExactly("fr", "en", "eo");
		assertThat(Languages.find("eo")).isEmpty();
		assertThat(Grammars.standard().of(this.languages.of("eo"))).isEmpty();
	}

	@Test
	void tagsTheDatesOfTheStubLanguageWithItsWordsAndGrammar() {
		assertThat(esperanto("La modelo aperis en marto 2024.")).containsExactly("2024-03");
		assertThat(esperanto("Pasintjare la firmao kolektis monon.")).containsExactly("2023");
		assertThat(esperanto("Fine de 2023 la firmao dungis.")).containsExactly("2023 END");
		assertThat(esperanto("En somero 2022 la vendoj falis.")).containsExactly("2022-SU");
		assertThat(esperanto("Servilo de 2048 ĉipoj kostas multe.")).isEmpty();
	}

	@Test
	void readsTheTenseOfAMonthWithoutAYearWithTheStubsCues() {
		// published in May 2024: March is behind, in the past, and ahead, in the future
		assertThat(esperanto("La modelo aperis en marto.")).containsExactly("2024-03");
		assertThat(esperanto("La modelo aperos en marto.")).containsExactly("2025-03");
	}

	@Test
	void leavesFrenchAndEnglishAsTheyAre() {
		assertThat(this.tagger.tagSentence("Le modèle est sorti en mars 2024.", PUBLISHED, "fr", null))
			.extracting(Timex::value)
			.containsExactly("2024-03");
		assertThat(this.tagger.tagSentence("The model came out in March 2024.", PUBLISHED, "en", null))
			.extracting(Timex::value)
			.containsExactly("2024-03");
	}

	@Test
	void findsVagueDatesAndWritesDatesInTheStubLanguage() {
		Language esperanto = this.languages.of("eo");
		ParsedDocument document = new MarkdownParser()
			.parse("---\ntitle: T\ndate: 2024-05-20\n---\nAntaŭ nelonge la firmao kolektis monon.\n");

		assertThat(VagueDates.find(document, esperanto)).extracting(VagueDates.VagueDate::expression)
			.containsExactly("Antaŭ nelonge");
		assertThat(TimexFormat.of(esperanto).describe("2024-03", "END")).isEqualTo("fine de marto 2024");
		assertThat(TimexFormat.of(esperanto).describe("2024-03-14", null)).isEqualTo("la 14-a de marto 2024");
		assertThat(TimexFormat.describe("2024-03", "END", Locale.forLanguageTag("eo"))).isEqualTo("fin mars 2024");
	}

	@Test
	void frontMatterAcceptsTheStubLanguageOnlyWhereItsFolderIsSeen() {
		String article = "---\ntitle: Roboto\nlang: eo\ndate: 2024-05-20\n---\nLa roboto marŝas.\n";

		assertThat(new MarkdownParser(this.languages).parse(article).frontMatter().lang()).isEqualTo("eo");
		assertThatExceptionOfType(DocumentException.class).isThrownBy(() -> new MarkdownParser().parse(article))
			.withMessageContaining("lang");
	}

	@Test
	void indexPagesFilterByTheStubLanguage() {
		assertThat(ContentLanguages.of(this.languages, "EO")).isEqualTo("eo");
		assertThat(ContentLanguages.of(this.languages, "eo-XX")).isEqualTo("eo");
		assertThat(ContentLanguages.of("eo")).isNull();
		assertThat(ContentLanguages.ALL).containsExactly("fr", "en");
	}

	@Test
	void pagesGiveTheStubLanguagesArticlesTheLocaleOfItsFolder() {
		assertThat(ContentLanguages.openGraphLocale(this.languages, "eo")).isEqualTo("eo");
		assertThat(ContentLanguages.openGraphLocale(this.languages, "fr")).isEqualTo("fr_FR");
		assertThat(ContentLanguages.openGraphLocale(this.languages, "en")).isEqualTo("en_US");
	}

	@Test
	void searchAnalysesTheStubLanguageWithItsStopWordsAndNoStemmer() {
		TextAnalysis analysis = TextAnalysis.of(this.languages.of("eo"));

		assertThat(analysis.name()).isEqualTo("aiwire_esperanto");
		assertThat(analysis.steps()).containsExactly(TextAnalysis.Step.LOWER_CASE, TextAnalysis.Step.STOP_WORDS,
				TextAnalysis.Step.ASCII_FOLDING);
		assertThat(analysis.stopWords()).containsExactly("de", "kaj", "la");
		assertThat(TextAnalysis.names(this.languages).stopWords()).contains("de", "the", "la");
	}

}
