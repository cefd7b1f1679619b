package dev.aiwire.timeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.aiwire.EvaluationCorpus;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.Sentence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a rule looks for before running its pattern never make it miss a date: on
 * every sentence of the evaluation corpus, in its own case and in capitals, a rule whose
 * pattern matches always finds its cue.
 */
class GrammarCueTests {

	@Test
	void aRuleIsNeverSkippedOnASentenceItWouldMatch() throws IOException {
		List<String> sentences = corpusSentences();
		assertThat(sentences).hasSizeGreaterThan(500);
		List<String> missed = new ArrayList<>();
		int matched = 0;
		for (Grammar grammar : List.of(grammar("fr"), grammar("en"))) {
			for (String sentence : sentences) {
				for (String text : List.of(sentence, sentence.toUpperCase(Locale.ROOT))) {
					String lower = text.toLowerCase(Locale.ROOT);
					boolean digit = text.chars().anyMatch(Character::isDigit);
					for (Grammar.Rule rule : grammar.rules) {
						if (rule.pattern().matcher(text).find()) {
							matched++;
							if (!rule.cue().presentIn(lower, digit)) {
								missed.add(rule.pattern().pattern() + " in: " + text);
							}
						}
					}
				}
			}
		}
		assertThat(matched).isGreaterThan(1000);
		assertThat(missed).isEmpty();
	}

	@Test
	void aSentenceWithoutAnyCueGivesNoCandidate() {
		List<Candidate> candidates = new ArrayList<>();
		grammar("fr").candidates(TemporalTagger.normalise("Le modèle répond vite et coûte peu."), candidates);
		assertThat(candidates).isEmpty();
	}

	private static Grammar grammar(String code) {
		return Grammars.standard().of(code).orElseThrow();
	}

	private static List<String> corpusSentences() throws IOException {
		MarkdownParser parser = new MarkdownParser();
		List<String> sentences = new ArrayList<>();
		for (EvaluationCorpus.Document article : EvaluationCorpus.read("eval/corpus")) {
			for (Sentence sentence : parser.parse(article.markdown()).sentences()) {
				sentences.add(TemporalTagger.normalise(sentence.text()));
			}
		}
		return sentences;
	}

}
