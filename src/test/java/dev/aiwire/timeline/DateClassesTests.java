package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.aiwire.markdown.MarkdownParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes of dated expressions a careful reader of the genre meets, in both
 * languages, each with the value a reader gives it in an article published on Wednesday
 * 16 July 2025 (or on the day a test names). What is no event date is here too: a false
 * date costs the timeline more than a missing one.
 */
class DateClassesTests {

	private static final LocalDate WEDNESDAY_16_JULY_2025 = LocalDate.of(2025, 7, 16);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> fr(String sentence) {
		return values(sentence, "fr", null, WEDNESDAY_16_JULY_2025);
	}

	private List<String> en(String sentence) {
		return values(sentence, "en", null, WEDNESDAY_16_JULY_2025);
	}

	/** As a sentence after one that gave the date {@code previous}. */
	private List<String> after(String previous, String lang, String sentence) {
		return values(sentence, lang, previous, WEDNESDAY_16_JULY_2025);
	}

	private List<String> on(String published, String lang, String sentence) {
		return values(sentence, lang, null, LocalDate.parse(published));
	}

	/** The values of a whole article's events, in order. */
	private List<String> document(String lang, String body) {
		return documentOn(WEDNESDAY_16_JULY_2025.toString(), lang, body);
	}

	private List<String> documentOn(String published, String lang, String body) {
		return this.tagger
			.tag(new MarkdownParser()
				.parse("---\ntitle: T\nlang: " + lang + "\ndate: " + published + "\n---\n\n" + body + "\n"))
			.stream()
			.map(DatedEvent::value)
			.toList();
	}

	private List<String> values(String sentence, String lang, String previous, LocalDate published) {
		return this.tagger.tagSentence(sentence, published, lang, previous)
			.stream()
			.map((timex) -> (timex.mod() != null) ? timex.value() + " " + timex.mod() : timex.value())
			.toList();
	}

	@Nested
	class NamedDaysAndMonths {

		@Test
		void readsADayWithOrWithoutItsWeekdayAndYear() {
			assertThat(fr("Le groupe a présenté le mardi 4 mars son nouveau modèle.")).containsExactly("2025-03-04");
			assertThat(fr("Le contrat a été signé le 3 février 2024.")).containsExactly("2024-02-03");
			assertThat(en("The lab released the model on Tuesday, March 4.")).containsExactly("2025-03-04");
			assertThat(en("The rules took effect on the 1st of July.")).containsExactly("2025-07-01");
		}

		@Test
		void readsTheYearAfterAnEnglishDayWithoutAComma() {
			assertThat(en("The deal closed on March 5 2024 after a long review.")).containsExactly("2024-03-05");
			assertThat(en("On Jan 5 2024 the two firms signed.")).containsExactly("2024-01-05");
		}

		@Test
		void readsADayToComeInTheFutureAndADayGoneInThePast() {
			assertThat(fr("La société publiera ses résultats le 28 août.")).containsExactly("2025-08-28");
			assertThat(en("The firm will report results on August 28.")).containsExactly("2025-08-28");
			assertThat(fr("Le 5 septembre dernier, la société a levé des fonds.")).containsExactly("2024-09-05");
		}

		@Test
		void readsAWeekdayAloneAsTheNearestOneTheTenseAllows() {
			assertThat(fr("Mardi, le fondateur a pris la parole devant les étudiants.")).containsExactly("2025-07-15");
			assertThat(en("Shares rose 4% on Monday.")).containsExactly("2025-07-14");
			assertThat(en("The beta will ship next Friday.")).containsExactly("2025-07-18");
			assertThat(fr("Le prototype a été montré mardi dernier.")).containsExactly("2025-07-15");
		}

		@Test
		void readsLastAndAWeekdayInEnglishAsTheOneOfTheWeekBefore() {
			// written on a Wednesday, "last Tuesday" is not the day before, which would
			// be
			// "yesterday", but the Tuesday of the week before
			assertThat(en("The shares fell last Tuesday.")).containsExactly("2025-07-08");
			// a weekday later in the week is the last one, in the week before too
			assertThat(en("The shares fell last Thursday.")).containsExactly("2025-07-10");
		}

		@Test
		void readsADayBeforeASecondVerbJoinedByAndByTheVerbBeforeIt() {
			// the future after "and" is the second verb's, not the day's
			assertThat(en("The group showed the model on Monday and will publish it in August."))
				.containsExactly("2025-07-14", "2025-08");
			assertThat(fr("Le groupe a présenté le modèle lundi et le publiera en août.")).containsExactly("2025-07-14",
					"2025-08");
		}

		@Test
		void readsAWeekdayAfterAnImperfectOfEtreWithoutParticipleAsGone() {
			// "était disponible" tells of the past as "était sorti" does, even when a
			// conditional comes later in the sentence
			assertThat(fr("Le service était disponible dès lundi aux abonnés et serait étendu à tous plus tard."))
				.containsExactly("2025-07-14");
		}

		@Test
		void readsTheWeekdayOfPublicationAsPublicationRatherThanADayNamedAWeekBefore() {
			// published on Thursday 16 October 2025; October 9 was the Thursday before
			assertThat(on("2025-10-16", "en", "A spokesperson said on Thursday that the company would wait."))
				.containsExactly("2025-10-16");
			assertThat(documentOn("2025-10-16", "en",
					"On October 9, the team released the model. "
							+ "A spokesperson said on Thursday that the company would wait."))
				.containsExactly("2025-10-09", "2025-10-16");
		}

		@Test
		void readsAMonthAloneByTheTense() {
			assertThat(fr("En mars, la start-up a levé 200 millions de yuans.")).containsExactly("2025-03");
			assertThat(fr("En septembre, l'entreprise ouvrira un centre à Hangzhou.")).containsExactly("2025-09");
			assertThat(en("In March, the start-up raised 200 million yuan.")).containsExactly("2025-03");
		}

		@Test
		void readsAMonthAskedForInAnImperativeOrPlannedInThePresentAsAhead() {
			// what the reader is asked to do can only be done from now on
			assertThat(en("Come back in August, when the team has shipped the new firmware."))
				.containsExactly("2025-08");
			assertThat(fr("Rendez-vous en juin pour la version complète.")).containsExactly("2026-06");
			// a passive plan in the present looks ahead, whatever the past forms before
			// it
			assertThat(en("The prototype, unveiled in Shanghai, impressed visitors, and the first units are "
					+ "planned for June 10."))
				.containsExactly("2026-06-10");
		}

		@Test
		void readsADayARuleTakesEffectOnAsOneToCome() {
			// a rule that takes effect is scheduled: the present tells of what is ahead
			assertThat(en("The rules take effect on Sept. 1.")).containsExactly("2025-09-01");
			assertThat(en("The ban takes effect on October 15.")).containsExactly("2025-10-15");
			assertThat(fr("Le décret entre en vigueur le 1er septembre.")).containsExactly("2025-09-01");
			assertThat(fr("Les mesures entrent en vigueur en novembre.")).containsExactly("2025-11");
			// in the past, the day it took effect
			assertThat(en("The rules took effect on Sept. 1.")).containsExactly("2024-09-01");
			assertThat(fr("Le décret, entré en vigueur le 1er septembre, est strict.")).containsExactly("2024-09-01");
		}

		@Test
		void readsADayInTheNextMonthsToldInThePresentAsOneOnTheCalendar() {
			// 43 days ahead: the conference of this summer, not of last August
			assertThat(fr("La conférence se tient le 28 août à Pékin.")).containsExactly("2025-08-28");
			assertThat(en("The conference takes place on August 28 in Beijing.")).containsExactly("2025-08-28");
			// narration in the present goes back further than a season ahead
			assertThat(fr("Le 17 février, Wang Xingxing figure parmi les invités.")).containsExactly("2025-02-17");
			assertThat(fr("Le 19 novembre, Alibaba dévoile son modèle.")).containsExactly("2024-11-19");
		}

	}

	@Nested
	class LastNextAndThis {

		@Test
		void readsYearsMonthsAndQuartersFromPublication() {
			assertThat(fr("Le chiffre d'affaires a doublé l'an dernier.")).containsExactly("2024");
			assertThat(fr("Cette année, le groupe vise un million d'utilisateurs.")).containsExactly("2025");
			assertThat(fr("La société lancera son assistant le mois prochain.")).containsExactly("2025-08");
			assertThat(fr("Les ventes ont reculé le trimestre dernier.")).containsExactly("2025-Q2");
			assertThat(en("The unit was set up last month.")).containsExactly("2025-06");
			assertThat(en("The company plans to list next year.")).containsExactly("2026");
			assertThat(en("The group expects profits to rise this quarter.")).containsExactly("2025-Q3");
		}

		@Test
		void readsQuartersAndHalvesCountedFromPublication() {
			assertThat(fr("Les ventes progresseront au prochain trimestre.")).containsExactly("2025-Q4");
			assertThat(en("Sales fell in the latest quarter.")).containsExactly("2025-Q2");
			assertThat(en("Sales fell in the most recent quarter.")).containsExactly("2025-Q2");
			assertThat(fr("Ce semestre, les ventes progressent.")).containsExactly("2025-H2");
			assertThat(fr("Le semestre dernier, les ventes ont reculé.")).containsExactly("2025-H1");
			assertThat(fr("Les ventes progresseront au prochain semestre.")).containsExactly("2026-H1");
			// "le semestre" alone names no half
			assertThat(fr("Le semestre a été difficile.")).isEmpty();
		}

		@Test
		void readsTheYearBeforeLastAndVoilaAsCountedBack() {
			assertThat(en("The year before last, sales doubled.")).containsExactly("2023");
			assertThat(fr("Voilà un an, la société a lancé l'assistant.")).containsExactly("2024");
			// "voilà un an que" is a span that runs up to now
			assertThat(fr("Voilà un an que la société a lancé l'assistant.")).isEmpty();
		}

		@Test
		void givesNoDateToAWeek() {
			// "last week" may be any of seven days, and a timeline gives none of them
			assertThat(fr("Le modèle a été mis à jour la semaine dernière.")).isEmpty();
			assertThat(en("The new service opens this week.")).isEmpty();
			assertThat(en("Two weeks ago, the group cut prices.")).isEmpty();
		}

	}

	@Nested
	class EarlyMidAndLate {

		@Test
		void readsTheModifierOfAMonthOrAYear() {
			assertThat(fr("Le modèle a été publié début mars.")).containsExactly("2025-03 START");
			assertThat(fr("La production commencera mi-2026.")).containsExactly("2026 MID");
			assertThat(fr("Les premières livraisons sont prévues à la fin de l'année.")).containsExactly("2025 END");
			assertThat(en("The service launched late last year.")).containsExactly("2024 END");
			assertThat(en("In mid-March the group laid off staff.")).containsExactly("2025-03 MID");
			assertThat(en("By the end of the summer, the company will launch its model."))
				.containsExactly("2025-SU END");
		}

		@Test
		void readsBothEndsOfAYearThatTurns() {
			assertThat(en("In late 2024 and early 2025, sales rose.")).containsExactly("2024 END", "2025 START");
			assertThat(fr("Fin 2024 et début 2025, les ventes ont progressé.")).containsExactly("2024 END",
					"2025 START");
		}

	}

	@Nested
	class QuartersAndHalves {

		@Test
		void readsQuartersAndHalvesWithOrWithoutTheirYear() {
			assertThat(fr("Au premier semestre, le chiffre d'affaires a progressé de 30 %."))
				.containsExactly("2025-H1");
			assertThat(fr("Au troisième trimestre 2024, la marge a reculé.")).containsExactly("2024-Q3");
			assertThat(fr("Au T1 2025, les ventes ont progressé.")).containsExactly("2025-Q1");
			assertThat(en("Q3 2025 revenue is expected to rise.")).containsExactly("2025-Q3");
			assertThat(en("In the second half of next year, sales will rise.")).containsExactly("2026-H2");
			assertThat(en("In the April-June quarter, sales rose.")).containsExactly("2025-Q2");
		}

		@Test
		void readsAQuarterOrAHalfNamedByItsMonthsOrItsEnd() {
			assertThat(on("2025-11-21", "en", "Revenue for the three months to the end of September rose 7.8%."))
				.containsExactly("2025-Q3");
			assertThat(on("2025-11-21", "en", "Revenue for the six months to the end of June rose."))
				.containsExactly("2025-H1");
			assertThat(on("2025-11-21", "en", "Revenue for the July-to-September quarter rose."))
				.containsExactly("2025-Q3");
			// three months to the end of a month that closes no quarter are a company's
			// own
			assertThat(on("2025-11-21", "en", "Revenue for the three months to the end of August rose.")).isEmpty();
		}

		@Test
		void readsWhatIsPromisedAsAhead() {
			assertThat(on("2025-04-17", "en", "Horizon has promised to announce the price in the third quarter."))
				.containsExactly("2025-Q3");
			// the promise itself stays in the past
			assertThat(on("2025-04-17", "en", "Horizon promised in March to cut prices.")).containsExactly("2025-03");
		}

		@Test
		void readsAQuarterRecalledAsAnnouncedByItsOwnTense() {
			// "comme annoncé", "as announced" recall an earlier word and tell nothing of
			// when the quarter falls
			assertThat(on("2025-04-17", "fr", "Au troisième trimestre, comme annoncé.")).containsExactly("2025-Q3");
			assertThat(on("2025-04-17", "en", "The chip, as announced in March, ships in the third quarter."))
				.containsExactly("2025-03", "2025-Q3");
		}

		@Test
		void readsWhatAFrenchPromiseNamesAsAheadAndThePromiseAsGone() {
			assertThat(on("2025-04-17", "fr", "La directrice a promis de nouveaux modèles au second semestre."))
				.containsExactly("2025-H2");
			assertThat(on("2025-04-17", "fr", "La directrice a promis de nouveaux modèles « au second semestre »."))
				.containsExactly("2025-H2");
			assertThat(on("2025-04-17", "fr", "La directrice a promis en mars de baisser les prix."))
				.containsExactly("2025-03");
		}

		@Test
		void readsAFiscalYearByItsNumber() {
			assertThat(en("In fiscal 2025, the company spent $10 billion.")).containsExactly("2025");
			assertThat(fr("Sur l'exercice 2024, les ventes ont progressé.")).containsExactly("2024");
		}

		@Test
		void readsAFiscalYearNamedFromPublicationWhateverTheCaseOfItsFirstWord() {
			// without the company's calendar, its fiscal year is the calendar year
			assertThat(en("This fiscal year, the company will spend more.")).containsExactly("2025");
			assertThat(en("Next fiscal year, the company will spend more.")).containsExactly("2026");
			assertThat(en("Last fiscal year, the company spent more.")).containsExactly("2024");
		}

		@Test
		void takesNoRobotForAHalf() {
			// Unitree's H1 is a humanoid, not the first half
			assertThat(en("Sixteen H1 humanoids danced on the stage.")).isEmpty();
		}

	}

	@Nested
	class Seasons {

		@Test
		void readsASeasonByItsWordAndTense() {
			assertThat(fr("Cet été, la société a ouvert un laboratoire à Pékin.")).containsExactly("2025-SU");
			assertThat(fr("L'automne dernier, le groupe a réduit ses prix.")).containsExactly("2024-FA");
			assertThat(en("Next spring, the company will open a centre.")).containsExactly("2026-SP");
			assertThat(en("In spring 2024 the start-up raised money.")).containsExactly("2024-SP");
		}

		@Test
		void readsASeasonAfterAPlanMadeByASubjectAsGone() {
			// "we planned" is a verb in the past, not a plan announced for the season
			assertThat(en("We planned for this in the autumn, when prices started to climb."))
				.containsExactly("2024-FA");
		}

		@Test
		void readsASchoolTermNamedByItsSeasonAsTheTermUnderWayOrTheNearest() {
			// a plan made in February for courses from the autumn term: the term that has
			// just begun, not the autumn before the plan
			assertThat(on("2024-09-09", "fr",
					"L'université avait promis en février de proposer des cours dès le semestre d'automne."))
				.containsExactly("2024-02", "2024-FA");
			assertThat(on("2025-03-20", "fr", "Au semestre d'automne, 300 étudiants ont suivi le cours."))
				.containsExactly("2024-FA");
			assertThat(on("2025-06-20", "fr", "Les cours commenceront au semestre d'automne."))
				.containsExactly("2025-FA");
			// a kind of thing named by its season is no date
			assertThat(fr("Une collection d'automne a été présentée.")).isEmpty();
		}

		@Test
		void givesNoDateToASeasonInGeneralOrAsAFigure() {
			// "l'hiver" with no preposition of time before it: a subject or an object
			assertThat(fr("Un analyste répondait que l'hiver, pour le fondeur, dure depuis 2020."))
				.containsExactly("2020");
			assertThat(fr("Les fabricants craignent l'hiver.")).isEmpty();
			// with one, the season
			assertThat(fr("À l'automne, la société lancera son modèle.")).containsExactly("2025-FA");
			assertThat(fr("Depuis l'hiver, les ventes reculent.")).containsExactly("2024-WI");
		}

	}

	@Nested
	class CountedFromPublication {

		@Test
		void readsWhatIsCountedBack() {
			assertThat(fr("Il y a trois mois, la société a changé de direction.")).containsExactly("2025-04");
			assertThat(fr("Le groupe a été fondé il y a dix ans.")).containsExactly("2015");
			assertThat(en("The firm was founded three years ago.")).containsExactly("2022");
			assertThat(en("Earlier this month, the group cut prices.")).containsExactly("2025-07");
			assertThat(en("Earlier this year, the group cut prices.")).containsExactly("2025");
		}

		@Test
		void readsTheStartOfASpanAndATarget() {
			assertThat(fr("Depuis janvier, les ventes ont doublé.")).containsExactly("2025-01");
			assertThat(en("Since 2023, the group has invested in chips.")).containsExactly("2023");
			assertThat(fr("D'ici 2027, la société veut former dix mille ingénieurs.")).containsExactly("2027");
			assertThat(en("By 2030, the company wants to train ten thousand engineers.")).containsExactly("2030");
		}

		@Test
		void givesNoDateToAForecastCountedForward() {
			// "dans cinq ans" is a horizon, often a hypothesis ("si dans cinq ans..."),
			// not
			// an event
			assertThat(fr("Si dans cinq ans un robot plie le linge, je me serai trompé.")).isEmpty();
			assertThat(en("It was the first loss in ten years.")).isEmpty();
		}

		@Test
		void readsTheYearOfPublicationFromDuringTheYearClosingItsClause() {
			assertThat(on("2025-03-20", "fr", "Le service s'est étendu dans le nord du pays au cours de l'année."))
				.containsExactly("2025");
			// the words after tell which year
			assertThat(on("2025-03-20", "fr", "Au cours de l'année 2023, le service s'est étendu."))
				.containsExactly("2023");
			assertThat(on("2025-03-20", "fr", "Au cours de l'année écoulée, le service s'est étendu.")).isEmpty();
		}

		@Test
		void readsDuringTheYearInThePastAsTheYearTheTextNamedBefore() {
			assertThat(document("fr",
					"En 2024, l'éditeur a réalisé un chiffre d'affaires de cinq milliards de yuans."
							+ " Quarante millions de particuliers ont payé un abonnement au cours de l'année."))
				.containsExactly("2024", "2024");
			// in the present, the year of publication whatever came before
			assertThat(document("fr",
					"En 2024, l'éditeur a réalisé un chiffre d'affaires de cinq milliards de yuans."
							+ " Le groupe vise deux fois plus d'abonnés au cours de l'année."))
				.containsExactly("2024", "2025");
		}

	}

	@Nested
	class Ranges {

		@Test
		void readsBothEndsOfARange() {
			assertThat(en("Between March and May, the firm hired 500 engineers.")).containsExactly("2025-03",
					"2025-05");
			assertThat(fr("Le salon se tient du 26 au 28 juillet à Shanghai.")).containsExactly("2025-07-26",
					"2025-07-28");
			assertThat(en("The programme ran from 2021 to 2023.")).containsExactly("2021", "2023");
			assertThat(en("The fiscal year 2023-24 was the best in its history.")).containsExactly("2023", "2024");
		}

		@Test
		void readsANightBetweenTwoWeekdaysAsOneDay() {
			// what happens in the night mostly falls after midnight, on the day that
			// begins
			assertThat(fr("Le site est tombé en panne dans la nuit de dimanche à lundi."))
				.containsExactly("2025-07-14");
			// what lasts all night starts on the first evening
			assertThat(fr("Les ingénieurs ont travaillé toute la nuit de dimanche à lundi."))
				.containsExactly("2025-07-13");
		}

	}

	@Nested
	class AnchoredOnAnEarlierDate {

		@Test
		void countsFromTheDateBefore() {
			assertThat(after("2025-03-03", "fr", "Le lendemain, l'action a bondi de 8 %."))
				.containsExactly("2025-03-04");
			assertThat(after("2025-03-03", "fr", "Trois jours plus tard, la société a retiré le modèle."))
				.containsExactly("2025-03-06");
			assertThat(after("2025-03", "en", "A month earlier, the company had raised money."))
				.containsExactly("2025-02");
			assertThat(after("2023", "en", "The following year, the company raised money.")).containsExactly("2024");
			assertThat(after("2025-03-03", "fr", "La veille, la société avait publié ses résultats."))
				.containsExactly("2025-03-02");
		}

		@Test
		void readsTheSameEveningInANewSectionAsTheDayOfTheNews() {
			String news = "Le 14 juillet, Xiaomi a lancé sa nouvelle voiture à Pékin.\n\n"
					+ "Le 2 mars, le groupe avait présenté un robot à Barcelone.\n\n";
			// past a heading, the date before belongs to another part of the story
			assertThat(document("fr",
					news + "## Des lunettes\n\nLes lunettes présentées le même soir coûtent 1 999 yuans."))
				.containsExactly("2025-03-02", "2025-07-14", "2025-07-14");
			// in the same section, it is still the date before
			assertThat(document("fr", news + "Les lunettes présentées le même soir coûtent 1 999 yuans."))
				.containsExactly("2025-03-02", "2025-03-02", "2025-07-14");
		}

		@Test
		void countsAQuarterEarlierOrLaterFromTheLastQuarterNamed() {
			// the sentence before opens on another date: the quarter it named is the one
			// counted from
			assertThat(document("en",
					"On Tuesday, the unit said it earned 700 million yuan in the third quarter, "
							+ "its first profit since March 2024. A quarter earlier, it had lost 300 million yuan."))
				.containsExactly("2024-03", "2025-Q2", "2025-Q3", "2025-07-15");
			assertThat(
					document("fr",
							"Le groupe a gagné 2 milliards de yuans au deuxième trimestre 2024. "
									+ "Un trimestre plus tard, il perdait de l'argent."))
				.containsExactly("2024-Q2", "2024-Q3");
			// nothing when the text named no quarter
			assertThat(document("fr", "Un trimestre plus tard, il perdait de l'argent.")).isEmpty();
		}

		@Test
		void countsTheSameOrTheFollowingYearFromTheYearTheStoryToldLast() {
			// the sentence before opened with one year and went on to a later one: the
			// story has reached the later one
			assertThat(
					document("fr",
							"Diplômée de Fudan en 2012, elle part à Stanford, où elle soutient sa thèse en "
									+ "2017. La même année, elle fonde sa société."))
				.containsExactly("2012", "2017", "2017");
			assertThat(
					document("en",
							"He left Baidu in 2012 and finished his degree in 2016. "
									+ "The following year, he started the company."))
				.containsExactly("2012", "2016", "2017");
		}

		@Test
		void readsThatSameEveningAsTheDayBefore() {
			assertThat(after("2025-03-03", "en", "That evening, the company published results."))
				.containsExactly("2025-03-03");
			assertThat(after("2025-03-03", "en", "That same evening, the glasses were shown."))
				.containsExactly("2025-03-03");
		}

		@Test
		void readsEarlierAndLaterInTheYearAsTheYearBefore() {
			assertThat(after("2023", "en", "Later in the year, the company cut prices.")).containsExactly("2023");
			assertThat(after("2025-03", "en", "Earlier in the year, the company had cut prices."))
				.containsExactly("2025");
			assertThat(after("2023", "fr", "Plus tard dans l'année, la société a baissé ses prix."))
				.containsExactly("2023");
			// with no date before, no year
			assertThat(en("Later in the year, the company cut prices.")).isEmpty();
		}

	}

	@Nested
	class Festivals {

		@Test
		void readsTheDayOfAFestivalNamedWithItsYear() {
			assertThat(
					on("2025-09-30", "en", "Fans asked whether parcels would arrive before Double Eleven next year."))
				.containsExactly("2026-11-11");
			assertThat(on("2025-09-30", "en", "Last year's Singles' Day was quiet.")).containsExactly("2024-11-11");
			assertThat(on("2025-09-30", "fr", "Les marques préparent déjà le Double Onze de l'an prochain."))
				.containsExactly("2026-11-11");
			assertThat(on("2025-09-30", "fr", "La fête des célibataires 2024 a été calme."))
				.containsExactly("2024-11-11");
		}

		@Test
		void givesNoDateToAFestivalNamedAlone() {
			// which year's, and the sales run for weeks around the day
			assertThat(en("Sales on Singles' Day reached a record.")).isEmpty();
			assertThat(fr("Le Double Onze a été calme.")).isEmpty();
			assertThat(en("The robots danced at the Spring Festival Gala.")).isEmpty();
		}

	}

	@Nested
	class InQuotations {

		@Test
		void readsADateSaidInAQuotationFromTheDayItWasSaid() {
			assertThat(en("\"We will ship it next month,\" he said.")).containsExactly("2025-08");
			assertThat(fr("« L'an dernier a été le plus dur », a-t-elle dit.")).containsExactly("2024");
		}

		@Test
		void readsSpeechToldInThePastFromTheDayThePreviousSentenceGave() {
			// the students heard "tomorrow" on March 3
			assertThat(document("en",
					"On March 3, Wang spoke to students in Hangzhou. "
							+ "He told them: \"Tomorrow we release the weights.\""))
				.containsExactly("2025-03-03", "2025-03-04");
			assertThat(document("fr",
					"Le 3 mars, Wang a parlé aux étudiants de Hangzhou. "
							+ "Il leur a dit : « Demain, nous publions les poids. »"))
				.containsExactly("2025-03-03", "2025-03-04");
			// speech told in the present is today's
			assertThat(document("en",
					"On March 3, Wang spoke to students in Hangzhou.\n\n"
							+ "He says: \"Tomorrow we release the weights.\""))
				.containsExactly("2025-03-03", "2025-07-17");
		}

		@Test
		void givesNoDateToADayAwaitedOrRemembered() {
			assertThat(on("2024-11-27", "fr", "« Nous avons attendu ce jour longtemps », a-t-il déclaré.")).isEmpty();
			assertThat(on("2024-11-27", "fr", "Elle se souvient de ce jour où le serveur est tombé.")).isEmpty();
			// "ce jour" as the day of writing stays
			assertThat(on("2024-11-27", "fr", "La société a annoncé ce jour son entrée en Bourse."))
				.containsExactly("2024-11-27");
		}

	}

	@Nested
	class NoEventDate {

		@Test
		void givesNoDateToTimesDurationsAgesOrFrequencies() {
			assertThat(en("The meeting started at 10 a.m. and lasted two hours.")).isEmpty();
			assertThat(en("He has worked on chips for three years.")).isEmpty();
			assertThat(en("The founder, 38, studied in Hangzhou.")).isEmpty();
			assertThat(en("The service runs 24/7.")).isEmpty();
			assertThat(en("Every year the company hosts a developer day.")).isEmpty();
			assertThat(fr("Il travaille sur les puces depuis trois ans.")).isEmpty();
			assertThat(fr("Le fondateur, 38 ans, a étudié à Hangzhou.")).isEmpty();
			assertThat(fr("Le modèle s'entraîne en 2 heures.")).isEmpty();
			assertThat(fr("Chaque année, la société organise une journée des développeurs.")).isEmpty();
		}

		@Test
		void givesNoDateToVersionsOrAmounts() {
			assertThat(en("DeepSeek V3.1 beats Gemini 2.5 on several tests.")).isEmpty();
			assertThat(en("The company sold 2025 units in the quarter.")).isEmpty();
			assertThat(fr("L'abonnement coûte 2 000 yuans par mois.")).isEmpty();
			assertThat(fr("Le groupe a vendu 2025 exemplaires.")).isEmpty();
		}

	}

}
