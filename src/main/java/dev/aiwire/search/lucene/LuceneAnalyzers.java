package dev.aiwire.search.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.language.Language;
import dev.aiwire.language.LanguageRegistry;
import dev.aiwire.language.Languages;
import dev.aiwire.search.SearchFields;
import dev.aiwire.search.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Lucene analyzers built from the {@link TextAnalysis} shared with the search engine
 * profile.
 */
final class LuceneAnalyzers {

	private LuceneAnalyzers() {
	}

	/**
	 * Analyses each text field with the analysis of its language, by the suffix of its
	 * name, and the others (speakers' names) as names.
	 */
	static Analyzer perField() {
		return perField(Languages.registry());
	}

	/** The same, for the languages of a registry. */
	static Analyzer perField(LanguageRegistry languages) {
		Map<String, Analyzer> fields = new HashMap<>();
		for (Language language : languages.all()) {
			Analyzer analyzer = of(TextAnalysis.of(language));
			for (String field : SearchFields.TEXT) {
				fields.put(SearchFields.of(field, language.code()), analyzer);
			}
		}
		return new PerFieldAnalyzerWrapper(of(TextAnalysis.names(languages)), fields);
	}

	/** An analyzer that runs the steps of a description after the standard tokenizer. */
	static Analyzer of(TextAnalysis analysis) {
		CharArraySet articles = new CharArraySet(analysis.articles(), true);
		CharArraySet stopWords = new CharArraySet(analysis.stopWords(), true);
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, apply(analysis.steps(), source, articles, stopWords));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return apply(analysis.normalizingSteps(), in, articles, stopWords);
			}
		};
	}

	private static TokenStream apply(List<TextAnalysis.Step> steps, TokenStream in, CharArraySet articles,
			CharArraySet stopWords) {
		TokenStream result = in;
		for (TextAnalysis.Step step : steps) {
			result = switch (step) {
				case ELISION -> new ElisionFilter(result, articles);
				case ENGLISH_POSSESSIVE -> new EnglishPossessiveFilter(result);
				case LOWER_CASE -> new LowerCaseFilter(result);
				case STOP_WORDS -> new StopFilter(result, stopWords);
				case ASCII_FOLDING -> new ASCIIFoldingFilter(result);
				case LIGHT_FRENCH_STEM -> new FrenchLightStemFilter(result);
				case PORTER_STEM -> new PorterStemFilter(result);
			};
		}
		return result;
	}

}
