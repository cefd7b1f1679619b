package dev.aiwire.timeline;

import java.util.List;

import dev.aiwire.EvaluationCorpus;
import dev.aiwire.timeline.TimelineEvaluation.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The tagger scored against gold timelines: the AI Wire corpus of translated articles, and French
 * TimeBank (regional news of 1999-2003, another genre) to check that the rules generalise. Run
 * {@link TimelineEvaluation#main} to list every miss and false positive.
 */
class TimelineEvaluationTests {

	private final TimelineEvaluation evaluation = new TimelineEvaluation();

	@Test
	void findsTheDatesOfTheCorpusWithNinetyPercentPrecisionAndRecall() {
		Report report = this.evaluation.evaluate(EvaluationCorpus.read("eval/corpus"));

		System.out.println(report.summary("AI Wire corpus"));
		assertThat(report.all().truePositives()).as("gold events found").isPositive();
		assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.90);
		assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void keepsItsScoreOnFrenchTimeBank() {
		Report report = this.evaluation.evaluate(EvaluationCorpus.read("eval/fr-timebank"));

		System.out.println(report.summary("French TimeBank 1.1 (dates only)"));
		// reached when written: P 0.978, R 0.822; 16 of the 213 gold dates stand in no sentence of
		// the body (recall cannot pass 0.925) and 5 share a sentence and a value with another
		assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.95);
		assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void scoresNothingFoundAsZeroNotAsPerfect() {
		Report report = this.evaluation.evaluate(List.of());

		assertThat(report.all().precision()).isZero();
		assertThat(report.all().recall()).isZero();
	}

	@Test
	void refusesACorpusWithoutArticlesInsteadOfScoringIt() {
		assertThatIllegalStateException().isThrownBy(() -> EvaluationCorpus.read("eval/no-such-corpus"))
			.withMessageContaining("eval/no-such-corpus");
	}

}
