package dev.aiwire.timeline;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.aiwire.markdown.MarkdownParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tagger makes of a whole article: its title, its paragraphs and what surrounds
 * them.
 */
class TemporalTaggerDocumentTests {

	private final MarkdownParser parser = new MarkdownParser();

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> valuesOf(String lang, String date, String body) {
		return this.tagger
			.tag(this.parser.parse("---\ntitle: T\nlang: " + lang + "\ndate: " + date + "\n---\n\n" + body + "\n"))
			.stream()
			.map(DatedEvent::value)
			.toList();
	}

	private List<DatedEvent> events(String lang, String title, String body) {
		return this.tagger.tag(this.parser
			.parse("---\ntitle: \"" + title + "\"\nlang: " + lang + "\ndate: 2024-05-20\n---\n\n" + body + "\n"));
	}

	@Nested
	class TheTitle {

		@Test
		void givesTheDatesThatStandOnlyInTheTitle() {
			List<DatedEvent> events = events("fr", "Le village fera la fête dimanche",
					"Petits et grands pourront s'essayer au tir et à la loterie.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-05-26");
			assertThat(events.get(0).sentence()).isEqualTo("Le village fera la fête dimanche");
			assertThat(events.get(0).sentenceId()).isEqualTo(TemporalTagger.TITLE_ID);
		}

		@Test
		void leavesADateTheBodyGivesAgainToTheBody() {
			List<DatedEvent> events = events("en", "Nvidia to report its results on May 28",
					"Nvidia will report its quarterly results on May 28, a week after the keynote.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-05-28");
			assertThat(events.get(0).sentence()).startsWith("Nvidia will report");
		}

		@Test
		void isReadBeforeTheBodyForWhatTheBodyRefersBackTo() {
			List<DatedEvent> events = events("fr", "Le 14 mars, Baidu ouvre Ernie", "Le lendemain, Alibaba a répondu.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-03-14", "2024-03-15");
		}

	}

	@Nested
	class WhatIsNoEvent {

		@Test
		void readsTodayInThePresentAsTheDayOnlyInATextThatSpeaksDayByDay() {
			assertThat(
					valuesOf("fr", "2024-05-20", "Le ministre se rend aujourd'hui à Toulouse. Il était hier à Paris."))
				.containsExactly("2024-05-19", "2024-05-20");
			assertThat(valuesOf("fr", "2024-05-20", "Le ministre se rend aujourd'hui à Toulouse.")).isEmpty();
		}

		@Test
		void readsTheTodayOfAQuotedSpeakerByItsClauseEvenInADispatch() {
			// the dispatch speaks day by day, the speaker it quotes does not
			assertThat(valuesOf("fr", "2024-05-20", "Hier, le patron a pris la parole. Il a déclaré :\n\n"
					+ "> On nous disait : « prouvez-le ». Aujourd'hui, les clients nous demandent : « quand ? »"))
				.containsExactly("2024-05-19");
		}

		@Test
		void titleSentencesAreReadApart() {
			List<DatedEvent> events = events("fr",
					"Le pilote a gagné hier une étape. Il pourra rêver du podium dimanche.", "La course continue.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-05-19", "2024-05-26");
			assertThat(events.get(1).sentence()).isEqualTo("Il pourra rêver du podium dimanche.");
		}

		@Test
		void leavesTheNotesOutOfTheTimeline() {
			List<DatedEvent> events = events("fr", "Nvidia et le H20",
					"Le 9 avril, Washington a informé Nvidia<sup>1</sup>.\n\n"
							+ "<sup>1</sup> Selon un document déposé le 15 avril 2025 auprès du régulateur.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-04-09");
		}

		@Test
		void leavesTheNotesOfTheFootnotesSyntaxOutOfTheTimeline() {
			List<DatedEvent> events = events("en", "A licence for the H20",
					"On April 9, Washington told Nvidia that it needed a licence.[^filing]\n\n"
							+ "[^filing]: The company said so in a filing of April 15, 2025.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-04-09");
			assertThat(events.get(0).sentence()).doesNotContain("filing");
		}

	}

	@Nested
	class QuotedSpeech {

		private List<String> values(String lang, String date, String body) {
			return TemporalTaggerDocumentTests.this.tagger
				.tag(TemporalTaggerDocumentTests.this.parser
					.parse("---\ntitle: T\nlang: " + lang + "\ndate: " + date + "\n---\n\n" + body + "\n"))
				.stream()
				.map(DatedEvent::value)
				.toList();
		}

		@Test
		void readsTheDaysOfAQuotationFromTheDayItWasSpoken() {
			assertThat(values("en", "2025-05-23",
					"On Wednesday, May 31, 2023, he told the audience at Computex:\n\n> On Monday we shipped the first systems."))
				.containsExactly("2023-05-29", "2023-05-31");
			assertThat(values("fr", "2025-04-18",
					"Lors de son discours du 4 mars 2024, il a déclaré : « Hier, nous avons signé l'accord. »"))
				.containsExactly("2024-03-03", "2024-03-04");
			assertThat(values("en", "2025-04-18",
					"Speaking on March 3, 2024, he said: \"Yesterday, we signed the deal.\""))
				.containsExactly("2024-03-02", "2024-03-03");
		}

		@Test
		void givesNoDateToTheDayBeforeOfAQuotationThatSaysNotBeforeWhat() {
			assertThat(values("en", "2025-04-18",
					"On March 3, 2024, the rules changed. He said: \"The day before, we had signed " + "the deal.\""))
				.containsExactly("2024-03-03");
		}

		@Test
		void takesNoStartOfASpanForTheDayOfASpeech() {
			assertThat(values("en", "2025-05-12",
					"An engineer stationed at the plant since the autumn described the work:\n\n"
							+ "> What changed this spring is that one robot's mistake becomes every robot's lesson."))
				.containsExactly("2024-FA", "2025-SP");
		}

		@Test
		void givesNoDayToAQuotationOfWhichOnlyTheYearIsKnown() {
			assertThat(values("fr", "2025-04-18", "En 2023, il a déclaré : « Mardi, nous avons tout arrêté. »"))
				.containsExactly("2023");
		}

		@Test
		void readsAQuotationTheTextDoesNotDateFromTheDayOfTheArticlesNews() {
			assertThat(values("en", "2025-03-05", """
					On Sunday, the new chief executive presented the plan in Barcelona.

					He did not name his predecessor. "From today, we are an AI company," he said.
					""")).containsExactly("2025-03-02", "2025-03-02");
			assertThat(values("fr", "2025-03-05", """
					Dimanche, le nouveau patron a présenté son plan à Barcelone.

					Il n'a pas cité son prédécesseur : « À partir d'aujourd'hui, nous vendons des agents. »
					""")).containsExactly("2025-03-02", "2025-03-02");
		}

		@Test
		void takesTheDayOfAQuotationFromItsAttributionLine() {
			List<DatedEvent> events = TemporalTaggerDocumentTests.this.tagger
				.tag(TemporalTaggerDocumentTests.this.parser.parse("---\ntitle: T\nlang: en\ndate: 2025-08-18\n---\n\n"
						+ "> Yesterday we signed the papers.\n>\n> \u2014 a founder on the trading floor, on Friday\n\n"
						+ "The shares rose on Monday.\n"));

			assertThat(events).extracting(DatedEvent::value).containsExactly("2025-08-14", "2025-08-15", "2025-08-18");
			assertThat(events.get(1).sentence()).endsWith("a founder on the trading floor, on Friday");
		}

		@Test
		void readsARecentQuotationFromPublication() {
			assertThat(values("fr", "2025-04-18", "Il a déclaré : « Hier, nous avons signé l'accord. »"))
				.containsExactly("2025-04-17");
		}

		@Test
		void showsTheWordsASentenceEndingWithAColonIntroduces() {
			List<DatedEvent> events = events("en", "Zhipu's agents",
					"He told reporters on Monday:\n\n> Agents will do most of the work that apps do now.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2024-05-20");
			assertThat(events.get(0).sentence())
				.isEqualTo("He told reporters on Monday: Agents will do most of the work that apps do now.");
		}

		@Test
		void showsTheWordsAColonIntroducesInAListOrAParagraphToo() {
			List<DatedEvent> listed = events("en", "Zhipu's agents",
					"He told reporters on Monday:\n\n- agents would replace most apps within three years;\n"
							+ "- prices would keep falling.");
			List<DatedEvent> paragraph = events("fr", "Les agents de Zhipu",
					"Il a fixé lundi trois priorités à ses équipes :\n\nLa première concerne le prix des jetons.");

			assertThat(listed.get(0).sentence())
				.isEqualTo("He told reporters on Monday: agents would replace most apps within three years;");
			assertThat(paragraph.get(0).sentence())
				.isEqualTo("Il a fixé lundi trois priorités à ses équipes : La première concerne le prix des jetons.");
		}

	}

	@Nested
	class Narration {

		@Test
		void keepsAPeriodAndItsStartNamedInOneSentenceApart() {
			assertThat(events("fr", "T", "Début 2024, la direction a prévenu que 2024 serait une année de transition.")
				.stream()
				.map((event) -> event.value() + " " + event.mod())
				.toList()).containsExactly("2024 START", "2024 null");
			// the same date twice is one event
			assertThat(valuesOf("en", "2024-05-20", "In 2023 the group grew, and in 2023 it hired."))
				.containsExactly("2023");
		}

		@Test
		void readsTheWeekdayANounIsOfAsTheDayTheArticleNamedWhateverTheTense() {
			// "le texte de mardi" is the text of the Tuesday told, not of the next one
			assertThat(valuesOf("fr", "2024-05-23",
					"Mardi, le ministère a publié un texte sur les robots. "
							+ "Le texte de mardi doit aussi nourrir le plan, qui sera voté en octobre."))
				.containsExactly("2024-05-21", "2024-05-21", "2024-10");
		}

		@Test
		void readsABareWeekdayAsTheDayOfThatWeekdayTheArticleAlreadyNamed() {
			// published on Tuesday 21 May 2024: a Sunday in the present is the last one,
			// unless the
			// article already named the coming one
			assertThat(valuesOf("fr", "2024-05-21",
					"La fête du village aura lieu dimanche.\n\n"
							+ "Dimanche soir, le comité des fêtes vous invite au bal."))
				.containsExactly("2024-05-26", "2024-05-26");
			assertThat(valuesOf("fr", "2024-05-21", "Dimanche soir, le comité des fêtes vous invite au bal."))
				.containsExactly("2024-05-19");
		}

		@Test
		void carriesTheYearOfANarratedVisitToTheNextDaysTold() {
			assertThat(valuesOf("en", "2025-07-17",
					"During a visit to China from August 27 to 30, 2023, she met the minister on "
							+ "August 28. On August 29, while she was still in the country, Huawei began selling the phone."))
				.containsExactly("2023-08-27", "2023-08-28", "2023-08-29", "2023-08-30");
		}

		@Test
		void carriesTheYearOfANarratedVisitIntoTheNextParagraph() {
			assertThat(valuesOf("en", "2025-07-17",
					"During a visit to China from August 27 to 30, 2023, she met the minister on "
							+ "August 28.\n\nOn August 29, while she was still in the country, Huawei began selling the phone. "
							+ "The rules were tightened on October 17 that year."))
				.containsExactly("2023-08-27", "2023-08-28", "2023-08-29", "2023-08-30", "2023-10-17");
		}

		@Test
		void readsThatWeekdayInTheWeekOfTheLastDayNamedWhenASeasonCameBetween() {
			assertThat(valuesOf("en", "2025-07-16", "The two sides met in London on June 9 and 10. The envoy said the "
					+ "measures taken in the spring would be lifted. At the briefing that Thursday, the ministry welcomed the talks."))
				.contains("2025-06-09", "2025-06-10", "2025-06-12");
			assertThat(valuesOf("en", "2025-07-16",
					"The measures taken in the spring would be lifted. At the briefing "
							+ "that Thursday, the ministry welcomed the talks."))
				.doesNotContain("2025-06-12")
				.hasSize(1);
		}

		@Test
		void countsDaysFromTheDayTheStoryToldLastWithinTheMonthItOpenedWith() {
			assertThat(valuesOf("en", "2025-07-16",
					"In April, the maker learned of the licence, and on April 15 it booked "
							+ "a charge. The ministry answered at a briefing two days later."))
				.containsExactly("2025-04", "2025-04-15", "2025-04-17");
			assertThat(valuesOf("fr", "2025-07-16",
					"En avril, le fabricant a appris la nouvelle, et le 15 avril il a passé "
							+ "une charge. Deux jours plus tard, le ministère a répondu."))
				.containsExactly("2025-04", "2025-04-15", "2025-04-17");
		}

		@Test
		void countsMonthsFromTheMonthTheStoryReachedAfterOpeningWithAYear() {
			assertThat(valuesOf("fr", "2025-03-14",
					"Entré chez le fabricant en 2019, l'ingénieur l'a quitté pour lancer sa société en mai 2022. "
							+ "Quatre mois plus tard, elle montrait son premier bras articulé."))
				.containsExactly("2019", "2022-05", "2022-09");
			assertThat(valuesOf("en", "2025-03-14",
					"Hired by the carmaker in 2019, the engineer left to found his company in May 2022. "
							+ "Four months later, it showed its first arm."))
				.containsExactly("2019", "2022-05", "2022-09");
		}

		@Test
		void takesTheSameDayAsTheLastDayNamedWhenAPeriodCameBetween() {
			assertThat(valuesOf("fr", "2025-04-22",
					"""
							Le groupe a publié ses comptes dimanche soir.

							Au premier trimestre, les ventes ont progressé de 20 %. Le même jour, il a présenté un nouveau modèle.
							"""))
				.containsExactly("2025-Q1", "2025-04-20", "2025-04-20");
		}

		@Test
		void takesTheNextMorningAfterTheStoryNotAfterADeadlineToCome() {
			assertThat(valuesOf("en", "2025-09-30", """
					The lab released its new model on 29 September. The old one stays online until 15 October.

					Two chip makers ported it within hours, and a third followed the next morning.
					""")).containsExactly("2025-09-29", "2025-09-30", "2025-10-15");
		}

		@Test
		void readsAMonthInThePluperfectBeforeTheDayAParagraphNarrates() {
			assertThat(valuesOf("fr", "2023-09-05",
					"""
							Le 15 septembre 2020, les dernières puces ont été livrées. Le patron l'avait reconnu lors d'un salon, en août.
							"""))
				.containsExactly("2020-08", "2020-09-15");
			assertThat(valuesOf("en", "2023-09-05", """
					On 15 September 2020, the last chips were shipped. The chief had warned at a forum in August.
					""")).containsExactly("2020-08", "2020-09-15");
			// a plain past in the same paragraph is read from publication
			assertThat(valuesOf("fr", "2023-09-05",
					"""
							Le 15 septembre 2020, les dernières puces ont été livrées. Le patron l'a reconnu lors d'un salon, en août.
							"""))
				.containsExactly("2020-09-15", "2023-08");
		}

		@Test
		void comesBackToPublicationForADayLongBeforeTheOneNarrated() {
			assertThat(valuesOf("en", "2025-04-18",
					"In May 2023, the lab was founded. On April 9, Washington told Nvidia that it "
							+ "needed a licence."))
				.containsExactly("2023-05", "2025-04-09");
		}

	}

	@Nested
	class FiscalPeriods {

		@Test
		void resolvesAFiscalQuarterWithTheCalendarTheTextGives() {
			List<DatedEvent> events = events("en", "Alibaba's cloud",
					"Alibaba's fiscal year ends on March 31. Cloud revenue rose by a quarter in the first quarter of fiscal 2026.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2025-Q2");
		}

		@Test
		void leavesOutAFiscalQuarterThatIsNoCalendarQuarter() {
			List<DatedEvent> events = events("fr", "Nvidia et le H20",
					"Nvidia a passé une charge sur son premier trimestre de l'exercice 2026, clos le 27 avril 2025.");

			assertThat(events).extracting(DatedEvent::value).containsExactly("2025-04-27");
		}

		@Test
		void leavesOutAFiscalYearThatIsNoCalendarYear() {
			List<DatedEvent> events = events("en", "Nvidia's year",
					"Nvidia's fiscal year ends in late January. Revenue for fiscal 2026 will beat forecasts.");

			assertThat(events).extracting(DatedEvent::value).isEmpty();
		}

	}

	@Nested
	class NamedEvents {

		@Test
		void countsFromTheDayAnEarlierSentenceGaveTheEventItNamesAgain() {
			assertThat(valuesOf("en", "2025-05-23", """
					The tour began on June 4, 2023, with a keynote in the old hall.

					The next day, the shares passed a record. Two days before the keynote, he had met students.
					""")).containsExactly("2023-06-02", "2023-06-04", "2023-06-05");
			assertThat(valuesOf("en", "2025-05-23", """
					The hearing took place on March 3, 2024, in a packed room.

					Three days after the hearing, the agency published its rule.
					""")).containsExactly("2024-03-03", "2024-03-06");
		}

		@Test
		void countsFromTheDayAnEarlierSentenceGaveTheNameThatActs() {
			assertThat(valuesOf("en", "2025-03-20",
					"""
							Zhipu put GLM-5 online on March 11, with little warning.

							The shares of its rivals fell on March 17. On the same day GLM-5 topped the chart, Baidu cut its prices.
							"""))
				.containsExactly("2025-03-11", "2025-03-11", "2025-03-17");
			assertThat(valuesOf("en", "2025-03-20", """
					Zhipu put GLM-5 online on March 11, with little warning.

					Its rivals answered on March 14. The day after Zhipu launched, Moonshot had already cut its prices.
					""")).containsExactly("2025-03-11", "2025-03-12", "2025-03-14");
		}

		@Test
		void readsADaysEventAsTheDayTheTextToldWhateverTheTenseAround() {
			assertThat(valuesOf("en", "2024-05-21", """
					The shares lost a fifth of their value on Monday.

					Whether the lead lasts will be decided in the coming months, not in Monday's trading.
					""")).containsExactly("2024-05-20", "2024-05-20");
		}

		@Test
		void findsANameInTheUndatedSentenceThatGoesOnWithTheStoryOfADay() {
			assertThat(valuesOf("en", "2025-04-12", """
					The robots ran their first half-marathon in Beijing on Wednesday.

					Watching from the stands, Wang praised the engineers. Rivals had tested their legs in March.

					The day before Wang spoke, a rival showed a faster robot.
					""")).containsExactly("2025-03", "2025-04-08", "2025-04-09");
		}

		@Test
		void countsTheDayAfterANamedEventFromThatEventNotFromTheDateBefore() {
			assertThat(valuesOf("en", "2025-08-30", """
					The launch took place on August 20.

					A day before the launch, the shares rose. The day after the launch, the app led the charts.
					""")).containsExactly("2025-08-19", "2025-08-20", "2025-08-21");
			// an apposition that names an undated event gives no second day
			assertThat(valuesOf("en", "2024-11-28", """
					The company filed for a listing in 2021, after a rival's troubled debut.

					The shares fell on Tuesday, the day after the debut.
					""")).containsExactly("2021", "2024-11-26");
		}

		@Test
		void findsAnEventTheTextDatedUnderAnotherOfItsNames() {
			assertThat(valuesOf("en", "2025-06-14", """
					The robot maker opened its developer conference in Hangzhou on Thursday.

					Its chief engineer met us the day after the keynote, still hoarse.
					""")).containsExactly("2025-06-12", "2025-06-13");
			assertThat(valuesOf("en", "2025-08-09", """
					The chip designer said on Wednesday that revenue doubled in the June quarter.

					A day before the results, two brokers had cut their targets.
					""")).containsExactly("2025-Q2", "2025-08-05", "2025-08-06");
		}

		@Test
		void readsTheDayOfANamedEventAsThatEventsDay() {
			assertThat(valuesOf("en", "2025-08-09",
					"""
							On Tuesday, the lab released its new speech model as open source.

							Its rivals kept quiet on Thursday. The lab's founder wrote on the day of the release that the weights were only a start.
							"""))
				.containsExactly("2025-08-05", "2025-08-05", "2025-08-07");
			// a sentence the splitter left whole gives its day only to the words before
			// its
			// next full stop
			assertThat(valuesOf("en", "2025-08-09",
					"""
							On Monday, the lab released its speech model.

							She has tested every release since March. jiqizhixin reached her on Thursday. The lab wrote on the day of the release that more would follow.
							"""))
				.containsExactly("2025-03", "2025-08-04", "2025-08-04", "2025-08-07");
		}

		@Test
		void countsTheFrenchDayOfANamedEventFromThatEvent() {
			assertThat(valuesOf("fr", "2025-02-14",
					"""
							Mardi soir, à Canton, le constructeur a dévoilé sa nouvelle berline.

							Les concessionnaires ont reçu leurs premières commandes mercredi. Le lendemain de la présentation, un concurrent a baissé ses prix.
							"""))
				.containsExactly("2025-02-11", "2025-02-12", "2025-02-12");
			assertThat(valuesOf("fr", "2025-03-28", """
					Jeudi, lors de la publication de ses résultats annuels, le groupe a promis un dividende.

					Le 2 mars, un analyste l'avait annoncé. Un fonds a vendu ses parts le soir même des résultats.
					""")).containsExactly("2025-03-02", "2025-03-27", "2025-03-27");
		}

		@Test
		void givesNothingForAnEventTheTextNeverDated() {
			assertThat(valuesOf("en", "2025-05-23", """
					The shares passed a record on May 20.

					Two days before the keynote, he had met students.
					""")).containsExactly("2025-05-20");
		}

	}

}
