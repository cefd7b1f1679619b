package dev.aiwire.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.search.SearchFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terms the embedded index makes of a text, field by field: each language's fields
 * with the analysis its folder declares, speakers' names with the small words of every
 * language left out; a language added as a folder (the test resources' stub Esperanto)
 * gets its fields analysed too.
 */
class LuceneAnalyzersTests {

	private final URLClassLoader stub = new URLClassLoader(
			new URL[] { LuceneAnalyzersTests.class.getClassLoader().getResource("stub-language/") },
			LuceneAnalyzersTests.class.getClassLoader());

	@AfterEach
	void close() throws IOException {
		this.stub.close();
	}

	private static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	@Test
	void cutsElisionsLeavesOutStopWordsFoldsAndStemsFrenchText() {
		assertThat(terms(LuceneAnalyzers.perField(), SearchFields.of(SearchFields.BODY, "fr"),
				"L'IA générative d’Unitree et les réglementations"))
			.containsExactly("ia", "generatif", "unitr", "reglement");
	}

	@Test
	void cutsPossessivesLeavesOutStopWordsAndStemsEnglishText() {
		assertThat(terms(LuceneAnalyzers.perField(), SearchFields.of(SearchFields.BODY, "en"),
				"The lab's robots are walking"))
			.containsExactly("lab", "robot", "walk");
	}

	@Test
	void keepsNamesWholeAndLeavesOutTheSmallWordsOfEitherLanguage() {
		assertThat(terms(LuceneAnalyzers.perField(), SearchFields.SPEAKERS, "le patron de Baidu, the head of Zhipu"))
			.containsExactly("patron", "baidu", "head", "zhipu");
	}

	@Test
	void analysesTheFieldsOfALanguageAddedAsAFolderWithItsStopWordsAndNoStemmer() {
		Analyzer analyzer = LuceneAnalyzers.perField(LanguageRegistry.fromClassPath(this.stub));

		assertThat(terms(analyzer, SearchFields.of(SearchFields.BODY, "eo"), "La roboto kaj la ĉipoj de Unitree"))
			.containsExactly("roboto", "cipoj", "unitree");
		assertThat(terms(analyzer, SearchFields.SPEAKERS, "la estro de Baidu")).containsExactly("estro", "baidu");
		assertThat(terms(analyzer, SearchFields.of(SearchFields.BODY, "fr"), "les réglementations"))
			.containsExactly("reglement");
	}

}
