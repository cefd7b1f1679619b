package dev.aiwire.timeline;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aiwire.timeline.TimelineEvaluation.Report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The tagger scored against gold timelines, each set on its own: the corpus the rules
 * were written beside, French TimeBank (regional news of 1999-2003, another genre), and
 * the quotation set written apart from the rules, whose development half may be studied
 * and whose held-out half is only scored. Each prints value-only and value+mod figures
 * per language; the floors hold what was reached, a little below, so that a change that
 * loses dates fails. Run {@link TimelineEvaluation#main} to list the errors of a set that
 * is not held out.
 */
class TimelineEvaluationTests {

	private final TimelineEvaluation evaluation = new TimelineEvaluation();

	private Report scored(String set, String title) {
		Report report = this.evaluation.evaluate(set);
		System.out.println(report.summary(title));
		return report;
	}

	/**
	 * Precision and recall floors of each language, for the value and for the value with
	 * its modifier.
	 */
	private static void holds(Report report, double frenchPrecision, double frenchRecall, double englishPrecision,
			double englishRecall) {
		assertThat(report.french().precision()).as("fr precision").isGreaterThanOrEqualTo(frenchPrecision);
		assertThat(report.french().recall()).as("fr recall").isGreaterThanOrEqualTo(frenchRecall);
		assertThat(report.english().precision()).as("en precision").isGreaterThanOrEqualTo(englishPrecision);
		assertThat(report.english().recall()).as("en recall").isGreaterThanOrEqualTo(englishRecall);
		assertThat(report.frenchWithMod().precision()).as("fr precision with mod")
			.isGreaterThanOrEqualTo(frenchPrecision - 0.01);
		assertThat(report.frenchWithMod().recall()).as("fr recall with mod")
			.isGreaterThanOrEqualTo(frenchRecall - 0.01);
		assertThat(report.englishWithMod().precision()).as("en precision with mod")
			.isGreaterThanOrEqualTo(englishPrecision - 0.01);
		assertThat(report.englishWithMod().recall()).as("en recall with mod")
			.isGreaterThanOrEqualTo(englishRecall - 0.01);
	}

	@Test
	void findsTheDatesOfTheCorpusTheRulesWereWrittenBeside() {
		Report report = scored("eval/corpus", "AI Wire corpus");

		holds(report, 0.98, 0.98, 0.97, 0.97);
	}

	@Test
	void keepsItsScoreOnFrenchTimeBank() {
		Report report = scored("eval/fr-timebank", "French TimeBank 1.1 (dates only)");

		// P 0.985 R 0.901
		assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(0.97);
		assertThat(report.all().recall()).as("recall").isGreaterThanOrEqualTo(0.89);
	}

	@Test
	void findsTheDatesOfTheDevelopmentHalfOfTheQuotationSet() {
		Report report = scored("eval/quotes/dev", "Quotation set, development half");

		// thirteen new articles annotated apart from the rules joined this half (English
		// recall fell to 0.977); the rules learnt from them brought it to fr P 0.986 R
		// 0.986, en P 0.998 R 0.993; with batch j and the rules learnt from it, fr P
		// 0.988 R 0.990, en P 0.994 R 0.992; with batch k (alone, before any rule was
		// written beside it: fr P 0.975 R 0.929, en P 0.985 R 0.918) and the rules learnt
		// from it, fr P 0.990 R 0.986, en P 1.000 R 0.987; with batch l (85 articles) and
		// the rules on events named again, the reference time of quotations and the
		// pluperfect, fr P 0.994 R 0.991, en P 0.997 R 0.998; batch m's twelve
		// development articles, before any rule was learnt from them, brought fr P 0.987
		// R 0.990, en P 0.987 R 0.987; the classes of dated expressions written down in
		// DateClassesTests, and the rules learnt from batch m's errors (the weekday of
		// publication, quarters named by their months or their end, what is promised),
		// brought fr P 0.990 R 0.993, en P 0.991 R 0.994; batch n's twelve development
		// articles, before any rule was learnt from them, brought fr P 0.985 R 0.986, en
		// P 0.989 R 0.990; the rules of its round (a mood or a plan that looks ahead,
		// 'last Thursday', 'the same year' after a later year, 'a quarter earlier',
		// nights across two days) brought fr P 0.991 R 0.991, en P 0.995 R 0.997; batch
		// o's twelve development articles, before any rule was learnt from them, brought
		// fr P 0.991 R 0.990, en P 0.993 R 0.993; 'the following quarter', a verb that
		// schedules in the present, « au cours de l'année » after a year named before and
		// « depuis le printemps » brought fr P 0.992 R 0.992, en P 0.995 R 0.997; batch
		// p's twelve development articles, before any rule was learnt from them, brought
		// fr P 0.990 R 0.989, en P 0.991 R 0.992; a passive future after a verb and 'to',
		// what is promised for a date, what is to be done after a comma and 'compared
		// with' as no past brought fr P 0.992 R 0.990, en P 0.995 R 0.996; batch q's
		// twelve development articles, before any rule was learnt from them, brought fr
		// P 0.991 R 0.985, en P 0.991 R 0.991; a month still to come read from
		// publication and « ses résultats 2022 » brought fr P 0.992 R 0.988
		holds(report, 0.985, 0.985, 0.99, 0.99);
	}

	@Test
	void findsTheDatesOfTheHeldOutHalfOfTheQuotationSet() {
		Report report = scored("eval/quotes/test", "Quotation set, held-out half (scored only)");

		// fr P 0.966 R 0.960, en P 0.967 R 0.925; with batch j, fr P 0.961 R 0.953, en
		// P 0.957 R 0.924; with batch k (scored before any rule saw its development
		// twin), fr P 0.959 R 0.945, en P 0.965 R 0.924; with batch l, fr P 0.951 R
		// 0.947, en P 0.959 R 0.927; with batch m, fr P 0.957 R 0.950, en P 0.949 R
		// 0.923;
		// with batch n, fr P 0.960 R 0.952, en P 0.950 R 0.929; after the rules of batch
		// n's round, fr P 0.958 R 0.950, en P 0.952 R 0.932; with batch o, fr P 0.961 R
		// 0.953, en P 0.955 R 0.935; after the rules of batch o's round, fr P 0.961 R
		// 0.954, en P 0.957 R 0.938; with batch p, fr P 0.960 R 0.952, en P 0.956 R
		// 0.941; after the rules of batch p's round, en P 0.957 R 0.942; with batch q,
		// fr P 0.962 R 0.955, en P 0.958 R 0.943; after the rules of batch q's round, fr
		// P 0.962 R 0.956
		holds(report, 0.95, 0.94, 0.945, 0.925);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesNoRuleWasYetMeasuredAgainst() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "j");
		System.out.println(report.summary("Quotation set, held-out batch j (scored only)"));

		// batch j joined after the rest of the half had been scored in every round;
		// before any rule was written beside its development twin it gave fr P 0.927
		// R 0.905, en P 0.919 R 0.919
		holds(report, 0.90, 0.88, 0.90, 0.90);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchK() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "k");
		System.out.println(report.summary("Quotation set, held-out batch k (scored only)"));

		// batch k joined both halves on 2026-12-07; scored with the rules of the day
		// before, never read: fr P 0.941 R 0.889, en P 1.000 R 0.927
		holds(report, 0.91, 0.86, 0.95, 0.89);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchL() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "l");
		System.out.println(report.summary("Quotation set, held-out batch l (scored only)"));

		// batch l joined both halves on 2026-12-07, later that day; scored with the rules
		// of the morning, never read: fr P 0.940 R 0.904, en P 0.957 R 0.957
		holds(report, 0.91, 0.87, 0.92, 0.92);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchM() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "m");
		System.out.println(report.summary("Quotation set, held-out batch m (scored only)"));

		// batch m joined both halves on 2026-12-07, a day after batch l; scored with the
		// rules of that day, never read: fr P 1.000 R 0.969, en P 0.905 R 0.905
		holds(report, 0.97, 0.94, 0.88, 0.88);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchN() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "n");
		System.out.println(report.summary("Quotation set, held-out batch n (scored only)"));

		// batch n joined both halves on 2026-12-07, committed before any rule of its
		// round;
		// scored with the rules of the round before, never read: fr P 0.968 R 0.968, en P
		// 0.941 R 0.970; after the round's rules (learnt on the development half), the
		// same: fr P 0.968 R 0.968, en P 0.941 R 0.970
		holds(report, 0.94, 0.94, 0.91, 0.94);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchO() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "o");
		System.out.println(report.summary("Quotation set, held-out batch o (scored only)"));

		// batch o joined the held-out half on 2026-12-07, committed before its
		// development twin and any rule of its round; scored with the rules of that
		// commit, never read: fr P 0.987 R 0.975, en P 0.977 R 0.955; after the round's
		// rules (learnt on the development half): fr the same, en P 0.977 R 0.966
		holds(report, 0.95, 0.94, 0.94, 0.92);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchP() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "p");
		System.out.println(report.summary("Quotation set, held-out batch p (scored only)"));

		// batch p joined the held-out half on 2026-12-07, before any rule learnt on its
		// development twin; scored, never read: fr P 0.950 R 0.941, en P 0.948 R 0.958;
		// the round's rules left them as they were
		holds(report, 0.93, 0.92, 0.93, 0.93);
	}

	@Test
	void findsTheDatesOfTheHeldOutArticlesOfBatchQ() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "q");
		System.out.println(report.summary("Quotation set, held-out batch q (scored only)"));

		// batch q joined the held-out half on 2026-12-07, committed alone before its
		// development twin and before any rule of its round; scored, never read: fr P
		// 0.985 R 0.985, en P 0.966 R 0.955; after the round's rules, fr P 0.986 R 1.000
		holds(report, 0.95, 0.95, 0.94, 0.93);
	}

	@Test
	void refusesToListTheErrorsOfTheHeldOutSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluation.errors("eval/quotes/test"))
			.withMessageContaining("held-out");
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluation.errors("eval/quotes/dev/../test"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluation.errors("eval/fr-timebank"))
			.withMessageContaining("held-out");
		assertThat(this.evaluation.errors("eval/quotes/dev")).isNotNull();
	}

	@Test
	void refusesToScoreAnEmptyOrMissingSet(@TempDir Path empty) throws Exception {
		Files.writeString(empty.resolve("README.md"), "no articles");

		assertThatIllegalStateException().isThrownBy(() -> this.evaluation.evaluate(empty))
			.withMessageContaining("no gold event");
		assertThatIllegalStateException().isThrownBy(() -> this.evaluation.evaluate("eval/no-such-set"))
			.withMessageContaining("class path");
	}

}
