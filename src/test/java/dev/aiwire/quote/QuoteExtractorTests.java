package dev.aiwire.quote;

import java.util.List;

import dev.aiwire.markdown.ParsedDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.aiwire.quote.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuoteExtractorTests {

	private final QuoteExtractor extractor = new QuoteExtractor();

	private List<ExtractedQuote> extract(TestDocuments document) {
		return this.extractor.extract(document.build());
	}

	private ExtractedQuote only(TestDocuments document) {
		List<ExtractedQuote> quotes = extract(document);
		assertThat(quotes).hasSize(1);
		return quotes.get(0);
	}

	@Nested
	class BlockAttribution {

		@Test
		void givesTheBlockToTheSubjectOfTheParagraphThatIntroducesIt() {
			ExtractedQuote quote = only(document().paragraph("Liang Wenfeng a déclaré :")
				.quote("Nous voulons contribuer à l'innovation fondamentale, même si personne ne nous le demande."));

			assertThat(quote.kind()).isEqualTo(QuoteKind.BLOCK);
			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
			assertThat(quote.sentenceIndex()).isEqualTo(-1);
		}

		@Test
		void takesTheParagraphAfterASourcePhraseAndAColonForItsWords() {
			List<ExtractedQuote> quotes = extractor.extract(document().english()
				.paragraph("Xu Lan, who follows drone makers for a Shanghai fund, thinks the cities moved first."
						+ " According to Xu:")
				.paragraph("Every district now has a landing pad and a plan. What it lacks is passengers who pay"
						+ " twice the price of a taxi for a view of the river.")
				.build());

			assertThat(quotes).extracting(ExtractedQuote::kind, ExtractedQuote::speaker)
				.containsExactly(tuple(QuoteKind.BLOCK, "Xu Lan"));
		}

		@Test
		void readsTheSpeakerAfterARoleAndACommaInTheIntroduction() {
			ExtractedQuote quote = only(document().paragraph("Sam Altman a salué le modèle sur X.")
				.paragraph("Le fondateur de DeepSeek, Liang Wenfeng, a expliqué devant des étudiants :")
				.quote("Nous n'avions aucune intention de déclencher une guerre des prix."));

			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
		}

		@Test
		void letsABlockFollowingAnotherBlockKeepItsSpeaker() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Yang Zhilin a confié :")
				.quote("Le contexte long est la base de tout.")
				.quote("Sans lui, aucun agent ne peut travailler longtemps."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Yang Zhilin", "Yang Zhilin");
		}

		@Test
		void takesANestedQuotationAsPartOfTheOuterOne() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Robin Li a raconté :")
				.quote("Un client m'a dit un jour une chose simple.")
				.nestedQuote("Votre modèle doit coûter moins cher que mes employés."));

			assertThat(quotes).singleElement().satisfies((quote) -> {
				assertThat(quote.text()).contains("Un client").contains("mes employés");
				assertThat(quote.speaker()).isEqualTo("Robin Li");
			});
		}

		@Test
		void namesTheSectionTheQuoteBelongsTo() {
			ExtractedQuote quote = only(document().paragraph("Un premier paragraphe sans citation.")
				.section("Le prix comme arme")
				.paragraph("Liang Wenfeng a déclaré :")
				.quote("Nous avons fixé le prix en fonction de nos coûts."));

			assertThat(quote.sectionAnchor()).isEqualTo("le-prix-comme-arme");
		}

	}

	@Nested
	class Pronouns {

		@Test
		void takesTheNameACleftSetsApartForTheSubjectOfItsSentence() {
			List<ExtractedQuote> french = extractor.extract(document().paragraph(
					"Le directeur général, Liang Ming, n'a pas pris la parole. Il ne s'exprime presque jamais, et"
							+ " c'est Zhao Hai qui répond aux analystes. Sur ce point, il a répété que la société « ne"
							+ " commente pas » les clients.")
				.build());
			List<ExtractedQuote> english = extractor.extract(document().english()
				.paragraph("Chen Tao rarely speaks. It was Chen Yun who, years ago, described their first chip as one"
						+ " \"for the only kind of computation that matters\".")
				.build());

			assertThat(french).extracting(ExtractedQuote::speaker).containsExactly("Zhao Hai");
			assertThat(english).extracting(ExtractedQuote::speaker).containsExactly("Chen Yun");
		}

		@Test
		void givesTheSourceOpeningASentenceToTheSubjectOfTheSentenceBeforeOverTheMainPerson() {
			List<ExtractedQuote> french = extractor.extract(document()
				.paragraph("Yu Kai a fondé Horizon en 2015. Yu Kai a ouvert la journée.")
				.paragraph("Yu Kai n'était pas le seul Yu à la tribune. Yu Yinan, vice-président de Horizon, a détaillé"
						+ " l'architecture. Selon lui, le modèle a appris de millions de trajets :")
				.quote("Nous ne codons plus des règles pour chaque carrefour.")
				.build());
			List<ExtractedQuote> english = extractor.extract(document().english()
				.paragraph("Wang Tao founded the lab in 2015. Wang Tao opened the day.")
				.paragraph("Wang Tao was not the only speaker. Li Wei, its vice-president, explained the design."
						+ " According to him, the model learnt from millions of trips:")
				.quote("We no longer write rules for every crossing.")
				.build());

			assertThat(french).extracting(ExtractedQuote::speaker).containsExactly("Yu Yinan");
			assertThat(english).extracting(ExtractedQuote::speaker).containsExactly("Li Wei");
		}

		@Test
		void givesThePronounToThePersonARoleThatIsAlsoATitleNamed() {
			List<ExtractedQuote> french = extractor.extract(document()
				.paragraph("Le professeur Gao Ming, lui, préfère parler de recherche. Lors d'une table ronde, il a"
						+ " estimé que la prochaine étape serait « l'apprentissage autonome ».")
				.build());
			List<ExtractedQuote> english = extractor.extract(document().english()
				.paragraph("The professor Gao Ming spoke about research. He said the next step would be"
						+ " \"autonomous learning\".")
				.build());

			assertThat(french).extracting(ExtractedQuote::speaker).containsExactly("Gao Ming");
			assertThat(english).extracting(ExtractedQuote::speaker).containsExactly("Gao Ming");
		}

		@Test
		void followsIlBackAcrossParagraphs() {
			ExtractedQuote quote = only(document().paragraph("Liang Wenfeng fonde DeepSeek en 2023 à Hangzhou.")
				.paragraph("Le modèle V3 a surpris tout le secteur par son coût.")
				.paragraph("Dans un rare entretien, il a expliqué :")
				.quote("Nous voulons faire l'inverse de ce que font les autres."));

			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
		}

		@Test
		void skipsACompanyTheTextDescribesAsOneInAnApposition() {
			ExtractedQuote quote = only(document()
				.paragraph("Zhang Peng a lancé sa société de robots à Shenzhen en 2019.")
				.paragraph("Avec Galaxy Motion, Deep Robotics (la start-up des chiens robots) et quelques autres, "
						+ "elle fait partie des espoirs du secteur.")
				.paragraph("Il a dit :")
				.quote("Un robot doit d'abord être fiable, ensuite seulement spectaculaire."));

			assertThat(quote.speaker()).isEqualTo("Zhang Peng");
		}

		@Test
		void prefersThePersonInSubjectPositionOverOneInAComplement() {
			ExtractedQuote quote = only(document().paragraph("Liang Wenfeng reste discret depuis des mois.")
				.paragraph("Les critiques de Sam Altman ont pourtant beaucoup circulé.")
				.paragraph("Il a mentionné un jour :")
				.quote("Notre problème n'a jamais été l'argent."));

			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
		}

		@Test
		void doesNotTakeThePersonAfterAPrepositionForTheSubject() {
			ExtractedQuote quote = only(document().paragraph("Liang Wenfeng a fondé DeepSeek en 2023.")
				.paragraph(
						"En janvier, il figurait parmi les invités d'un symposium présidé par le Premier ministre Li Qiang.")
				.paragraph("Il s'en était expliqué ainsi :")
				.quote("Ce qui compte, c'est la curiosité."));

			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
		}

		@Test
		void doesNotTakeAnAppositionToTheObjectForTheSubject() {
			ExtractedQuote quote = only(document().paragraph(
					"Jensen Huang était à Pékin jeudi. Il s'est entretenu avec son président, Ren Hongbin. Il a déclaré :")
				.quote("La Chine reste un marché très important pour nous."));

			assertThat(quote.speaker()).isEqualTo("Jensen Huang");
		}

		@Test
		void givesTheFounderHisWordsNotTheCompanyInHisApposition() {
			ExtractedQuote quote = only(document().paragraph("Moonshot AI a lancé Kimi en octobre.")
				.paragraph("Yang Zhilin, fondateur de la société, avait expliqué lors du lancement :")
				.quote("La longueur du contexte, c'est la mémoire de travail du modèle."));

			assertThat(quote.speaker()).isEqualTo("Yang Zhilin");
		}

		@Test
		void findsTheWomanForElleEvenAfterAParagraphAboutAMan() {
			ExtractedQuote quote = only(document().paragraph("Mme Lisa Su a présenté les nouvelles puces d'AMD.")
				.paragraph("Jensen Huang avait présenté les siennes la veille.")
				.paragraph("Elle a ajouté lors de la conférence :")
				.quote("Nous serons prêts pour la demande en calcul."));

			assertThat(quote.speaker()).isEqualTo("Lisa Su");
		}

		@Test
		void takesWhoseViewASentenceGivesAsItsSubjectForThePronounAfter() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Chen Bo a fondé sa start-up de robots cuisiniers en 2021 à Shenzhen.")
				.paragraph(
						"Marc Olivier, chercheur dans un grand groupe, répète que les robots ne sauront jamais cuisiner."
								+ " Il conseillait même aux étudiants de choisir un autre domaine. Pour Chen, la cuisine est au"
								+ " contraire le meilleur banc d'essai. « Une cuisine, c'est le monde en petit », a-t-il répondu"
								+ " lors d'un salon."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Chen Bo");
		}

		@Test
		void givesTheWordsToTheInvertedPronounNotToTheCompanyBeforeIt() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Sun Wei, patron de la filiale cloud, a tenu une conférence à Dubaï. Samsung, a-t-il raconté,"
							+ " « a rencontré cinq fournisseurs chinois » avant de choisir le sien."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Sun Wei");
		}

		@Test
		void neitherTheLastNameOfAListNorElleForTheCompanyMakesSomeoneTheSubject() {
			ExtractedQuote quote = only(document()
				.paragraph("Xu Ming a passé dix ans chez Alibaba. Il a créé Lumen en 2023 avec Fang Rui, un ancien de"
						+ " Baidu, et Ye Lan. La société a levé 50 millions de dollars en mai. En juin, elle a présenté"
						+ " son premier modèle.")
				.paragraph("Le patron de Lumen résume son projet. Il a déclaré lors d'un salon :")
				.quote("Nous voulons des modèles qui tiennent dans un téléphone."));

			assertThat(quote.speaker()).isEqualTo("Xu Ming");
		}

		@Test
		void resolvesTheInvertedPronounOfAnInlineQuote() {
			ExtractedQuote quote = only(document().paragraph("Yang Zhilin a longuement parlé du contexte.")
				.paragraph("« La longueur du contexte est la nouvelle loi de Moore », a-t-il dit."));

			assertThat(quote.speaker()).isEqualTo("Yang Zhilin");
		}

		@Test
		void resolvesADefiniteRoleToThePersonIntroducedWithIt() {
			ExtractedQuote quote = only(document().paragraph("Robin Li, le fondateur de Baidu, a présenté Ernie.")
				.paragraph("Sam Altman a réagi le soir même.")
				.paragraph("Le fondateur de Baidu a ensuite déclaré :")
				.quote("Les modèles fermés resteront devant."));

			assertThat(quote.speaker()).isEqualTo("Robin Li");
		}

	}

	@Nested
	class InlineVerbs {

		@Test
		void findsTheSpeakerNamedAfterTheQuotation() {
			ExtractedQuote quote = only(document().paragraph(
					"« R1 est le moment Spoutnik de l'intelligence artificielle », a tweeté dimanche l'investisseur Marc Andreessen."));

			assertThat(quote.kind()).isEqualTo(QuoteKind.INLINE);
			assertThat(quote.speaker()).isEqualTo("Marc Andreessen");
		}

		@Test
		void readsAReflexiveInvertedClauseAfterTheQuotationAsItsAttribution() {
			ExtractedQuote quote = only(document()
				.paragraph("Interrogé jeudi par des journalistes, Chen Bo, directeur technique du groupe, n'a rien"
						+ " voulu dévoiler. « Rendez-vous à la conférence », s'est-il contenté de répondre."));

			assertThat(quote.speaker()).isEqualTo("Chen Bo");
		}

		@Test
		void keepsAQuotationWholeWhenItQuotesAWordInOtherMarks() {
			List<ExtractedQuote> quotes = extractor.extract(document()
				.paragraph("Zhou Ling, analyste chez un courtier de Shenzhen, reste prudente. « Les fonds ont acheté"
						+ " l'étiquette “robot”, pas les commandes », résume-t-elle.")
				.paragraph("Le chef de projet se souvient de la première répétition. « Le directeur a regardé la"
						+ " vidéo et nous a seulement dit : \"Si le bras tremble, on annule\" », raconte Tang Wei.")
				.build());

			assertThat(quotes).extracting(ExtractedQuote::text, ExtractedQuote::speaker)
				.containsExactly(tuple("Les fonds ont acheté l'étiquette “robot”, pas les commandes", "Zhou Ling"),
						tuple("Le directeur a regardé la vidéo et nous a seulement dit : \"Si le bras tremble, on annule\"",
								"Tang Wei"));
		}

		@Test
		void givesBothQuotationsOfACoordinatedSentenceToItsSubjectNotToWhoTheSecondVerbAddresses() {
			List<ExtractedQuote> quotes = extractor.extract(document().english()
				.paragraph(
						"Robin Li said the aim was a search engine that \"answers like a patient friend\", and warned"
								+ " investors that the first year would be \"slow and very costly\".")
				.build());

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Robin Li", "Robin Li");
		}

		@Test
		void givesTheMainVerbsQuotationToItsSubjectNotToWhoSpeaksInAClauseBeforeIt() {
			List<ExtractedQuote> english = extractor.extract(document().english()
				.paragraph("The group had shown the tablet on May 8, at an event where it explained that the system"
						+ " uses its own kernel. Lin Tao, who runs its tablet unit, has been preparing buyers for"
						+ " months. In March, when reports said that the licence was running out, he wrote that"
						+ " tablets would \"mostly\" run the new system.")
				.build());
			List<ExtractedQuote> french = extractor.extract(document()
				.paragraph("Le groupe avait présenté la tablette le 8 mai, lors d'un salon où il a expliqué que"
						+ " le système avait son propre noyau. Lin Tao, qui dirige sa branche tablettes, prépare les"
						+ " acheteurs depuis des mois. En mars, alors que la presse affirmait que la licence expirait,"
						+ " il a écrit que les tablettes passeraient « pour l'essentiel » au nouveau système.")
				.build());

			assertThat(english).extracting(ExtractedQuote::speaker).containsExactly("Lin Tao");
			assertThat(french).extracting(ExtractedQuote::speaker).containsExactly("Lin Tao");
		}

		@Test
		void findsTheSubjectAfterTheVerbPastAShortComplement() {
			List<ExtractedQuote> quotes = extractor.extract(document()
				.paragraph("Mercredi, le président de l'opérateur, Yang Jie, a ouvert le salon. « Ce sera un nouveau"
						+ " dividende démographique », a-t-il ajouté. « Je suis venu pour la 5G, je repars avec de la"
						+ " science-fiction », plaisantait à la sortie un ingénieur d'un équipementier européen.")
				.build());

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Yang Jie", null);
			assertThat(quotes.get(1).reason()).isEqualTo("said by someone the text does not name");
		}

		@Test
		void readsTheImperfectOfAVerbInGerAsASpeechVerb() {
			ExtractedQuote quote = only(document()
				.paragraph("Dans un entretien, Zhao Gang, fondateur de Lumen, jugeait que Baidu avait compris que"
						+ " « les petits modèles gagneront »."));

			assertThat(quote.speaker()).isEqualTo("Zhao Gang");
		}

		@Test
		void findsTheSpeakerNamedBeforeTheQuotation() {
			ExtractedQuote quote = only(
					document().paragraph("Yang Zhilin a répondu « nous ne vendrons pas à perte » aux investisseurs."));

			assertThat(quote.speaker()).isEqualTo("Yang Zhilin");
		}

		@Test
		void givesWordsReportedInAnOrganisationsAccountToThePersonItNamesAsSpeaking() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Gina Raimondo flew to Beijing in August.")
				.paragraph("According to the Ministry of Commerce, Wang Wentao voiced \"strong objections\" to the"
						+ " new export rules."));

			assertThat(quote.speaker()).isEqualTo("Wang Wentao");
		}

		@Test
		void readsSelonAndDapres() {
			List<ExtractedQuote> quotes = extract(
					document().paragraph("Selon Robin Li, « les modèles open source prendront du retard ».")
						.paragraph("D'après Kai-Fu Lee, « former un modèle ne coûte pas forcément des milliards »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Robin Li", "Kai-Fu Lee");
		}

		@Test
		void letsAQuotationThatGoesOnKeepItsSpeaker() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"« Nous ne copierons personne », a déclaré Liang Wenfeng. « Nous voulons créer quelque chose de nouveau. »"));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Liang Wenfeng", "Liang Wenfeng");
		}

		@Test
		void pointsEachInlineQuoteToTheSentenceWhereItOpens() {
			ParsedDocument doc = document()
				.paragraph("Le marché a chuté. « Nous sommes tous surpris par ce modèle », a dit Jensen Huang.")
				.build();

			ExtractedQuote quote = new QuoteExtractor().extract(doc).get(0);

			assertThat(quote.sentenceIndex()).isEqualTo(1);
		}

	}

	@Nested
	class CrowdsAndUnnamedSources {

		@Test
		void givesNoSpeakerToNetizens() {
			ExtractedQuote quote = only(document().paragraph("Liang Wenfeng a publié le modèle R1 lundi.")
				.paragraph(
						"Sur Weibo, les internautes résumaient l'humeur d'une formule : « cette fois, c'est nous qui avons fait peur »."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNoSpeakerToSomeoneTheTextDoesNotNameEvenWithAPossessiveInTheClause() {
			ExtractedQuote quote = only(document()
				.paragraph("Jensen Huang était à Pékin jeudi. Il a rencontré des clients.")
				.paragraph(
						"À Shenzhen, un revendeur résume à sa manière la situation : « Les prix bougent tous les jours, personne ne veut vendre. »"));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void neverTakesAnIndefiniteWordOpeningTheSentenceForAName() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Robin Li defended the price cut on Tuesday.")
				.paragraph("Another investor said the cut would pay off only \"if the volumes triple\". "
						+ "One Hangzhou broker was blunter: \"Nobody makes money at these prices,\" the broker said."));

			assertThat(quotes).hasSize(2);
			assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker()).isNull());
		}

		@Test
		void readsHeInTheReportedClauseOfAnUnnamedSubjectAsThatPersonWhomTheirPseudonymNames() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Lei Jun showed the new car in Beijing on Thursday.")
				.paragraph(
						"On Xueqiu, the investor forum, a user posting as \"Night Rider\" wrote that he had waited four"
								+ " months. \"I paid more for the car than for all my phones,\" he wrote."));

			assertThat(quote.speaker()).isEqualTo("Night Rider");
		}

		@Test
		void keepsHeForTheManNamedAfterTheUnnamedSubject() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Xiaomi held its results call on Tuesday.")
				.paragraph("An analyst asked Lei Jun about prices, and he said the company would \"not cut them this"
						+ " year, and probably not next year either\"."));

			assertThat(quote.speaker()).isEqualTo("Lei Jun");
		}

		@Test
		void neverTakesAPrepositionOpeningTheSentenceForASurname() {
			ExtractedQuote quote = only(document().english()
				.paragraph("SMIC shares fell on Friday.")
				.paragraph("On Xueqiu, a user called the quarter \"boring, which is what a foundry should be\"."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesTheWordsOfAnUnnamedBloggerToThePseudonymAnEarlierSentenceGave() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Lei Jun showed the new car in Beijing on Thursday.")
				.paragraph("On Weibo, a film blogger who posts as \"Lens Uncle\" was unimpressed. "
						+ "\"Every clip looks like an advert,\" he wrote."));

			assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("Every clip looks like an advert");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Lens Uncle");
		}

		@Test
		void readsTheNameOfABloggerOrOfAnAccountOnAPlatformAsAPseudonym() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Le blogueur « Petit Pont », suivi par 200 000 personnes, a testé le modèle. "
						+ "« Il hésite beaucoup trop sur les questions simples », écrit-il.")
				.paragraph("Le compte Weibo « Vieux Codeur » a jugé le modèle « rapide, mais trop bavard sur les"
						+ " questions simples »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Petit Pont", "Vieux Codeur");
		}

		@Test
		void givesTheWordsAnnouncedByAnAccountNamedWithAPseudonymToThatPseudonym() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Cambricon shares rose by the daily limit on Friday.")
				.paragraph("On Weibo, an investor account called \"Chip Uncle\" summed up the day in four words: "
						+ "\"One post, one limit-up.\""));

			assertThat(quote.speaker()).isEqualTo("Chip Uncle");
		}

		@Test
		void followsAnAccountNamedByItsPseudonymThroughThePronounsAfterIt() {
			ExtractedQuote quote = only(document().paragraph("Zhang Yiming a présenté le modèle mercredi.")
				.paragraph(
						"Sur Weibo, le compte « Petit Ma compare », qui publie des comparatifs, a soumis le modèle à des"
								+ " exercices de poésie. « Meilleur sur les vers que sur le code », a-t-il tranché."));

			assertThat(quote.speaker()).isEqualTo("Petit Ma compare");
		}

		@Test
		void keepsAPhraseSomeoneCalledSomethingAsTheirWordsNotAsAPseudonym() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Over the weekend, the investor Marc Andreessen called R1 \"AI's Sputnik moment\"."));

			assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("AI's Sputnik moment");
		}

		@Test
		void givesNoSpeakerToAnUnnamedSourceWithAComplementAndAnAsideNamingACompany() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Moonshot AI is raising money again, according to people familiar with the talks.")
				.paragraph(
						"A person close to Moonshot, who asked not to be named because the company bars its staff from"
								+ " talking to the press, told reporters that the round was \"nearly closed, at a lower price\"."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesTheWordsOfAReportedClauseToWhoReportsItNotToItsSubject() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Several outlets reported that Lei Jun had hired the researcher with a package worth"
						+ " \"tens of millions of yuan\", citing people familiar with the matter."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void readsHeAfterAnUnnamedSubjectAsThatUnnamedPerson() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Zhang Peng presented the model on Monday.")
				.paragraph("A developer in Shenzhen, who tested the preview, was careful. He told reporters:")
				.quote("It handles long sessions well, better than I expected."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNoSpeakerToAnAnonymousAccountEvenAfterThePronounOfTheMainPerson() {
			ExtractedQuote quote = only(document().paragraph("Liang Wenfeng a présenté le modèle. Il a souri.")
				.paragraph("Un compte anonyme ironisait : « ils ont dépensé des milliards pour rien »."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNoSpeakerToAnUnnamedUserIntroducingABlock() {
			ExtractedQuote quote = only(document().paragraph("Yang Zhilin a lancé Kimi en octobre.")
				.paragraph("Un utilisateur de Weibo a écrit :")
				.quote("Je passe mes soirées à lui faire lire des rapports annuels."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesAnOrganisationTheWordsOfItsSpokespersonNotItsChief() {
			ExtractedQuote quote = only(document().paragraph("Jensen Huang était en visite à Pékin.")
				.paragraph(
						"Nvidia a répondu par la voix d'un porte-parole : « il n'y a pas de portes dérobées dans nos puces »."));

			assertThat(quote.speaker()).isEqualTo("Nvidia");
		}

	}

	@Nested
	class ScareQuotes {

		@Test
		void skipsAFormulaOfFiguresAndLettersInQuotationMarks() {
			List<ExtractedQuote> french = extract(document()
				.paragraph("La même année, le groupe avait lancé sa formule maison, « 5+N+X », pour désigner ses trois"
						+ " couches de modèles."));
			List<ExtractedQuote> english = extract(document().english()
				.paragraph(
						"The founder, who once praised the \"9 9 6\" schedule, said on Monday: \"We have changed.\""));

			assertThat(french).isEmpty();
			assertThat(english).extracting(ExtractedQuote::text).containsExactly("We have changed.");
		}

		@Test
		void skipsTermsOfOneOrTwoWords() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"La presse surnomme DeepSeek le « Pinduoduo » de l'IA, une « super-application » en devenir, un \"vrai pari\"."));

			assertThat(quotes).isEmpty();
		}

		@Test
		void keepsAPhraseOfOneOrTwoWordsThatASpeechVerbReports() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Zhou Hongyi told investors on Tuesday that the new chips were \"hard to find\".")
				.paragraph("Baidu said its growth would \"slow down\" this year.")
				.paragraph("Lei Jun voiced \"deep regret\" after the recall."));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("hard to find", "slow down", "deep regret");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Zhou Hongyi", "Baidu", "Lei Jun");
		}

		@Test
		void keepsAShortReportedPhraseInFrench() {
			ExtractedQuote quote = only(document()
				.paragraph("Wang Xiaochuan a estimé lundi que la demande resterait « très forte » jusqu'en mars."));

			assertThat(quote.speaker()).isEqualTo("Wang Xiaochuan");
		}

		@Test
		void keepsAShortPhraseAfterAnAuxiliaryOfTheReportedClause() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Le président du service cloud a ajouté que le nombre de clients avait « nettement augmenté » depuis"
							+ " janvier.")
				.paragraph("Zhang Wei a précisé que les ventes ont « bien résisté » au printemps."));

			assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("nettement augmenté", "bien résisté");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly(null, "Zhang Wei");
		}

		@Test
		void keepsAShortPhraseAfterAnEnglishAuxiliary() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Chen Lu said bookings had \"clearly grown\" since the launch.")
				.paragraph("Lin Hao told analysts that demand has \"picked up\" since May."));

			assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("clearly grown", "picked up");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Chen Lu", "Lin Hao");
		}

		@Test
		void keepsAShortPhraseAnywhereInTheClauseASpeechVerbOpensWithThat() {
			List<ExtractedQuote> english = extract(document().english()
				.paragraph("Zhou Min said on Friday that the first robots would reach customers \"within weeks\"."));
			List<ExtractedQuote> french = extract(document()
				.paragraph("Gao Yan a indiqué que l'usine livrerait « plusieurs centaines » de machines d'ici l'été."));

			assertThat(english).extracting(ExtractedQuote::text).containsExactly("within weeks");
			assertThat(english).extracting(ExtractedQuote::speaker).containsExactly("Zhou Min");
			assertThat(french).extracting(ExtractedQuote::text).containsExactly("plusieurs centaines");
			assertThat(french).extracting(ExtractedQuote::speaker).containsExactly("Gao Yan");
		}

		@Test
		void skipsAShortNameGivenByAVerbOfNamingInsideAReportedClause() {
			List<ExtractedQuote> english = extract(document().english()
				.paragraph(
						"Sun Li wrote on Weibo that the carmaker had always called its system \"driver assistance\".")
				.paragraph("The agency said it had asked about possible \"back doors\" in the chips."));
			List<ExtractedQuote> french = extract(document()
				.paragraph("Xu Ke a rappelé que l'équipe avait baptisé la puce « petit dragon » dès 2023."));

			assertThat(english).isEmpty();
			assertThat(french).isEmpty();
		}

		@Test
		void readsAFormThatIsAlsoANounAsAVerbRightAfterASubjectPronoun() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Wang Fang dirige le laboratoire depuis 2021. Le nouveau modèle, qu'elle juge « trop lent », sera"
							+ " remplacé en mars."));

			assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("trop lent");
		}

		@Test
		void skipsATermNamedWithAsInsideAReportedClause() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Wang Jun said the method, known as \"distillation\", had been used by every lab."));

			assertThat(quotes).isEmpty();
		}

		@Test
		void skipsAShortTermEvenWhenASpeechVerbOpensTheSentence() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Li Bin said the car would offer driving \"without hands\" on some roads, and that the"
						+ " \"smart cockpit\" was \"Nio Inside\"."));

			assertThat(quotes).isEmpty();
		}

		@Test
		void keepsQuotationsOfThreeWordsOrMore() {
			ExtractedQuote quote = only(document().paragraph("Elon Musk a répondu « tout simplement évident »."));

			assertThat(quote.text()).isEqualTo("tout simplement évident");
		}

		@Test
		void countsDoubledQuotationMarksOnce() {
			ExtractedQuote quote = only(document().paragraph(
					"Un compte anonyme ironisait : « \"\"Ils ont dépensé des milliards, nous avons dépensé de l'intelligence\" »."));

			assertThat(quote.text()).isEqualTo("Ils ont dépensé des milliards, nous avons dépensé de l'intelligence");
		}

		@Test
		void toleratesSpacesInsideGuillemetsAndAnUnclosedQuotation() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Robin Li a déclaré : «  Nous allons ouvrir nos modèles  ». Puis il a ajouté : « Le marché décidera du reste"));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("Nous allons ouvrir nos modèles", "Le marché décidera du reste");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Robin Li");
		}

	}

	@Nested
	class EditorsEmDash {

		@Test
		void winsOverTheIntroduction() {
			ExtractedQuote quote = only(document().paragraph("Sam Altman a déclaré :")
				.quote("Un modèle fermé ne constitue pas un fossé durable.", "Liang Wenfeng, fondateur de DeepSeek"));

			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
		}

		@Test
		void namesTheSpeakerOfAPullQuoteSetApartWithoutMarks() {
			List<ExtractedQuote> quotes = extractor.extract(document().english()
				.paragraph("Honor showed its agent on Thursday in Shenzhen, where it booked a table by voice.")
				.paragraph("An assistant that cannot act for you is only a search box that talks.")
				.paragraph("\u2014 Zhao Ming, chief executive, Honor")
				.paragraph("The feature reaches older phones next month.")
				.build());

			assertThat(quotes).extracting(ExtractedQuote::kind, ExtractedQuote::speaker)
				.containsExactly(tuple(QuoteKind.BLOCK, "Zhao Ming"));
		}

		@Test
		void takesNoParagraphForAPullQuoteWhenTheDashedLineIsNoName() {
			List<ExtractedQuote> quotes = extractor
				.extract(document().paragraph("Le texte fixe trois priorités pour l'année à venir.")
					.paragraph("\u2014 les puces d'inférence, dont la demande double chaque année.")
					.build());

			assertThat(quotes).isEmpty();
		}

		@Test
		void namesTheSpeakerOfALeadQuotation() {
			ExtractedQuote quote = only(document()
				.paragraph("« La Chine ne peut pas rester éternellement dans le rôle du suiveur. » — Liang Wenfeng"));

			assertThat(quote.speaker()).isEqualTo("Liang Wenfeng");
		}

	}

	@Nested
	class SpeakerNamesInTheArticle {

		@Test
		void takesTheNameAPersonGoesByForTheSamePerson() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Li Yanhong, better known abroad as Robin Li, opened the developer conference in Wuhan.")
				.paragraph("\"Applications are where the value is,\" Robin Li said."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Li Yanhong");
		}

		@Test
		void takesTheNameAFrenchSentenceSaysAPersonIsKnownByForTheSamePerson() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Wang Xing, que ses équipes connaissent sous le nom de Lao Wang, a ouvert la réunion.")
				.paragraph("Nous l'avons rencontré à Pékin.")
				.paragraph("Q : Pourquoi livrer des repas avec des drones ?")
				.paragraph("Parce que les tours sont hautes et les ascenseurs lents.")
				.paragraph("Q : Et ensuite ?")
				.paragraph("Nous irons à Hong Kong."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Wang Xing");
		}

		@Test
		void readsAShortSurnameThatIsAlsoAWordAfterATitle() {
			List<ExtractedQuote> quotes = extract(document().paragraph("He Xiaopeng a présenté le robot à Canton.")
				.paragraph("« Nous voulons le produire en série d'ici à la fin de l'an prochain », a ajouté M. He."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("He Xiaopeng");
		}

		@Test
		void usesTheLongestFormTheArticleGives() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Jensen Huang dirige Nvidia depuis 1993.")
				.paragraph("« Nous avons perdu le marché chinois », a reconnu M. Huang.")
				.paragraph("« La Chine compte la moitié des chercheurs du monde », a ajouté Huang."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Jensen Huang");
		}

	}

	@Nested
	class English {

		@Test
		void readsTheIntroductionOfABlock() {
			ExtractedQuote quote = only(document().english()
				.paragraph("OpenAI chief executive Sam Altman told reporters:")
				.quote("We will obviously deliver much better models."));

			assertThat(quote.speaker()).isEqualTo("Sam Altman");
		}

		@Test
		void readsSaidXAndXSaid() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph(
						"“It is the most impressive tool I have used,” said Victor Mustar, head of product at Hugging Face.")
				.paragraph(
						"“Frontier results from a tiny budget,” Andrej Karpathy, a founding member of OpenAI, wrote on X."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Victor Mustar", "Andrej Karpathy");
		}

		@Test
		void readsASpeakerSetBetweenCommasLaterInTheClauseBeforeTheSubjectOfTheClause() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Robin Li runs Baidu. Baidu sells cloud services.")
				.paragraph("Baidu would stay \"the cheapest in the market\" for small clients, he said, and the prices"
						+ " would fall again in May."));

			assertThat(quote.speaker()).isEqualTo("Robin Li");
		}

		@Test
		void looksPastATermInQuotationMarksForTheVerbThatReportsTheQuotation() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Tencent said in a statement that its \"Hunyuan T1\" model would \"answer twice as fast as"
						+ " last year\", without giving figures."));

			assertThat(quote.speaker()).isEqualTo("Tencent");
		}

		@Test
		void takesAPronounForTheSubjectOfTwoVerbsRatherThanTheObjectOfTheFirst() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Wang Xiaochuan founded Baichuan in 2023.")
				.paragraph("In a letter on Sunday evening he praised the team and wrote that \"small teams move"
						+ " faster than large ones\"."));

			assertThat(quote.speaker()).isEqualTo("Wang Xiaochuan");
		}

		@Test
		void resolvesHeToTheLastNamedMan() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Robin Li spoke at the conference in Wuhan.")
				.paragraph("“Open-source models will fall further behind,” he said."));

			assertThat(quote.speaker()).isEqualTo("Robin Li");
		}

		@Test
		void givesNoSpeakerToNetizensOrASpokesperson() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Liang Wenfeng released R1 on Monday.")
				.paragraph("Netizens replied: “we scared Silicon Valley this time”.")
				.paragraph("A spokesperson said: “we are looking into the reports”."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class RolesAndOrganisations {

		@Test
		void readsAnOrganisationNounAsTheOrganisationItIntroducedNotTheMostMentionedOne() {
			ExtractedQuote quote = only(document()
				.paragraph("Xiaomi a présenté mardi sa nouvelle puce. Xiaomi affirme l'avoir conçue seul.")
				.paragraph("Le cabinet ChipVision a démonté un exemplaire jeudi. Dans son rapport, le cabinet écrit :")
				.quote("La puce est bien conçue en Chine, mais sa gravure reste confiée à TSMC."));

			assertThat(quote.speaker()).isEqualTo("ChipVision");
		}

		@Test
		void readsLaDirectionAsTheCompanyItRuns() {
			ExtractedQuote quote = only(document()
				.paragraph("SMIC a publié jeudi ses résultats trimestriels, en hausse de 12 %.")
				.paragraph("Interrogée sur les droits de douane, la direction a répondu que leur effet resterait « très"
						+ " faible » pour le groupe."));

			assertThat(quote.speaker()).isEqualTo("SMIC");
		}

		@Test
		void resolvesARoleToWhoeverTheArticleGaveItNotToTheLastPersonNamed() {
			ExtractedQuote quote = only(document()
				.paragraph("Lisa Su, la PDG d'AMD, et Gina Raimondo, la secrétaire au Commerce, ne sont pas d'accord.")
				.paragraph("La patronne d'AMD a répondu devant des clients :")
				.quote("Nous vendrons partout où la loi nous le permet."));

			assertThat(quote.speaker()).isEqualTo("Lisa Su");
		}

		@Test
		void tellsTheChiefTechnologyOfficerFromTheChiefExecutive() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Pony Ma, Tencent's chief executive, opened the event.")
				.paragraph("Tang Daosheng, Tencent's chief technology officer, showed the new model.")
				.paragraph("Tencent's chief executive then told the audience:")
				.quote("We will not chase benchmarks for their own sake."));

			assertThat(quote.speaker()).isEqualTo("Pony Ma");
		}

		@Test
		void givesNoSpeakerWhenTwoPeopleHoldTheRole() {
			ExtractedQuote quote = only(document()
				.paragraph("Zhang Yiming et Liang Rubo, tous deux cofondateurs, ont longtemps travaillé ensemble.")
				.paragraph("Le cofondateur a raconté :")
				.quote("Nous avons écrit les premières lignes dans un appartement."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void readsAFoundingAsTheFoundersRole() {
			ExtractedQuote quote = only(document().paragraph("Il faut revenir à Megvii.")
				.paragraph("Fondé en 2011 par Yin Qi, le groupe a ensuite recruté Sun Jian et Fan Haoqiang.")
				.paragraph("Le fondateur de Megvii aimait dire à ses équipes :")
				.quote("Une démonstration ne remplace jamais un produit."));

			assertThat(quote.speaker()).isEqualTo("Yin Qi");
		}

		@Test
		void givesACommuniqueToThePublicBodyItsDescriptionStandsFor() {
			ExtractedQuote quote = only(document()
				.paragraph(
						"Mardi, l'Administration nationale des données de Chine (ANDC) a convoqué plusieurs éditeurs.")
				.paragraph("Le régulateur chinois a diffusé dans la soirée un communiqué :")
				.quote("Les entreprises concernées doivent corriger leurs pratiques sous trente jours."));

			assertThat(quote.speaker()).isEqualTo("Administration nationale des données de Chine");
		}

		@Test
		void givesNoSpeakerToAnUnnamedSourceDescribedByItsJob() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Wang Xiaochuan presented the new model.")
				.paragraph(
						"A chip designer in Shanghai, who has tested the model for a month, described the appeal of the company's API:")
				.quote("It is cheap, it is fast, and it answers in Chinese without sounding translated.")
				.paragraph("The founder of a small robotics start-up, who asked not to be named, saw it differently:")
				.quote("Cheap models make it harder for us to raise money."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void resolvesTheYoungestOfAGroupTheSentenceSinglesOut() {
			ExtractedQuote quote = only(document().paragraph(
					"En mars, Peng Zhihui est l'un des invités d'un dîner, aux côtés de Lei Jun et de Zhou Hongyi. Le plus jeune d'entre eux a confié :")
				.quote("Je ne m'attendais pas à être assis à cette table."));

			assertThat(quote.speaker()).isEqualTo("Peng Zhihui");
		}

		@Test
		void keepsCompaniesAndProductsOutOfThePronouns() {
			ExtractedQuote quote = only(document().paragraph("Ji Yichao, 33 ans, a fondé la société avec deux amis.")
				.paragraph(
						"La start-up qui édite l'agent, Red Lantern, vient de lever des fonds. Il fonde Red Lantern en 2022.")
				.paragraph("Dans un entretien, il a expliqué :")
				.quote("Un agent doit finir le travail, pas seulement le commencer."));

			assertThat(quote.speaker()).isEqualTo("Ji Yichao");
		}

		@Test
		void keepsTheGivenNameHongApartFromHongKong() {
			ExtractedQuote quote = only(document().paragraph("Xu Hong, 41 ans, a quitté Hong Kong en 2020.")
				.paragraph("Elle a expliqué :")
				.quote("Je voulais construire quelque chose à partir de zéro."));

			assertThat(quote.speaker()).isEqualTo("Xu Hong");
		}

		@Test
		void readsTheSpeakerOfALeadQuotationInTheNextClause() {
			ExtractedQuote quote = only(document().paragraph(
					"« Un modèle ouvert finit toujours par rattraper un modèle fermé. » Zhou Hongyi aimait répéter cette phrase au printemps."));

			assertThat(quote.speaker()).isEqualTo("Zhou Hongyi");
		}

	}

}
