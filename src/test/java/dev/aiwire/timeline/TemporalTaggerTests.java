package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tagger makes of the dates of one sentence, given the publication date. */
class TemporalTaggerTests {

	private static final LocalDate MONDAY_20_MAY_2024 = LocalDate.of(2024, 5, 20);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> french(String sentence) {
		return values(sentence, "fr", null);
	}

	private List<String> french(String sentence, String published) {
		return this.tagger.tagSentence(sentence, LocalDate.parse(published), "fr", null)
			.stream()
			.map(Timex::value)
			.toList();
	}

	private List<String> english(String sentence) {
		return values(sentence, "en", null);
	}

	private List<String> english(String sentence, String published) {
		return this.tagger.tagSentence(sentence, LocalDate.parse(published), "en", null)
			.stream()
			.map((timex) -> (timex.mod() != null) ? timex.value() + " " + timex.mod() : timex.value())
			.toList();
	}

	/** As {@link #values}, for an article published on another day. */
	private List<String> values(String sentence, String lang, String previous, String published) {
		return this.tagger.tagSentence(sentence, LocalDate.parse(published), lang, previous)
			.stream()
			.map((timex) -> (timex.mod() != null) ? timex.value() + " " + timex.mod() : timex.value())
			.toList();
	}

	private List<String> values(String sentence, String lang, String previous) {
		return this.tagger.tagSentence(sentence, MONDAY_20_MAY_2024, lang, previous)
			.stream()
			.map((timex) -> (timex.mod() != null) ? timex.value() + " " + timex.mod() : timex.value())
			.toList();
	}

	@Nested
	class ExplicitDates {

		@Test
		void readsFullFrenchDates() {
			assertThat(french("Le modèle a été publié le 14 mars 2024 à Pékin.")).containsExactly("2024-03-14");
			assertThat(french("Les accords signés le 1er mai 1962 tiennent toujours.")).containsExactly("1962-05-01");
		}

		@Test
		void readsTheLastQuarterOfAYearOrAYearsQuarterAsOneQuarter() {
			assertThat(english("Sales fell in the last quarter of 2023.")).containsExactly("2023-Q4");
			assertThat(english("Sales fell in the final quarter of last year.")).containsExactly("2023-Q4");
			assertThat(english("Sales fell in 2023's fourth quarter.")).containsExactly("2023-Q4");
			// without a year, the quarter before this one
			assertThat(english("Sales fell last quarter.")).containsExactly("2024-Q1");
		}

		@Test
		void readsAQuarterNamedByItsLastMonthAsThatQuarter() {
			assertThat(english("Sales rose in the June quarter of 2023.")).containsExactly("2023-Q2");
			assertThat(english("Sales rose in the December quarter.")).containsExactly("2023-Q4");
			// results are reported on a quarter that has begun, whatever the tense
			assertThat(english("The bank will report its results for the March quarter next week."))
				.containsExactly("2024-Q1");
			// a month that ends no quarter names none
			assertThat(english("Sales rose in the May quarter.")).doesNotContain("2024-Q2", "2023-Q2");
		}

		@Test
		void readsANumberedQuarterWithoutItsYearLikeItsName() {
			assertThat(english("Sales fell in Q1."))
				.containsExactly(english("Sales fell in the first quarter.").get(0));
			assertThat(english("Sales will grow in Q4.")).containsExactly("2024-Q4");
			assertThat(english("Sales fell in Q3 2023.")).containsExactly("2023-Q3");
		}

		@Test
		void readsAbbreviatedMonthsWithOrWithoutTheirPoint() {
			assertThat(english("The firm was registered on Sept 5, 2019.")).containsExactly("2019-09-05");
			assertThat(english("Shares fell on Jan 27, 2025, as the app spread.")).containsExactly("2025-01-27");
			assertThat(english("The firm was registered in Sept. 2019.")).containsExactly("2019-09");
			assertThat(english("The Aug 2023 report came late.")).containsExactly("2023-08");
			// alone, a short form may be a name
			assertThat(english("Jan said it twice in 2023.")).containsExactly("2023");
		}

		@Test
		void readsMonthsAndYears() {
			assertThat(french("La société a été fondée en mars 2023.")).containsExactly("2023-03");
			assertThat(french("En 2020, Baidu a changé de cap.")).containsExactly("2020");
			assertThat(french("Le groupe est coté depuis 2019.")).containsExactly("2019");
		}

		@Test
		void readsAYearSetAsAHorizon() {
			assertThat(french("À l'horizon 2035, le pays veut fabriquer ses propres puces.")).containsExactly("2035");
		}

		@Test
		void keepsTheModifierOfAPeriod() {
			assertThat(french("Début 2016, le laboratoire comptait dix chercheurs.")).containsExactly("2016 START");
			assertThat(french("Le projet a été lancé fin janvier de cette année.")).containsExactly("2024-01 END");
			assertThat(french("Les premiers tests ont eu lieu à la mi-juillet 2023.")).containsExactly("2023-07 MID");
			assertThat(french("Le modèle était prêt à la fin de l'année dernière.")).containsExactly("2023 END");
		}

		@Test
		void readsAFrenchSeasonAfterLeWhenAPrepositionOrAVerbMakesItTheSeason() {
			assertThat(french("L'équipe prépare un successeur pour le printemps.", "2025-01-20"))
				.containsExactly("2025-SP");
			assertThat(french("Le printemps a été le plus sombre de sa carrière.")).containsExactly("2024-SP");
			assertThat(french("Il teste tous ces outils depuis le printemps.", "2025-06-24"))
				.containsExactly("2025-SP");
			assertThat(french("La version finale est attendue d'ici le printemps.", "2025-06-24"))
				.containsExactly("2026-SP");
			// a season that names something else is no date
			assertThat(french("Le printemps arabe a changé la région.")).isEmpty();
			assertThat(french("Le printemps des start-up a lieu à Paris.")).isEmpty();
		}

		@Test
		void readsASeasonNamedWithDeLAfterWordsThatPlaceADateInIt() {
			assertThat(french("La société compte ouvrir son usine au cours de l'été.")).containsExactly("2024-SU");
			// the winter that began in December 2023
			assertThat(french("Le robot a été livré à la fin de l'hiver.")).containsExactly("2023-WI END");
			// a kind of thing named after a season is no date
			assertThat(french("La marque a lancé une collection de l'été sans date.")).isEmpty();
		}

		@Test
		void readsAllSummerAsTheSeason() {
			assertThat(english("Chip stocks have climbed all summer.", "2024-08-28")).containsExactly("2024-SU");
			assertThat(english("The firm hired all winter.", "2024-05-20")).containsExactly("2023-WI");
		}

		@Test
		void readsQuartersAndSeasons() {
			assertThat(french("Les ventes ont doublé au troisième trimestre 2023.")).containsExactly("2023-Q3");
			assertThat(french("Le chiffre d'affaires du T3 2023 a déçu.")).containsExactly("2023-Q3");
			assertThat(french("La puce a été annoncée au printemps 2023.")).containsExactly("2023-SP");
		}

		@Test
		void readsNumericDates() {
			assertThat(french("La licence expire le 14/03/2025.")).containsExactly("2025-03-14");
		}

		@Test
		void givesEachDayOfACoordinationItsOwnValue() {
			assertThat(french("Les tests ont eu lieu les 6 et 13 avril 2023.")).containsExactly("2023-04-06",
					"2023-04-13");
		}

		@Test
		void findsTheYearOfADayWhoseWeekdayIsStated() {
			// 29 August fell on a Thursday in 2024 and on a Tuesday in 2023
			assertThat(french("La conférence s'ouvre le jeudi 29 août.")).containsExactly("2024-08-29");
			assertThat(french("La conférence s'est ouverte le mardi 29 août.")).containsExactly("2023-08-29");
		}

	}

	@Nested
	class RelativeDates {

		@Test
		void resolvesDaysAgainstPublication() {
			assertThat(french("Le groupe a annoncé hier une levée de fonds.")).containsExactly("2024-05-19");
			assertThat(french("Avant-hier, l'action a chuté.")).containsExactly("2024-05-18");
			assertThat(french("Le modèle sera disponible demain.")).containsExactly("2024-05-21");
		}

		@Test
		void resolvesYearsAndMonthsAgainstPublication() {
			assertThat(french("Cette année, la concurrence s'est durcie.")).containsExactly("2024");
			assertThat(french("L'an dernier, la start-up a levé 1 milliard.")).containsExactly("2023");
			assertThat(french("L'année prochaine, le groupe entrera en Bourse.")).containsExactly("2025");
			assertThat(french("Le mois dernier, OpenAI a répondu.")).containsExactly("2024-04");
			assertThat(french("Il a quitté le groupe en septembre de l'année dernière.")).containsExactly("2023-09");
		}

		@Test
		void resolvesWeekdays() {
			assertThat(french("Vendredi dernier, le titre a reculé.")).containsExactly("2024-05-17");
			assertThat(french("Le conseil se réunira lundi prochain.")).containsExactly("2024-05-27");
			assertThat(french("Le groupe a publié ses résultats mardi.")).containsExactly("2024-05-14");
		}

		@Test
		void readsAWeekdayOfTheWeekBeforeOrAfterPublication() {
			// published on Monday 20 May 2024
			assertThat(french("Lundi de la semaine dernière, Zhipu a publié son modèle."))
				.containsExactly("2024-05-13");
			assertThat(french("Le vote aura lieu jeudi de la semaine prochaine.")).containsExactly("2024-05-30");
			assertThat(english("On Friday of last week, the shares fell.")).containsExactly("2024-05-17");
			assertThat(english("The vote takes place on Tuesday next week.")).containsExactly("2024-05-28");
		}

		@Test
		void readsADayNamedWithoutItsMonthByAPartOfTheDay() {
			// published on 20 May 2024
			assertThat(french("L'accident survenu le 29 au soir me pèse.")).containsExactly("2024-04-29");
			assertThat(french("Le vote a eu lieu le 14 au matin.")).containsExactly("2024-05-14");
			assertThat(french("Le résultat tombera le 3 au soir.")).containsExactly("2024-06-03");
			assertThat(english("Shares fell on the 14th, a day after the launch.")).containsExactly("2024-05-14");
			assertThat(english("The vote will take place on the 3rd.")).containsExactly("2024-06-03");
			assertThat(english("The office moved on the 29th floor.")).isEmpty();
			// a number alone is no day
			assertThat(french("Il en a vendu le 29 pour cent.")).isEmpty();
		}

		@Test
		void givesNothingForWeeks() {
			assertThat(french("La semaine dernière, le cours a doublé.")).isEmpty();
		}

	}

	@Nested
	class CountedFromADate {

		@Test
		void countsBackFromPublication() {
			assertThat(english("He stepped away from running the company four years ago.")).containsExactly("2020");
			assertThat(english("The rule changed three months ago.")).containsExactly("2024-02");
			assertThat(french("Il y a deux ans, le groupe a changé de cap.")).containsExactly("2022");
			assertThat(french("Le ton tranche avec les débats d'il y a deux ans.")).containsExactly("2022");
			assertThat(french("Il y a 3 mois, la règle a changé.")).containsExactly("2024-02");
		}

		@Test
		void keepsTheMonthOfAnAnniversary() {
			assertThat(english("Two years ago this month, he founded the company.")).containsExactly("2022-05");
			assertThat(french("Il y a un an ce mois-ci, il fondait la société.")).containsExactly("2023-05");
		}

		@Test
		void countsFromTheDateMentionedBefore() {
			assertThat(values("Deux mois plus tard, le concurrent a suivi.", "fr", "2023-02"))
				.containsExactly("2023-04");
			assertThat(values("Quatre mois plus tard, il partait.", "fr", "2023-02-14")).containsExactly("2023-06");
			assertThat(values("Two days later, at a briefing, he spoke out.", "en", "2025-05-19"))
				.containsExactly("2025-05-21");
		}

		@Test
		void countsBackToAnEarlierEventToldInThePastPerfect() {
			// the hearing was on the date before; the fall it follows came two days
			// earlier
			assertThat(
					values("The nominee told the committee, two days after the shares had tumbled, that he would act.",
							"en", "2025-01-29"))
				.containsExactly("2025-01-27");
			assertThat(values("She signed the order, three days before the board had met.", "en", "2024-03-10"))
				.containsExactly("2024-03-13");
		}

		@Test
		void doesNotCountBackFromTheOpeningOfASentenceNorWithoutThePastPerfect() {
			// the sentence's own event is the one two days after: its date is unknown
			assertThat(values("Two days after the shares had tumbled, he resigned.", "en", "2025-01-29")).isEmpty();
			assertThat(values("He resigned, two days after the shares tumbled.", "en", "2025-01-29")).isEmpty();
		}

		@Test
		void givesNoDayForWeeksCountedFromPublicationWhichCountOnlyRoughly() {
			assertThat(english("A week ago, the shares fell.")).isEmpty();
			assertThat(french("Il y a une semaine, l'action a chuté.")).isEmpty();
		}

		@Test
		void countsWeeksFromTheDayMentionedBefore() {
			// a text that dates one event to the day dates the other a week away
			assertThat(values("Three weeks earlier, the rules had changed.", "en", "2025-05-19"))
				.containsExactly("2025-04-28");
			assertThat(values("Une semaine plus tard, le texte était adopté.", "fr", "2024-03-12"))
				.containsExactly("2024-03-19");
			// nothing finer than a month counted from a month
			assertThat(values("Two weeks later, the rules changed.", "en", "2024-03")).isEmpty();
		}

		@Test
		void givesNothingFinerThanTheDateItCountsFrom() {
			assertThat(values("Two days later, he spoke out.", "en", "2025")).isEmpty();
			assertThat(values("Deux mois plus tard, il partait.", "fr", null)).isEmpty();
		}

		@Test
		void leavesDurationsAndVagueCountsAlone() {
			assertThat(french("Il y a deux ans que la start-up existe.")).isEmpty();
			assertThat(french("Il y a quelques années, personne n'en parlait.")).isEmpty();
			assertThat(english("The company has existed for two years.")).isEmpty();
			assertThat(english("A few years ago, nobody cared.")).isEmpty();
		}

	}

	@Nested
	class YearsAndTheirParts {

		@Test
		void readsTheYearOfTheAccountsThatFollowsTheirNounInFrench() {
			assertThat(french("Ses résultats 2022 montraient déjà une perte nette.")).containsExactly("2022");
			assertThat(french("Selon ses comptes 2024, la Chine pèse un cinquième de ses ventes."))
				.containsExactly("2024");
			assertThat(french("Les chiffres 2023 du groupe ont déçu.")).containsExactly("2023");
		}

		@Test
		void readsAYearThatIsTheSubjectOfAClause() {
			assertThat(french("Le patron a prévenu que 2026 serait une année de transition.")).containsExactly("2026");
			assertThat(french("Comme 2019 avait été celle des téléphones, 2020 fut celle des montres."))
				.containsExactly("2019", "2020");
			assertThat(english("As 2022 had been the year of the cloud, the board expected a quieter one."))
				.containsExactly("2022");
			// a count of people takes the plural
			assertThat(french("Le syndicat craint que 2000 soient licenciés.")).isEmpty();
			assertThat(english("The union said that 2000 were laid off.")).isEmpty();
		}

		@Test
		void readsATwoDigitYearAfterAWordThatIntroducesAYear() {
			assertThat(french("Deux ruptures en 97 (en janvier rue Saint-Dizier, en octobre rue de Metz), rien en 98.",
					"1999-07-29"))
				.containsExactly("1997", "1997-01", "1997-10", "1998");
			assertThat(french("Le colis est arrivé en 24 heures, noté en 18 points et livré en 3D.", "1999-07-29"))
				.isEmpty();
		}

		@Test
		void readsTheEndOfTheYearHoweverItIsWritten() {
			assertThat(english("The plant will open by the end of year.")).containsExactly("2024 END");
			assertThat(english("The plant will open by year-end.")).containsExactly("2024 END");
			assertThat(french("L'usine ouvrira d'ici la fin d'année.")).containsExactly("2024 END");
		}

		@Test
		void leavesOutAYearPhraseThatOnlyFramesAFinerDateOfTheSentence() {
			assertThat(english("This year's keynote, on May 19, was less about chips.")).containsExactly("2024-05-19");
			assertThat(english("At this year's Spring Festival Gala on January 28, robots danced."))
				.containsExactly("2024-01-28");
			assertThat(french("L'an dernier, en mars, la start-up a levé des fonds.")).containsExactly("2023-03");
			assertThat(english("This year the model shipped, and on May 2 of last year the lab opened."))
				.containsExactly("2024", "2023-05-02");
		}

		@Test
		void leavesOutAPossessiveYearPhraseWhoseLongNounPhraseEndsOnAFinerDate() {
			assertThat(english("At this year's annual robotics fair in Shenzhen on May 3, the start-up sold out."))
				.containsExactly("2024-05-03");
			// a finer date in another clause leaves the year standing
			assertThat(english("This year's results were strong, and on May 3 the lab hired two hundred people."))
				.containsExactly("2024", "2024-05-03");
		}

		@Test
		void readsAQuarterNamedByItsMonths() {
			assertThat(french("Les résultats du trimestre de janvier à mars ont rassuré.")).containsExactly("2024-Q1");
			assertThat(english("Revenue for the October-December quarter rose.")).containsExactly("2023-Q4");
			assertThat(french("Les résultats du trimestre de février à avril ont rassuré.")).isEmpty();
		}

		@Test
		void readsHalvesOfAYear() {
			assertThat(english("UBTech's robot started training in the first half of last year."))
				.containsExactly("2023-H1");
			assertThat(english("Deliveries will start in the second half of 2025.")).containsExactly("2025-H2");
			assertThat(french("Ernie 5.0, attendu au second semestre, sera multimodal.")).containsExactly("2024-H2");
			assertThat(french("Le chiffre d'affaires du premier semestre 2024 a doublé.")).containsExactly("2024-H1");
			assertThat(english("The team scored twice in the first half of the match.")).isEmpty();
		}

		@Test
		void readsAHalfNamedAloneAfterAPrepositionAsTheYearsHalf() {
			assertThat(english("Analysts expect output to grow in the second half.")).containsExactly("2024-H2");
			assertThat(english("We hope to show a lighter robot in the second half-year.")).containsExactly("2024-H2");
			// the year the sentence gave places it
			assertThat(english("In 2022, sales slowed in the second half.")).containsExactly("2022", "2022-H2");
			// a half that something else has is not the year's
			assertThat(english("Shares fell in the second half of the session.")).isEmpty();
			assertThat(english("In 2023's first half, sales doubled.")).containsExactly("2023-H1");
			assertThat(english("The second half was slower.")).isEmpty();
		}

		@Test
		void readsAHalfAloneAsTheYearsHalfWhenWhetherOrIfAsksAboutIt() {
			assertThat(english("Investors want to know whether the second half brings more orders."))
				.containsExactly("2024-H2");
			assertThat(english("The chips will sell out if the second half goes as planned."))
				.containsExactly("2024-H2");
			assertThat(english("Nobody knows whether the second half of the final will be shown.")).isEmpty();
		}

		@Test
		void readsThreeOrSixMonthsEndingOnAQuartersLastDayAsThatQuarterOrHalf() {
			assertThat(english("Revenue rose 26% in the three months to March 31.")).containsExactly("2024-Q1");
			assertThat(english("Revenue rose in the six months ended December 31, 2023.")).containsExactly("2023-H2");
			assertThat(english("Profit fell in the three months ended September 30, 2023.")).containsExactly("2023-Q3");
			assertThat(english("Sales fell in the three months ended in March.")).containsExactly("2024-Q1");
			assertThat(english("Results for the quarter ending September 30 are due in November."))
				.containsExactly("2024-Q3", "2024-11");
			// a company's own period is no calendar quarter, nor a day
			assertThat(english("Revenue rose in the three months to May 31.")).isEmpty();
			assertThat(english("Revenue rose in the three months to June 29.")).isEmpty();
		}

		@Test
		void readsTheFirstOrLastMonthsOfAYearAsItsQuarterOrHalf() {
			assertThat(french("Les ventes ont progressé par rapport aux trois premiers mois de l'année."))
				.containsExactly("2024-Q1");
			assertThat(french("Sur les six derniers mois de 2023, la perte a doublé.")).containsExactly("2023-H2");
			assertThat(english("Sales doubled in the first six months of last year.")).containsExactly("2023-H1");
			assertThat(english("In 2022, sales fell in the last three months of the year.")).containsExactly("2022",
					"2022-Q4");
			// months that are no quarter of a year are no date
			assertThat(french("Les trois premiers mois du programme ont déçu.")).isEmpty();
		}

		@Test
		void readsAQuarterWhoseResultsAreReportedAsOneThatHasBegun() {
			assertThat(english("The bank will report its first-quarter earnings next week."))
				.containsExactly("2024-Q1");
			assertThat(english("Results for the second quarter will come in August.")).containsExactly("2024-Q2",
					"2024-08");
			assertThat(french("Le groupe publiera ses résultats du premier trimestre jeudi."))
				.containsExactly("2024-Q1", "2024-05-23");
			// without a report, the future still looks ahead
			assertThat(english("Sales will pick up in the first quarter.")).containsExactly("2025-Q1");
		}

		@Test
		void readsTheCurrentQuarterAsTheQuarterOfPublication() {
			assertThat(english("Meituan warned of a large loss in the current quarter.")).containsExactly("2024-Q2");
		}

		@Test
		void readsAYearThatIsTheSubjectOfAConditional() {
			assertThat(french("Il a estimé que l'objectif de 2026 serait de vendre à l'étranger."))
				.containsExactly("2026");
			assertThat(french("Il a estimé que le prix de 2048 puces serait trop élevé.")).isEmpty();
		}

		@Test
		void givesBothYearsOfARange() {
			assertThat(english("Revenue fell in the 2023-24 season.")).containsExactly("2023", "2024");
			assertThat(english("In the 2019-20 period, sales doubled.")).containsExactly("2019", "2020");
			assertThat(french("Les ventes de la saison 2023/24 ont doublé.")).containsExactly("2023", "2024");
			assertThat(english("The plan covers 2025 to 2027.")).containsExactly("2025", "2027");
			assertThat(english("The cluster grew from 2000 to 2048 chips.")).isEmpty();
			// a range may end the sentence
			assertThat(english("Sales of the unit doubled in 2022-23.")).containsExactly("2022", "2023");
			assertThat(french("Le chiffre d'affaires a doublé en 2021/22.")).containsExactly("2021", "2022");
		}

		@Test
		void readsAFiscalYearAsTheYearItNames() {
			assertThat(english("Revenue will grow this fiscal year.")).containsExactly("2024");
			assertThat(english("Revenue fell last fiscal year.")).containsExactly("2023");
			assertThat(english("Revenue for fiscal 2025 rose.")).containsExactly("2025");
			assertThat(french("Sur l'exercice en cours, le groupe vise 10 milliards.")).containsExactly("2024");
			assertThat(french("Sur l'exercice 2026, le groupe vise 10 milliards.")).containsExactly("2026");
		}

		@Test
		void neverShowsAFiscalQuarterAsACalendarQuarterWithoutTheCompanysCalendar() {
			assertThat(english("The group expects a loss in the first quarter of fiscal 2026.")).isEmpty();
			assertThat(english("Revenue doubled in fiscal Q3.")).isEmpty();
			assertThat(french("Le groupe prévoit une perte au premier trimestre de l'exercice 2026.")).isEmpty();
		}

	}

	@Nested
	class Tense {

		@Test
		void readsASeasonOrMonthThatAClauseSchedulesAsAhead() {
			assertThat(english("The start-up has planned its next launch for the autumn.")).containsExactly("2024-FA");
			assertThat(english("The group has scheduled the release of its chip for March."))
				.containsExactly("2025-03");
			assertThat(english("Its second plant is slated for the autumn.")).containsExactly("2024-FA");
			// a plan that "had" or "was" set earlier stays in the past
			assertThat(english("The group had scheduled the release of its chip for March."))
				.containsExactly("2024-03");
		}

		@Test
		void readsADateInAClauseOpenedByAParticipleAsPast() {
			assertThat(english("The robot, shown in a short clip on Friday, will go on sale in July."))
				.containsExactly("2024-05-17", "2024-07");
			assertThat(french("La puce, dévoilée lors d'un salon fin avril, sera livrée en juillet."))
				.containsExactly("2024-04 END", "2024-07");
			assertThat(french("Le modèle, devenu célèbre fin janvier, équipera nos voitures."))
				.containsExactly("2024-01 END");
			// what is planned keeps the future
			assertThat(english("The robot, expected in stores on Friday, will cost less."))
				.containsExactly("2024-05-24");
		}

		@Test
		void readsAMonthInThePastBackwards() {
			assertThat(french("Le groupe a présenté sa puce en septembre.")).containsExactly("2023-09");
		}

		@Test
		void leavesTheVerbOfAClauseOpenedByThatAfterTheDateToThatClause() {
			assertThat(english(
					"She said the firm had sold more cars than any rival in the first quarter and that prices would rise."))
				.containsExactly("2024-Q1");
			assertThat(
					english("The firm had hired far more staff than planned in January and that it would keep hiring."))
				.containsExactly("2024-01");
		}

		@Test
		void readsTheMainVerbPastARelativeClauseSetInsideTheSubject() {
			// the clause "qu'il a fondée en 2015" closes at its comma: "a levé" is the
			// verb
			// of Thursday's clause
			assertThat(french("Jeudi, l'entreprise qu'il a fondée en 2015, Horizon Robotics, a levé des fonds."))
				.containsExactly("2024-05-16", "2015");
			assertThat(french("Jeudi, Huawei, qui a présenté sa puce en janvier, lancera son téléphone."))
				.containsExactly("2024-05-23", "2024-01");
			// a verb before the subordinate clause still speaks for the date alone
			assertThat(french("Jeudi, le groupe a annoncé qu'il ouvrira une usine, a précisé son porte-parole."))
				.containsExactly("2024-05-16");
		}

		@Test
		void readsAMonthInThePresentAsTheNearestSuchMonth() {
			assertThat(english("The company publishes its annual results in August.")).containsExactly("2024-08");
			assertThat(english("The fair opens its doors in March.")).containsExactly("2024-03");
			assertThat(french("Le salon ouvre ses portes en septembre.")).containsExactly("2024-09");
		}

		@Test
		void readsTheTenseOfAClauseAfterASemicolonByItsOwnVerbs() {
			assertThat(english("He gave no figure for the year; the group publishes its results in August."))
				.containsExactly("2024-08");
			assertThat(english("He gave no figure; the group published its results in August."))
				.containsExactly("2023-08");
		}

		@Test
		void readsAMonthInTheFutureForwards() {
			assertThat(french("Le groupe présentera sa puce en mars.")).containsExactly("2025-03");
			assertThat(french("Le groupe va présenter sa puce en septembre.")).containsExactly("2024-09");
			assertThat(french("Baidu prévoit de publier le modèle le 30 juin.")).containsExactly("2024-06-30");
		}

		@Test
		void readsNarrationInThePresentAsThePast() {
			assertThat(french("Le 19 septembre, Alibaba dévoile Qwen2.5.")).containsExactly("2023-09-19");
		}

		@Test
		void readsTheMainClauseRatherThanAReportedFuture() {
			assertThat(french("Le 24 février, le groupe annonce qu'il investira davantage."))
				.containsExactly("2024-02-24");
		}

		@Test
		void readsADateAPastParticipleGovernsAsPast() {
			assertThat(french("Les 380 milliards de yuans promis en février ne suffiront pas."))
				.containsExactly("2024-02");
			assertThat(english("The chips announced in March will ship next year.")).containsExactly("2024-03", "2025");
			assertThat(french("Le modèle sera lancé le 3 mars.")).containsExactly("2025-03-03");
			assertThat(french("Le lancement est prévu le 3 mars.")).containsExactly("2025-03-03");
		}

		@Test
		void prefersTheVerbBeforeADateToOneAsFarAfterIt() {
			assertThat(english("Lutnick went on American television on Tuesday to explain why Washington would, after "
					+ "three months, let Nvidia sell its chip again."))
				.containsExactly("2024-05-14");
		}

		@Test
		void readsAPresentPassiveAsNoPast() {
			assertThat(french("Le prochain rendez-vous est fixé à la mi-novembre.")).containsExactly("2024-11 MID");
			assertThat(french("Le modèle est sorti en mars.")).containsExactly("2024-03");
			assertThat(french("La puce s'est vendue en mars.")).containsExactly("2024-03");
		}

		@Test
		void readsTheTenseOfAHeadlineInCapitals() {
			assertThat(french("LE VILLAGE FERA LA FÊTE DIMANCHE.")).containsExactly("2024-05-26");
		}

		@Test
		void readsAPassiveFutureAsTheFuture() {
			assertThat(english("The first cars will be handed over on Wednesday at the factory."))
				.containsExactly("2024-05-22");
			assertThat(french("Les premières voitures seront livrées mercredi à l'usine."))
				.containsExactly("2024-05-22");
		}

		@Test
		void readsAPassiveFutureAfterAVerbAndToAsTheFuture() {
			assertThat(english("Under rules published in March, AI content will have to be labelled from September 1."))
				.containsExactly("2024-03", "2024-09-01");
			assertThat(english("Such streams are to be labelled from September 1.")).containsExactly("2024-09-01");
			assertThat(english("The group declared a dividend of 2.5 billion dollars, to be paid in March."))
				.containsExactly("2025-03");
			assertThat(english("It was the first model to be approved in March.")).containsExactly("2024-03");
		}

		@Test
		void readsComparedWithAsNoPast() {
			assertThat(english("Quark would publish how its predictions compared with real admissions in the autumn."))
				.containsExactly("2024-FA");
		}

		@Test
		void readsWhatIsPromisedForAPeriodAsStillToCome() {
			assertThat(french("Li Dahai a précisé que la version suivante, promise pour le troisième trimestre, lirait "
					+ "la vidéo."))
				.containsExactly("2024-Q3");
			assertThat(english("He said the next version, promised for the third quarter, would read video."))
				.containsExactly("2024-Q3");
			assertThat(french("Les 380 milliards promis en février ont été dépensés.")).containsExactly("2024-02");
		}

		@Test
		void readsWhatLastsUntilAMonthFromNowAsTheFuture() {
			assertThat(english("The offer runs until March.")).containsExactly("2025-03");
			assertThat(english("The offer ran until March.")).containsExactly("2024-03");
			assertThat(french("L'offre court jusqu'en mars.")).containsExactly("2025-03");
			assertThat(french("L'offre a couru jusqu'en mars.")).containsExactly("2024-03");
		}

		@Test
		void readsWhatComesNextInThePresentAsTheFuture() {
			assertThat(french("Le prochain rendez-vous se tient à Shanghai en mars.")).containsExactly("2025-03");
			assertThat(english("The next launch comes in March.")).containsExactly("2025-03");
			// without it, the present narrates
			assertThat(french("Le rendez-vous se tient à Shanghai en mars.")).containsExactly("2024-03");
			// the past of a relative clause is not the sentence's
			assertThat(french("Le prochain rendez-vous se tient chez lui : la conférence de Shanghai, en mars, "
					+ "à laquelle il a convié ses pairs."))
				.containsExactly("2025-03");
		}

		@Test
		void readsWhatIsDueAtAMonthAsTheFuture() {
			// in the present, a month past reads as the last one; what is due lies ahead
			assertThat(english("The results of the quarter are due in March.")).containsExactly("2025-03");
			assertThat(english("The launch is slated for February.")).containsExactly("2025-02");
			assertThat(english("The results of the quarter come in March.")).containsExactly("2024-03");
		}

		@Test
		void readsTheDayAPlanIsMovedToAsTheNearestSuchDayWhateverTheTense() {
			// published on Monday 20 May 2024: a move told in the past may still point
			// ahead
			assertThat(french("Le groupe a avancé au 3 juin la sortie de son assistant."))
				.containsExactly("2024-06-03");
			assertThat(french("La cotation a été repoussée au 14 mai.")).containsExactly("2024-05-14");
			assertThat(english("The listing was postponed to June 10.")).containsExactly("2024-06-10");
			// the same day without the move is read by the tense
			assertThat(french("Le groupe a publié le 3 juin son rapport.")).containsExactly("2023-06-03");
		}

		@Test
		void readsWhatAPresentRelativeClauseStartsFromADateAsTheFuture() {
			assertThat(
					english("The supplier said it had won orders for two vans that go on sale from the third quarter."))
				.containsExactly("2024-Q3");
			// a "that" opening a reported clause is no relative clause
			assertThat(english("He said that from March, sales of the van had doubled.")).containsExactly("2024-03");
		}

		@Test
		void readsSinceAsThePast() {
			assertThat(french("Depuis juillet, les commandes affluent.")).containsExactly("2023-07");
		}

	}

	@Nested
	class ReferenceTime {

		private List<String> at(String sentence, String lang, String published, String previous) {
			return TemporalTaggerTests.this.tagger.tagSentence(sentence, LocalDate.parse(published), lang, previous)
				.stream()
				.map(Timex::value)
				.toList();
		}

		@Test
		void readsAMonthStillToComeFromPublicationNotFromAnotherDateStillToCome() {
			assertThat(at("La fête commerciale du 18 juin, que le groupe a créée, commencera fin mai.", "fr",
					"2024-04-17", null))
				.containsExactly("2024-06-18", "2024-05");
			assertThat(at("The shopping festival of June 18, which the group created, will start at the end of May.",
					"en", "2024-04-17", null))
				.containsExactly("2024-06-18", "2024-05");
		}

		@Test
		void readsADayWithoutAYearNearTheDateTheSentenceGaveBefore() {
			assertThat(
					at("Le 28 mars 2024, la berline SU7 est lancée, et les premières livraisons ont lieu le 3 avril.",
							"fr", "2025-07-03", null))
				.containsExactly("2024-03-28", "2024-04-03");
			assertThat(at(
					"During a visit to China from August 27 to 30, 2023, she met the minister in Beijing on August 28.",
					"en", "2025-07-17", null))
				.containsExactly("2023-08-27", "2023-08-30", "2023-08-28");
		}

		@Test
		void readsASeasonWithoutAYearNearTheDateTheSentenceGaveBefore() {
			assertThat(at("In February 2024, the start-up raised money, and in the spring its traffic grew fast.", "en",
					"2025-07-15", null))
				.containsExactly("2024-02", "2024-SP");
			assertThat(at("En 2023, le groupe a recruté, puis au printemps il a licencié.", "fr", "2025-07-15", null))
				.containsExactly("2023", "2023-SP");
			// a date the future cannot be near leaves the season to publication
			assertThat(at("Founded in 2015, the group will list in the spring.", "en", "2025-07-15", null))
				.containsExactly("2015", "2026-SP");
		}

		@Test
		void neverReadsAPastDayAfterPublicationNearTheDayBefore() {
			assertThat(at("Il a été condamné hier pour l'agression du 21 juin.", "fr", "1999-05-27", null))
				.containsExactly("1999-05-26", "1998-06-21");
		}

		@Test
		void comesBackToPublicationWhenTheDayBeforeIsMonthsAway() {
			assertThat(at("Le texte européen est entré en vigueur le 1er août 2024, et ses premières interdictions "
					+ "s'appliquent depuis le 2 février.", "fr", "2025-02-13", null))
				.containsExactly("2024-08-01", "2025-02-02");
		}

		@Test
		void readsTheFutureOfAReportedEventFromItsDayNotFromPublication() {
			assertThat(
					at("Le 14 février, Baidu annonce que la prochaine génération sera rendue open source à partir du "
							+ "30 juin.", "fr", "2025-07-28", null))
				.containsExactly("2025-02-14", "2025-06-30");
		}

		@Test
		void readsAConditionalReportedInThePastFromTheDayItWasReported() {
			// published on Friday 18 April 2025: the 14th is behind, whatever the
			// conditional says
			assertThat(
					at("Mardi, le groupe a indiqué que le gouvernement l'avait informé, le 9 avril, que l'exportation "
							+ "nécessiterait une licence, puis, le 14 avril, que cette exigence s'appliquerait pour une durée "
							+ "indéterminée.", "fr", "2025-04-18", null))
				.containsExactly("2025-04-15", "2025-04-09", "2025-04-14");
		}

	}

	@Nested
	class Anaphora {

		@Test
		void readsThatSeasonInTheYearMentionedBefore() {
			assertThat(english("The firm filed in 2021, but the plan was shelved that summer.")).containsExactly("2021",
					"2021-SU");
			assertThat(values("That same winter, the firm hired.", "en", "2019-10")).containsExactly("2019-WI");
			assertThat(french("Le dossier a été déposé en 2021, puis abandonné cet été-là.")).containsExactly("2021",
					"2021-SU");
			// with nothing mentioned before, no season
			assertThat(english("That summer, the firm hired.")).isEmpty();
		}

		@Test
		void readsTheSamePeriodOfAnotherYearAsThePeriodNamedBefore() {
			assertThat(english("Profit in the second quarter was three times that of the same period of 2022."))
				.containsExactly("2024-Q2", "2022-Q2");
			assertThat(
					french("Les ventes du premier semestre ont doublé par rapport à la même période de l'an dernier."))
				.containsExactly("2024-H1", "2023-H1");
			assertThat(values("Orders rose from the same month last year.", "en", "2024-02"))
				.containsExactly("2023-02");
			// after a date that is no such period, the year alone
			assertThat(values("Sales doubled from the same period of 2021.", "en", "2023")).containsExactly("2021");
		}

		@Test
		void takesTheYearMentionedBefore() {
			assertThat(values("La même année, il fonde sa société.", "fr", "2015")).containsExactly("2015");
			assertThat(values("Cette année-là, tout bascule.", "fr", "2019-03")).containsExactly("2019");
			assertThat(values("The same year, it launched the Go1.", "en", "2021")).containsExactly("2021");
		}

		@Test
		void takesTheDayMentionedBefore() {
			assertThat(values("Le lendemain, l'action a chuté.", "fr", "2025-02-13", "2025-02-20"))
				.containsExactly("2025-02-14");
			assertThat(values("Karpathy wrote on X the same day.", "en", "2024-12-26", "2025-01-03"))
				.containsExactly("2024-12-26");
		}

		@Test
		void resolvesWithinTheSentence() {
			assertThat(english("In April 2023, it was registered as a company in July of the same year."))
				.containsExactly("2023-04", "2023-07");
		}

		@Test
		void countsNoPastDayFromADayAfterPublication() {
			// published on 20 May 2024: a day in June before it was a deadline, not the
			// story's day
			assertThat(values("A rival followed the next morning.", "en", "2024-06-15")).isEmpty();
			assertThat(values("Le lendemain, son concurrent a suivi.", "fr", "2024-06-15")).isEmpty();
			// ahead, the plan may go on from it
			assertThat(values("The next morning, the doors will open.", "en", "2024-06-15"))
				.containsExactly("2024-06-16");
			assertThat(values("Le lendemain, son concurrent a suivi.", "fr", "2024-05-10"))
				.containsExactly("2024-05-11");
		}

		@Test
		void takesThePartOfTheDayMentionedBefore() {
			assertThat(values("Le même soir, Xiaomi lançait ses lunettes.", "fr", "2025-06-26", "2025-06-27"))
				.containsExactly("2025-06-26");
			assertThat(values("Lei Jun a déclaré ce soir-là qu'il tiendrait parole.", "fr", "2021-03-30"))
				.containsExactly("2021-03-30");
			assertThat(values("That evening, he flew to Beijing.", "en", "2024-03-02")).containsExactly("2024-03-02");
			assertThat(english("The ministry answered at its press conference this afternoon."))
				.containsExactly("2024-05-20");
			assertThat(french("Le ministre a répondu ce matin.")).containsExactly("2024-05-20");
		}

		@Test
		void takesThePartOfTheDayAfterOrBeforeTheDayMentionedBefore() {
			assertThat(values("The next morning, the regulator called him in.", "en", "2024-11-05", "2024-11-08"))
				.containsExactly("2024-11-06");
			assertThat(values("He had dined with the minister the previous evening.", "en", "2024-11-05", "2024-11-08"))
				.containsExactly("2024-11-04");
			assertThat(values("The following night, the servers went down again.", "en", null)).isEmpty();
		}

		@Test
		void takesTheWeekdayOfTheWeekMentionedBefore() {
			assertThat(values("At the ministry's press conference that Thursday, he said the talks went well.", "en",
					"2025-06-10"))
				.containsExactly("2025-06-12");
			assertThat(values("Ce jeudi-là, le ministère a répondu.", "fr", "2025-06-10"))
				.containsExactly("2025-06-12");
			assertThat(values("That Thursday, he spoke.", "en", null)).isEmpty();
		}

		@Test
		void takesTheNextSuchDayAfterTheDateMentionedBefore() {
			assertThat(values("Le 26 octobre suivant, HyperOS remplace MIUI.", "fr", "2023-08-14"))
				.containsExactly("2023-10-26");
			assertThat(values("Le 26 octobre suivant, HyperOS remplace MIUI.", "fr", null)).isEmpty();
		}

		@Test
		void givesNothingWithoutAnAntecedent() {
			assertThat(french("La même année, il fonde sa société.")).isEmpty();
		}

		@Test
		void carriesTheTopicDateOfTheLastDatedSentenceAcrossADocument() {
			// the first date of a sentence is its topic, the one the next sentence refers
			// back to
			assertThat(values("Dès le lendemain, l'entreprise a suivi.", "fr", "2025-02-13", "2025-02-20"))
				.containsExactly("2025-02-14");
		}

	}

	@Nested
	class NotEvents {

		@Test
		void ignoresModelNamesAndQuantities() {
			assertThat(french("GPT-4, Qwen2.5, o1, R1 et V3 tournent sur des A100 et des H20.")).isEmpty();
			assertThat(french("Le groupe a acheté 20 000 puces pour 2 milliards de yuans, soit 3,5 % de plus."))
				.isEmpty();
			assertThat(french("Le cluster compte 2 048 puces et 1 024 GPU.")).isEmpty();
			assertThat(french("La société emploie 2000 personnes.")).isEmpty();
			assertThat(english("The run used 2,048 Nvidia H800 chips and a context of 2048 tokens.")).isEmpty();
		}

		@Test
		void ignoresDurations() {
			assertThat(french("Pendant trois mois, depuis cinq ans, une vingtaine d'années.")).isEmpty();
			assertThat(english("For three years, two decades, over the past five years.")).isEmpty();
		}

		@Test
		void ignoresVagueAndFutureSpans() {
			assertThat(french("Il y a quelque temps, et tout récemment, dans cinq ans.")).isEmpty();
			assertThat(english("Recently, some time ago, in five years.")).isEmpty();
		}

		@Test
		void givesNoValueForADecade() {
			assertThat(french("Dans les années 2010, puis dans les années 90, tout a changé.")).isEmpty();
			assertThat(english("In the 1990s and the 2010s, things changed.")).isEmpty();
		}

		@Test
		void ignoresNamesThatLookLikeDates() {
			assertThat(french("La sonde Mars a été lancée par la Chine.")).isEmpty();
			assertThat(french("Elle a été la première à le dire.")).isEmpty();
			assertThat(english("Sales may fall, and the Spring Festival Gala drew crowds.")).isEmpty();
		}

		@Test
		void readsTodayInAGeneralStatementAsNowadays() {
			assertThat(french("Aujourd'hui, la différence tient surtout au volume.")).isEmpty();
			assertThat(french("Unitree détient aujourd'hui plus de la moitié du marché.")).isEmpty();
			assertThat(
					french("L'écart s'est resserré, et les modèles chinois sont aujourd'hui parmi les plus utilisés."))
				.isEmpty();
			assertThat(french("Cela nous a coûté du temps, mais aujourd'hui personne ne peut nous couper le courant."))
				.isEmpty();
			assertThat(english("Being the most downloaded family today guarantees little about next quarter."))
				.isEmpty();
			// a past form after a determiner is an adjective, no verb that dates "today"
			assertThat(english("Its lost ground today is hard to win back.")).isEmpty();
		}

		@Test
		void readsTodayInAClauseOfItsOwnByItsOwnVerb() {
			// the future of the main clause does not make "what apps do today" an event
			assertThat(english("Agents will do most of the work that apps do today.")).isEmpty();
			// nor does it make "the service it runs today" one, beyond "whether"
			assertThat(english("The board will decide whether to keep the service it runs today.")).isEmpty();
			assertThat(english("The board will decide today whether to keep the service."))
				.containsExactly("2024-05-20");
			assertThat(french("Il a été conçu comme un outil que les gens peuvent trouver utile dès aujourd'hui."))
				.isEmpty();
			assertThat(english("The model that Alibaba released today is small.")).containsExactly("2024-05-20");
		}

		@Test
		void readsTheVerbAfterThanAsAClauseOfItsOwn() {
			// what the phones offer today is how things are now, whatever buyers will do
			assertThat(english("Buyers will expect more from the assistant than the phones offer them today."))
				.isEmpty();
			// the comparison keeps its own past
			assertThat(english("Sales this quarter will be lower than they were in the first quarter."))
				.containsExactly("2024-Q2", "2024-Q1");
			assertThat(english("The company released a model today that is faster than its rival."))
				.containsExactly("2024-05-20");
		}

		@Test
		void readsTodayAfterAnEventHeldAndItsVerbAsThePublicationDayInThePresentToo() {
			assertThat(english("The summit opens today in Tianjin.")).containsExactly("2024-05-20");
			assertThat(french("Le salon ouvre aujourd'hui ses portes à Shanghai.")).containsExactly("2024-05-20");
			// a word of the event elsewhere in the sentence is no event held today
			assertThat(english("Conference organisers say AI agents are everywhere today.")).isEmpty();
		}

		@Test
		void readsTodayOfAnEventAsThePublicationDay() {
			assertThat(french("Le groupe a annoncé aujourd'hui une levée de fonds.")).containsExactly("2024-05-20");
			assertThat(french("Le ministre effectuera aujourd'hui un déplacement à Toulouse."))
				.containsExactly("2024-05-20");
			assertThat(english("The company released the model today.")).containsExactly("2024-05-20");
			assertThat(english("Nvidia expects revenue to rise next quarter.")).containsExactly("2024-Q3");
		}

		@Test
		void readsADayAfterAVerbThatSchedulesAsToComeEvenAfterAPastClause() {
			assertThat(english("Orders opened on Saturday night, and deliveries begin on June 6."))
				.containsExactly("2024-05-18", "2024-06-06");
			assertThat(french("Les commandes ont ouvert samedi soir, et les livraisons débutent le 6 juin."))
				.containsExactly("2024-05-18", "2024-06-06");
		}

		@Test
		void readsTheFollowingQuarterAsTheOneAfterThePublicationsInBothLanguages() {
			assertThat(english("A second round of talks was scheduled for the following quarter."))
				.containsExactly("2024-Q3");
			assertThat(french("Une seconde série de discussions était prévue le trimestre suivant."))
				.containsExactly("2024-Q3");
			assertThat(english("Margins had already narrowed in the previous quarter.")).containsExactly("2024-Q1");
		}

		@Test
		void readsAChangeFromTodayAsTheDayItIsSaid() {
			assertThat(english("From today, the app is free for everyone.")).containsExactly("2024-05-20");
			assertThat(french("À partir d'aujourd'hui, l'application est gratuite.")).containsExactly("2024-05-20");
			// quoted, it is the day of the speech
			assertThat(english("\"From today, the app is free,\" he said on Saturday.")).containsOnly("2024-05-18");
			// a quotation whose day the text does not give may be days older than the
			// article
			assertThat(english("\"From today, the app is free,\" he said.")).isEmpty();
		}

		@Test
		void readsSoFarAsNoDate() {
			assertThat(french("Spark X1 est à ce jour le seul modèle entraîné en Chine.")).isEmpty();
			assertThat(french("Le record tient jusqu'à aujourd'hui.")).isEmpty();
		}

		@Test
		void readsTheWordEteAfterAvoirAsAParticipleNotASeason() {
			assertThat(french("Plus de 10 000 commandes ont été passées en deux heures.")).isEmpty();
			assertThat(french("La puce avait été présentée l'été dernier.")).containsExactly("2023-SU");
		}

		@Test
		void ignoresHabitualWeekdays() {
			assertThat(french("La bibliothèque sera fermée, sauf le mercredi.")).isEmpty();
		}

	}

	@Nested
	class English {

		@Test
		void readsExplicitDates() {
			assertThat(english("It went public on January 20, 2025.")).containsExactly("2025-01-20");
			assertThat(english("On 7 October 2022, the rules changed.")).containsExactly("2022-10-07");
			assertThat(english("The fund started trading in 2016.")).containsExactly("2016");
			assertThat(english("Shipments began in the second quarter of 2024.")).containsExactly("2024-Q2");
			assertThat(english("Results for Q3 2024 were strong.")).containsExactly("2024-Q3");
			assertThat(english("He spoke at a forum in spring 2023.")).containsExactly("2023-SP");
		}

		@Test
		void keepsModifiers() {
			assertThat(english("The world woke up in early 2016.")).containsExactly("2016 START");
			assertThat(english("It was released in mid-June last year.")).containsExactly("2023-06 MID");
			assertThat(english("At the end of last year the company had 150 employees.")).containsExactly("2023 END");
			assertThat(english("By late Sunday, the app had topped the chart.")).containsExactly("2024-05-19 END");
		}

		@Test
		void resolvesRelativeDates() {
			assertThat(english("Shares fell yesterday.")).containsExactly("2024-05-19");
			assertThat(english("About one million units were sold last year.")).containsExactly("2023");
			assertThat(english("Earlier this month, Anthropic released a model.")).containsExactly("2024-05");
			assertThat(english("It said on Tuesday that sales rose.")).containsExactly("2024-05-14");
			assertThat(english("He told CNBC last Thursday that it had chips.")).containsExactly("2024-05-16");
		}

		@Test
		void readsAMonthByTense() {
			assertThat(english("It launched Operator in January.")).containsExactly("2024-01");
			assertThat(english("It will open the model on June 27.")).containsExactly("2024-06-27");
			assertThat(english("It will open the model in April.")).containsExactly("2025-04");
		}

		@Test
		void readsAYearThatModifiesTheNounAfterIt() {
			assertThat(english("The group signed a 2019 deal with the state.")).containsExactly("2019");
			assertThat(english("Her 2016 campaign failed.")).containsExactly("2016");
			assertThat(english("Netizens turned his 2015 \"Are you OK?\" meme into stickers.")).containsExactly("2015");
			assertThat(english("Xiaomi's 2024 revenue rose by a third.")).containsExactly("2024");
			assertThat(english("The 2000 employees of the plant left.")).isEmpty();
			assertThat(english("A 2048 GPU cluster costs a lot.")).isEmpty();
		}

		@Test
		void readsAYearThatDatesAFigureAfterAPreposition() {
			assertThat(english("Analysts asked for 2023 revenue figures.")).containsExactly("2023");
			assertThat(english("The bank cut its estimate of 2025 earnings.")).containsExactly("2025");
			assertThat(english("Costs will rise only slightly compared with 2023.")).containsExactly("2023");
			// a count is still no year
			assertThat(english("The order was for 2048 chips.")).isEmpty();
			assertThat(english("Sales were flat compared with 2048 units.")).isEmpty();
		}

		@Test
		void readsWhatAPastHopeOrPlanLookedForwardToAsTheFuture() {
			assertThat(english("On Friday the founders hoped to open the app by August.")).containsExactly("2024-05-17",
					"2024-08");
			assertThat(english("The start-up planned to start selling in September.")).containsExactly("2024-09");
			// what was planned before an earlier month stays in the past
			assertThat(english("The group had planned to list in March but waited.")).containsExactly("2024-03");
			assertThat(english("The group had planned to list in March.")).containsExactly("2024-03");
		}

		@Test
		void readsMayAsAMonthOnlyWhereAMonthFits() {
			assertThat(english("The model came out in May.")).containsExactly("2024-05");
			assertThat(english("May 2023 was busy, though prices may fall.")).containsExactly("2023-05");
		}

	}

}
