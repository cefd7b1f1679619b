package dev.aiwire.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text becomes terms. French and English text each get their language's stop words and
 * stemmer, after accents are folded, so that "reglementation" finds "réglementation" and
 * "employee" finds "employees"; French elisions are cut, so "l'IA" is indexed as "ia". Names of
 * speakers are only lower-cased and folded, without stemming.
 */
final class Analyzers {

	private Analyzers() {
	}

	/** Analyses each field with the analyzer of its language, by the suffix of its name. */
	static Analyzer perField() {
		Analyzer french = french();
		Analyzer english = english();
		Map<String, Analyzer> fields = new java.util.HashMap<>();
		for (String field : SearchFields.TEXT) {
			fields.put(field + "_fr", french);
			fields.put(field + "_en", english);
		}
		return new PerFieldAnalyzerWrapper(names(), fields);
	}

	static Analyzer french() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
				result = new LowerCaseFilter(result);
				result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
				result = new ASCIIFoldingFilter(result);
				result = new FrenchLightStemFilter(result);
				return new TokenStreamComponents(source, result);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
			}
		};
	}

	static Analyzer english() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new EnglishPossessiveFilter(source);
				result = new LowerCaseFilter(result);
				result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
				result = new ASCIIFoldingFilter(result);
				result = new PorterStemFilter(result);
				return new TokenStreamComponents(source, result);
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

	/**
	 * Words a query typed in either language is full of, that no speaker's name needs to match.
	 * Short on purpose: full stop lists would drop parts of names ("Ma" is French for "my").
	 */
	private static final CharArraySet NOT_NAMES = new CharArraySet(List.of("de", "du", "des", "la", "le", "les", "et",
			"en", "un", "une", "sur", "pour", "par", "au", "aux", "dans", "qui", "que", "est", "the", "of", "and", "a",
			"an", "in", "on", "for", "to", "by", "with", "at", "from", "is"), true);

	/** Names: lower-cased and folded, elisions cut, without the commonest words of either language. */
	static Analyzer names() {
		CharArraySet stopWords = NOT_NAMES;
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
				result = new LowerCaseFilter(result);
				result = new StopFilter(result, stopWords);
				return new TokenStreamComponents(source, new ASCIIFoldingFilter(result));
			}

			@Override
			protected TokenStream normalize(String fieldName, TokenStream in) {
				return new ASCIIFoldingFilter(new LowerCaseFilter(in));
			}
		};
	}

}
