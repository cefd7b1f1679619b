package dev.aiwire.quote;

import org.junit.jupiter.api.Test;

import dev.aiwire.quote.QuotationEvaluation.Report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The quotation rules scored on each evaluation set apart (see
 * {@code eval/quotes/README.md}): the old corpus the rules were first written beside, the
 * development half of the set written apart from them, its held-out half (scored, never
 * read for errors), and public English news from the GUM corpus (held out as well). Each
 * test prints block speaker accuracy, inline recall, inline speaker accuracy and
 * precision per language, and fails under a floor a little below what the rules reach, so
 * that a change that loses ground is seen. Run {@link QuotationEvaluation#main} to list
 * the errors of a set that may be read.
 */
class QuotationEvaluationTests {

	private final QuotationEvaluation evaluation = new QuotationEvaluation();

	@Test
	void holdsItsScoreOnTheCorpusTheRulesWereFirstWrittenBeside() {
		Report report = this.evaluation.evaluate("eval/corpus");

		System.out.println(report.summary());
		assertFloors(report, 0.85, 0.95, 0.90, 0.95);
	}

	@Test
	void holdsItsScoreOnTheDevelopmentHalf() {
		Report report = this.evaluation.evaluate("eval/quotes/dev");

		System.out.println(report.summary());
		// eight harder articles, annotated apart from the rules, joined this half: inline
		// quotations found fell from above 0.93 to 0.926, and the floor follows; unnamed
		// sources, corporate suffixes and indefinite words raised block speakers from
		// 0.966
		// to 0.985 and inline speakers from 0.913 to 0.938; with batch j, amounts after
		// 'added', the company's spokesperson and unnamed speakers after their quotation
		// raised inline speakers from 0.924 to 0.933; impersonal 'il faudra' and
		// sentence-opening prepositions before places raised them to 0.939; batch k's
		// twelve development articles, written apart from the rules, brought block
		// speakers to 0.957 and inline speakers to 0.922 before any rule was learnt
		// from them; products after 'puces'/'chips', editor's lines that name no one,
		// 'Mr' and 'Ms' before a shared surname, pseudonyms, 'pour un analyste de ...'
		// and 'the board' raised block speakers to 0.976 and inline speakers to 0.933,
		// precision to 0.982; batch l's twelve development articles, written apart from
		// the rules, brought block speakers to 0.929, inline found to 0.936 and inline
		// speakers to 0.927 before any rule was learnt from them; terms after 'dit' /
		// 'dite de' / 'list of' and an elided "l'", the pronoun after a named subject and
		// the verb whose 'que' clause holds the quotation raised inline speakers to 0.932
		// and precision to 0.991; roles read against the functions the text gave each
		// person and clauses before the main one ("Alors que X ..., il") raised block
		// speakers to 0.939; products before a model number and labels shared by
		// namesakes
		// to 0.952; batch m's twelve development articles, written apart from the rules,
		// brought block speakers to 0.889 (41 of their 68 blocks right) and inline
		// speakers to 0.920 before any rule was learnt from them; documents given as the
		// source, unnamed speakers before an aside and weak sources that open no clause
		// raised inline speakers to 0.929; the interviewee the paragraph opening an
		// interview names, the statement after a dangling 'il a déclaré que' and an
		// organisation's own noun after a possessive raised block speakers to 0.937;
		// co-chief roles before a name and 'one of them' as someone unnamed raised them
		// to 0.947; a name set between commas beside an unnamed subject taking the
		// subject's place raised inline speakers to 0.933; batch n's twelve development
		// articles, written apart from the rules, brought block speakers to 0.916 (47 of
		// their 64 blocks right), inline speakers to 0.905 and precision to 0.986 before
		// any rule was learnt from them; questions set in bold, a second name given with
		// 'known as', the pseudonyms of accounts and bloggers, a colon after a sentence
		// about someone and a short preposition opening a sentence raised block speakers
		// to 0.957, inline speakers to 0.924 and precision to 0.990; an account named by
		// its pseudonym, tracked as someone, raised them to 0.959 and 0.929, and an
		// unnamed source with a complement before its aside and 'reported that' inline
		// speakers to 0.932; a short phrase in the clause a speech verb opens with its
		// 'that' raised inline found to 0.949; batch o's twelve development articles,
		// written apart from the rules, brought block speakers to 0.946 and inline
		// found to 0.952; a speech verb inside a clause opening before the main one,
		// 'the lab' for a Laboratory, an outlet's titles, a colon after a role or a
		// title, a name beside an unnamed subject and its complement, and a subject
		// after its verb past a short complement raised block speakers to 0.956 and
		// inline speakers to 0.937; a role that is also a title, a source opening its
		// sentence as its subject and the subject a cleft sets apart raised them to
		// 0.958 and 0.942; batch p's twelve development articles, written apart from the
		// rules, brought block speakers to 0.954 and inline speakers to 0.945; officials
		// speaking for the public body they serve, courts, a platform after a possessive,
		// names in brackets with their language, names that open with a place and roles
		// of someone unnamed raised them to 0.962 and 0.947; a phrase after a possessive,
		// French teams and unnamed subjects that do not go on with the speaker before
		// raised block speakers to 0.963 and inline found to 0.955; the missing English
		// prepositions raised inline speakers to 0.949; batch q's twelve development
		// articles, written apart from the rules, brought block speakers to 0.953 and
		// inline speakers to 0.938; quotations quoting in other marks, pull-quotes signed
		// on the next line, 'According to X:', epigraphs, bodies named with their
		// acronym, credits lines, people known by their trade, « celui-ci » and « ce
		// dernier », places after 'à' and accounts speaking for their owner raised them
		// to 0.966 and 0.948; a document after a possessive, bodies named in small
		// letters and « s'est-il contenté de répondre » raised them to 0.968 and 0.952
		assertFloors(report, 0.94, 0.93, 0.92, 0.98);
	}

	@Test
	void holdsItsScoreOnTheHeldOutHalf() {
		Report report = this.evaluation.evaluate("eval/quotes/test");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// inline speakers rose from 0.782 to 0.817 with rules learnt on the development
		// half; batch j then brought eleven French blocks of which four had the right
		// speaker, and block speakers fell from 0.891 to 0.843; batch m's twelve
		// articles then brought them from 0.847 to 0.826, and the interviewee named by
		// the paragraph opening an interview, the statement after a dangling 'il a
		// déclaré que' and an organisation's own noun after a possessive raised them to
		// 0.876 the same day; batch n's twelve brought them to 0.862 and inline speakers
		// to 0.821; the rules of batch n's round (learnt on the development half) brought
		// block speakers to 0.874 and inline speakers to 0.837; a short phrase in a
		// clause a speech verb opens with its 'that' raised inline found to 0.942;
		// batch o's twelve brought block speakers to 0.868, inline found to 0.947 and
		// inline speakers to 0.847; the rules of batch o's round raised block speakers to
		// 0.878; batch p's thirteen brought them to 0.872 and inline speakers to 0.851,
		// and the rules of batch p's round raised them to 0.881 and 0.858; batch q's
		// twelve brought block speakers to 0.870 and inline speakers to 0.862, and the
		// rules of batch q's round raised them to 0.874 and 0.863
		assertFloors(report, 0.86, 0.93, 0.84, 0.96);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesNoRuleWasYetMeasuredAgainst() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "j");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch j joined after the rest of the half had been scored in every round;
		// before any rule was written beside its development twin it gave blocks
		// 0.438 (7 of 16), inline found 0.960, inline speakers 0.792, precision 0.985
		assertFloors(report, 0.40, 0.93, 0.75, 0.95);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchK() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "k");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch k joined both halves on 2026-12-07; scored with the rules of the day
		// before, never read: blocks 0.950 (19 of 20), inline found 0.944, inline
		// speakers 0.882, precision 0.903
		assertFloors(report, 0.85, 0.90, 0.80, 0.88);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchL() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "l");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch l joined both halves on 2026-12-07, later that day; scored with the rules
		// of the morning, never read: blocks 0.821 (46 of 56), inline found 0.922, inline
		// speakers 0.746, precision 0.957
		assertFloors(report, 0.78, 0.88, 0.70, 0.92);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchM() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "m");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch m joined both halves on 2026-12-07, a day after batch l; scored with the
		// rules of that day, never read: blocks 0.736 (39 of 53), inline found 0.956,
		// inline speakers 0.826, precision 0.993; after that day's rules (learnt on the
		// development half, batch m's twelve included): blocks 0.906 (48 of 53), inline
		// found 0.956, inline speakers 0.826, precision 1.000
		assertFloors(report, 0.88, 0.92, 0.78, 0.95);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchN() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "n");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch n joined both halves on 2026-12-07, committed before any rule of its
		// round;
		// scored with the rules of the round before, never read: blocks 0.776 (45 of 58),
		// inline found 0.885, inline speakers 0.800, precision 0.979; after the round's
		// rules (learnt on the development half): blocks 0.793 (46 of 58), inline found
		// 0.885, inline speakers 0.859, precision 0.980
		assertFloors(report, 0.76, 0.85, 0.80, 0.95);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchO() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "o");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch o joined the held-out half on 2026-12-07, committed before its
		// development twin and before any rule of its round; scored with the rules of
		// that commit, never read: blocks 0.836 (46 of 55), inline found 0.986, inline
		// speakers 0.918, precision 0.992; the round's rules left every figure as it was
		assertFloors(report, 0.80, 0.95, 0.88, 0.96);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchP() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "p");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch p joined the held-out half on 2026-12-07 in two commits (four articles
		// replaced those that told events of the development half), both before any
		// rule learnt on its development twin; scored, never read: blocks 0.820 (41 of
		// 50), inline found 0.977, inline speakers 0.872, precision 0.938; after the
		// round's rules: blocks 0.840, inline speakers 0.895
		assertFloors(report, 0.78, 0.94, 0.85, 0.90);
	}

	@Test
	void holdsItsScoreOnTheHeldOutArticlesOfBatchQ() {
		Report report = this.evaluation.evaluate("eval/quotes/test", "q");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the held-out half never lists its errors").isEmpty();
		// batch q joined the held-out half on 2026-12-07, committed alone before its
		// development twin and before any rule of its round; scored, never read: blocks
		// 0.766 (36 of 47), inline found 1.000, inline speakers 0.878, precision 0.993;
		// after the round's rules: blocks 0.787, the rest as it was
		assertFloors(report, 0.74, 0.95, 0.84, 0.95);
	}

	@Test
	void holdsItsScoreOnPublicEnglishNews() {
		Report report = this.evaluation.evaluate("eval/quotes-public");

		System.out.println(report.summary());
		assertThat(report.errors()).as("the public set is held out too").isEmpty();
		// a short phrase in the clause a speech verb opens with its 'that' took two more
		// phrases for quotations here (precision 0.920 to 0.913); batch p's round raised
		// inline speakers from 0.716 to 0.765
		assertFloors(report, 0.33, 0.84, 0.72, 0.90);
	}

	@Test
	void refusesToScoreASetWithNothingInIt() {
		assertThatIllegalStateException().isThrownBy(() -> this.evaluation.evaluate("eval/quotes"))
			.withMessageContaining("No gold files");
	}

	private static void assertFloors(Report report, double blocks, double inlineFound, double inlineSpeakers,
			double precision) {
		assertThat(report.all().blockAccuracy()).as("block speaker accuracy").isGreaterThanOrEqualTo(blocks);
		assertThat(report.all().inlineRecall()).as("inline quotations found").isGreaterThanOrEqualTo(inlineFound);
		assertThat(report.all().inlineSpeakerAccuracy()).as("inline speaker accuracy")
			.isGreaterThanOrEqualTo(inlineSpeakers);
		assertThat(report.all().precision()).as("precision").isGreaterThanOrEqualTo(precision);
	}

}
