package dev.aiwire.quote;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.aiwire.quote.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules of quotation attribution, one class of text each: who speaks, read as a
 * careful reader reads it, and when a quotation is no quotation at all.
 */
class AttributionRulesTests {

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
	class Interviews {

		@Test
		void givesEachAnswerToThePersonItsLabelNamesAndSkipsTheQuestions() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Nous avons rencontré Zhu Xiaohu à Shanghai.")
				.paragraph("LatePost : Vous vendez vos parts dans les robots humanoïdes ?")
				.paragraph("Zhu Xiaohu : Nous ne sortons pas de tout, nous vendons une partie de nos parts.")
				.paragraph("LatePost : Et les fonds publics ?")
				.paragraph("Zhu Xiaohu : Ils sont devenus les premiers financeurs du secteur."));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("Nous ne sortons pas de tout, nous vendons une partie de nos parts.",
						"Ils sont devenus les premiers financeurs du secteur.");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Zhu Xiaohu");
			assertThat(quotes).extracting(ExtractedQuote::confidence).containsOnly(Confidence.CERTAIN);
		}

		@Test
		void givesAnswersWithoutLabelsToTheIntervieweeTheTitleNames() {
			List<ExtractedQuote> quotes = extract(document().english()
				.title("Kai-Fu Lee: why 01.AI stopped the race")
				.paragraph("Kai-Fu Lee received us in Beijing in March.")
				.paragraph("Why did 01.AI stop pre-training?")
				.paragraph("We looked at the cost of the next generation and at what our customers would pay.")
				.paragraph("Is the company for sale?")
				.paragraph("No. We were never looking to be acquired, and I still run it every day.")
				.paragraph("What comes next?")
				.paragraph("I think our job is to make models useful inside companies."));

			assertThat(quotes).hasSize(3);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Kai-Fu Lee");
		}

		@Test
		void givesNobodyTheAnswersOfAnIntervieweeTheTitleDoesNotName() {
			List<ExtractedQuote> quotes = extract(document().english()
				.title("Inside the race to build China's models")
				.paragraph("Kai-Fu Lee and Wang Xiaochuan both spoke at the forum.")
				.paragraph("Why did you stop pre-training?")
				.paragraph("We looked at the cost of the next generation and at what our customers would pay.")
				.paragraph("Is the company for sale?")
				.paragraph("No. We were never looking to be acquired, and I still run it every day.")
				.paragraph("What comes next?")
				.paragraph("I think our job is to make models useful inside companies."));

			assertThat(quotes).hasSize(3);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void doesNotTakeSentencesEndingWithAColonForLabels() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Liang Wenfeng released R1 on Monday.")
				.paragraph("Netizens replied: “we scared Silicon Valley this time”.")
				.paragraph("A user wrote: “the price is the real news”."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void givesTheUnlabelledAnswersAfterLabelledQuestionsToTheInterviewee() {
			List<ExtractedQuote> quotes = extract(document().english()
				.title("Wang Xiaochuan on medical models and Baichuan's next year")
				.paragraph("Baichuan founder Wang Xiaochuan met 36Kr in Beijing after the company's annual meeting.")
				.paragraph("36Kr: Why put medicine first?")
				.paragraph("Because doctors are scarce and patients will pay for a second opinion.")
				.paragraph("I have believed that since we started the company.")
				.paragraph("36Kr: Will you keep training general models?")
				.paragraph("Only as much as the medical work needs. We cannot fight the giants on every front.")
				.paragraph("The company's shareholders include Alibaba and Tencent, as well as US funds."));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("Because doctors are scarce and patients will pay for a second opinion.",
						"I have believed that since we started the company.",
						"Only as much as the medical work needs. We cannot fight the giants on every front.");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Wang Xiaochuan");
		}

		@Test
		void givesTheAnswersToTheOnePersonTheIntroductionNamesWhenTheTitleNamesNobody() {
			List<ExtractedQuote> quotes = extract(document().title("Entretien : ce que veut le nouveau patron du cloud")
				.paragraph(
						"Zhang Qin dirige depuis mars la branche cloud du groupe. Nous l'avons rencontrée à Hangzhou.")
				.paragraph("Q : Vos prix baissent encore ?")
				.paragraph("Oui, tant que nos coûts baissent aussi.")
				.paragraph("Q : Et vos clients à l'étranger ?")
				.paragraph("Nous en avons davantage en Asie du Sud-Est qu'en Europe."));

			assertThat(quotes).hasSize(2);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Zhang Qin");
			assertThat(quotes).extracting(ExtractedQuote::confidence).containsOnly(Confidence.MEDIUM);
		}

		@Test
		void readsTheAnswersAfterQuestionsSetInBoldEvenWhenTheyNeverSayI() {
			List<ExtractedQuote> quotes = extractor.extract(new dev.aiwire.markdown.MarkdownParser().parse("""
					---
					title: What the new export rule means for the chip makers
					lang: en
					date: 2025-04-18
					---
					The rule came out on Tuesday. To read it, we called Rosa Lindqvist, who has followed the trade in
					graphics chips for ten years.

					**Which chips does it cover?**

					Every accelerator above a set bandwidth. That takes in the cards sold to China last year.

					**Can the makers design around it?**

					Partly. A slower card still sells, but it loses the buyers who train large models.

					**Will prices rise?**

					Certainly, and quickly, because the stock on hand is small.
					"""));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly(
						"Every accelerator above a set bandwidth. That takes in the cards sold to China last year.",
						"Partly. A slower card still sells, but it loses the buyers who train large models.",
						"Certainly, and quickly, because the stock on hand is small.");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Rosa Lindqvist");
		}

		@Test
		void takesTheUnlabelledAnswerToABoldQuestionAmongLabelledAnswersAsTheIntervieweesToo() {
			List<ExtractedQuote> quotes = extractor.extract(new dev.aiwire.markdown.MarkdownParser().parse("""
					---
					title: A workflow maker on the new video model
					lang: en
					date: 2025-08-04
					---
					Omar Haddad sells video workflows to small studios and tests every new open model.

					**When did you try it?**

					On the first evening, until late, on a single consumer card.

					**What changed?**

					Omar: Lighting. You can now ask for an evening light and get it.

					**Will you keep selling templates?**

					Omar Haddad: Yes, as long as the models stay open.
					"""));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("On the first evening, until late, on a single consumer card.",
						"Lighting. You can now ask for an evening light and get it.",
						"Yes, as long as the models stay open.");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Omar Haddad");
		}

		@Test
		void givesNobodyTheAnswersWhenTheIntroductionNamesSeveralPeople() {
			List<ExtractedQuote> quotes = extract(document().title("Entretien : deux fondateurs face aux prix")
				.paragraph("Zhang Qin et Li Bo ont répondu ensemble à nos questions.")
				.paragraph("Q : Vos prix baissent encore ?")
				.paragraph("Oui, tant que nos coûts baissent aussi.")
				.paragraph("Q : Et vos clients à l'étranger ?")
				.paragraph("Nous en avons davantage en Asie du Sud-Est qu'en Europe."));

			assertThat(quotes).hasSize(2);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class QuotationsWithoutMarks {

		@Test
		void readsTheNextParagraphInTheFirstPersonAsTheSameSpeakerGoingOn() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Devant les actionnaires réunis à Pékin, Robin Li a défendu ses dépenses :")
				.paragraph("Je sais que nos marges baissent. Je préfère investir maintenant plutôt que regretter.")
				.paragraph("Nous avons déjà réduit de moitié le coût de nos modèles, et nous continuerons.")
				.paragraph("Nous avons demandé à Baidu le montant exact, sans réponse."));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly(
						"Je sais que nos marges baissent. Je préfère investir maintenant plutôt que regretter.",
						"Nous avons déjà réduit de moitié le coût de nos modèles, et nous continuerons.");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Robin Li");
		}

		@Test
		void readsAParagraphInTheFirstPersonAfterAnIntroductionAsAQuotation() {
			ExtractedQuote quote = only(document().paragraph("Yang Zhilin est revenu sur le choix du contexte long.")
				.paragraph("Il a expliqué lors du forum :")
				.paragraph(
						"Nous avons choisi le contexte long parce que nos utilisateurs lisent des rapports entiers."));

			assertThat(quote.kind()).isEqualTo(QuoteKind.BLOCK);
			assertThat(quote.speaker()).isEqualTo("Yang Zhilin");
		}

		@Test
		void readsTheStatementAfterHeSaidThat() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Robin Li spoke to employees in December. He said that")
				.paragraph("we will not open our models just because others do."));

			assertThat(quote.speaker()).isEqualTo("Robin Li");
		}

		@Test
		void takesTheNameOnTheLineAfterAPastedPullQuote() {
			List<ExtractedQuote> quotes = extract(
					document().paragraph("Le fondateur de MiniMax parle rarement en public.")
						.paragraph("« L'AGI arrivera, j'en suis convaincu. »")
						.listItem("Yan Junjie, fondateur et PDG de MiniMax"));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isEqualTo("Yan Junjie");
			assertThat(quotes.get(0).confidence()).isEqualTo(Confidence.CERTAIN);
		}

	}

	@Nested
	class PlainPastes {

		private final dev.aiwire.markdown.MarkdownParser parser = new dev.aiwire.markdown.MarkdownParser();

		@Test
		void givesEachQuotationAroundTheNameOfItsSpeakerToThatSpeaker() {
			List<ExtractedQuote> quotes = extractor.extract(this.parser
				.parse("""
						---
						title: Harbour plan approved
						lang: en
						date: 2015-05-07
						---
						The council of Portvale approved the harbour plan on Tuesday after a long debate.

						Mayor Alice Brennan welcomed the vote outside the town hall.

						"This is a good day for the fishermen," said the opposition leader Tom Okafor. "They waited for ten years."
						"""));

			assertThat(quotes).extracting(ExtractedQuote::kind).containsOnly(QuoteKind.INLINE);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Tom Okafor", "Tom Okafor");
		}

		@Test
		void readsTheAnswersOfAPastedInterviewWhoseQuestionsAreShortLines() {
			List<ExtractedQuote> quotes = extractor.extract(this.parser.parse("""
					---
					title: Marta Olsen on the winter losses
					lang: en
					date: 2015-05-07
					---
					We spoke with Marta Olsen, a beekeeper from Bergen who lost half of her hives last winter.

					How many hives do you keep today?

					We have about forty now, down from eighty two years ago.

					What was the cause, then?

					I think it was the mites, and the late spring made everything worse for the colonies.

					Will you keep going?

					Yes. My family has kept bees for three generations and I will not be the one to stop.
					"""));

			assertThat(quotes).extracting(ExtractedQuote::kind).containsOnly(QuoteKind.BLOCK);
			assertThat(quotes).extracting(ExtractedQuote::speaker)
				.containsExactly("Marta Olsen", "Marta Olsen", "Marta Olsen");
		}

	}

	@Nested
	class OrganisationsAndTeams {

		@Test
		void readsTheBoardAsTheCompanyTheTextNamed() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Horizon Robotics published its results for the first half on Friday, with revenue up "
						+ "two thirds.")
				.paragraph("In its letter to shareholders, the board wrote:")
				.quote("Demand from carmakers grew faster than we planned, and we will hire more engineers."));

			assertThat(quote.speaker()).isEqualTo("Horizon Robotics");
		}

		@Test
		void readsTheLabAsTheLaboratoryNamedWithItsCityNotTheCompanyNamedSince() {
			ExtractedQuote english = only(document().english()
				.paragraph("On Monday, the Shenzhen Robotics Research Laboratory released a walking model. Its"
						+ " language part is taken from Alibaba's Qwen3.")
				.paragraph("The lab said in a statement:")
				.quote("A robot has to read the floor before it reads a sentence, and this model does both."));
			ExtractedQuote french = only(document()
				.paragraph("Lundi, l'Académie de robotique de Shenzhen a publié un modèle de marche. Sa partie"
						+ " langage vient de Qwen3, d'Alibaba.")
				.paragraph("L'académie a précisé dans un communiqué :")
				.quote("Un robot doit lire le sol avant de lire une phrase, et ce modèle fait les deux."));

			assertThat(english.speaker()).isEqualTo("Shenzhen Robotics Research Laboratory");
			assertThat(french.speaker()).isEqualTo("Académie de robotique de Shenzhen");
		}

		@Test
		void doesNotTakeAnOpeningPrepositionBeforeAPlaceOfSeveralWordsForASurname() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Moonshot released Kimi K3 on Friday night.")
				.paragraph("On Product Hunt, one early reviewer wrote only \"fast, cheap and a little stubborn\"."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes).extracting(ExtractedQuote::speaker).doesNotContain("On Product Hunt");
		}

		@Test
		void readsAnImpersonalFutureIlAsNobodyAndKeepsTheBodyThatReminds() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Wang Jian a présenté mardi le nouveau programme de calcul à Hangzhou.")
				.paragraph(
						"Dans un avis publié vendredi, la CAC rappelle qu'il faudra « déclarer chaque modèle avant sa mise en ligne »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("CAC");
		}

		@Test
		void givesWhatAFrenchTeamWroteToTheTeamItsFeminineNounNamed() {
			ExtractedQuote quote = only(document()
				.paragraph("Chen Lu, analyste chez un courtier, reste prudente. L'équipe Bailing, qui développe les "
						+ "modèles d'Ant, le présente comme un modèle rapide. Dans sa note, elle explique qu'il "
						+ "« raisonne juste sans écrire longtemps »."));

			assertThat(quote.speaker()).isEqualTo("équipe Bailing");
		}

		@Test
		void neverReadsTheCompanyAsATeamNamedAfterAProduct() {
			ExtractedQuote quote = only(document()
				.paragraph("Le 11 mars, Butterfly Effect annonce un partenariat avec l'équipe Qwen d'Alibaba. En "
						+ "juillet, l'équipe de Pékin est licenciée. Le 8 juillet, la société évoque « des considérations "
						+ "d'efficacité »."));

			assertThat(quote.speaker()).isNotEqualTo("équipe Qwen");
		}

		@Test
		void givesWhatATeamWroteToTheTeamNotToItsCompany() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Tencent released Hunyuan-T2 on Monday, a month after its rivals.")
				.paragraph("Announcing the weights, the Hunyuan team wrote:")
				.quote("We trained the model on half the chips we had last year, and it still beats our old one.")
				.paragraph("Later that week, the team added that a smaller version was on its way, calling it "
						+ "\"a model for every laptop\"."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Hunyuan team", "Hunyuan team");
		}

		@Test
		void namesAUnitWithTheCompanyItBelongsTo() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Tencent's Hunyuan, which hires through a graduate programme, wrote on its careers page "
						+ "that it wanted \"engineers who ship, not engineers who pose\"."));

			assertThat(quote.speaker()).isEqualTo("Tencent Hunyuan");
		}

		@Test
		void readsACompanyNamedWithAndWithoutItsCorporateSuffixAsOneCompany() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Xiaomi Corporation sold more phones than expected in the spring quarter.")
				.paragraph("Xiaomi said the car business would \"break even before the end of the year\".")
				.paragraph("Xiaomi also wrote in its filing:")
				.quote("We will keep investing in our own chips, whatever the cost."));

			assertThat(quotes).extracting(ExtractedQuote::speaker)
				.containsExactly("Xiaomi Corporation", "Xiaomi Corporation");
		}

		@Test
		void namesTheCompanyInTheFullestFormTheTextGivesEvenWhenItComesLater() {
			ExtractedQuote quote = only(document()
				.paragraph("Unitree a surpris les investisseurs. Unitree Robotics prépare son entrée en Bourse. "
						+ "Unitree a indiqué que ses robots « se vendent désormais hors de Chine »."));

			assertThat(quote.speaker()).isEqualTo("Unitree Robotics");
		}

		@Test
		void namesAKnownCompanyOfTwoWordsInFull() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Volcano Engine said its new model was \"cheaper than any rival's\"."));

			assertThat(quote.speaker()).isEqualTo("Volcano Engine");
		}

		@Test
		void namesACourtWhoseNameHoldsACommonWordAndNeverReadsTheCourtAsACompany() {
			ExtractedQuote court = only(document().english()
				.paragraph("On November 27, the Beijing Internet Court gave its answer. Zhu Ge, the judge who "
						+ "presided, wrote the ruling. In a summary, the court said the picture was \"a work\"."));
			ExtractedQuote unnamed = only(document().english()
				.paragraph("The picture spread on Weibo over the weekend. The court said the picture was \"a work\"."));

			assertThat(court.speaker()).isEqualTo("Beijing Internet Court");
			assertThat(unnamed.speaker()).isNotEqualTo("Weibo");
		}

		@Test
		void leavesTheElidedArticleOpeningASentenceOutOfAPublicBodysName() {
			ExtractedQuote quote = only(document()
				.paragraph("L'Administration du cyberespace de Chine a jugé que la règle était « juste et claire »."));

			assertThat(quote.speaker()).isEqualTo("Administration du cyberespace de Chine");
		}

		@Test
		void givesWhatAnUnnamedOfficialSaysToThePublicBodyTheyServeButNotToACompany() {
			ExtractedQuote ministry = only(document().english()
				.paragraph("An official of the Ministry of Commerce said the rules were \"fair and open\"."));
			ExtractedQuote administration = only(document()
				.paragraph("L'Administration du cyberespace de Chine a publié jeudi ses règles. Un responsable de "
						+ "l'Administration du cyberespace a jugé que les provinces avançaient « en ordre dispersé »."));
			ExtractedQuote company = only(document()
				.paragraph("Selon un responsable de Volcano Engine, le prix reste « le même pour tous »."));
			ExtractedQuote unnamed = only(document().english()
				.paragraph("A US official said the chips had been \"smuggled through Singapore\"."));

			assertThat(ministry.speaker()).isEqualTo("Ministry of Commerce");
			assertThat(administration.speaker()).isEqualTo("Administration du cyberespace de Chine");
			assertThat(company.speaker()).isNull();
			assertThat(unnamed.speaker()).isNull();
		}

		@Test
		void neverReadsAnAssociationOrAGroupAsTheMinistryNamedBefore() {
			ExtractedQuote association = only(document()
				.paragraph("Le ministère du Commerce a salué la décision. L'association a toutefois appelé les deux "
						+ "parties à « placer la stabilité au-dessus des différends »."));
			ExtractedQuote group = only(document().english()
				.paragraph("The Ministry of Commerce welcomed the decision. The group said the rules were \"fair\"."));

			assertThat(association.speaker()).isNotEqualTo("ministère du Commerce");
			assertThat(group.speaker()).isNotEqualTo("Ministry of Commerce");
		}

		@Test
		void readsANameOpeningWithAPlaceAsACompanyNotAPerson() {
			ExtractedQuote english = only(document().english()
				.paragraph(
						"On Wednesday, China Mobile chairman Yang Jie gave the opening speech. China Mobile said its "
								+ "projects were \"already in the thousands\"."));
			ExtractedQuote french = only(document().paragraph(
					"Le président de China Mobile, Yang Jie, a dressé un tableau. « Ce sera un nouveau dividende "
							+ "démographique », a-t-il ajouté."));

			assertThat(english.speaker()).isEqualTo("China Mobile");
			assertThat(french.speaker()).isEqualTo("Yang Jie");
		}

		@Test
		void readsAPlaceAfterAOrInAsWhereNotAsTheStartOfACompanysName() {
			ExtractedQuote french = only(document()
				.paragraph("Le jury a distingué mercredi à Pékin Wang Fei, la fondatrice d'une jeune pousse de robots"
						+ " ménagers. « Nous vendons du temps libre, pas des machines », a-t-elle déclaré."));
			ExtractedQuote english = only(document().english()
				.paragraph("The jury honoured in Beijing Wang Fei, the founder of a start-up making kitchen robots."
						+ " \"We sell free time, not machines,\" she said."));

			assertThat(french.speaker()).isEqualTo("Wang Fei");
			assertThat(english.speaker()).isEqualTo("Wang Fei");
		}

		@Test
		void givesWhatAnAccountPostedToItsOwner() {
			ExtractedQuote french = only(document()
				.paragraph("Les robots ont dansé pendant quatre minutes. Peu après, le compte officiel d'Unitree sur"
						+ " Weibo a publié un court message :")
				.quote("Bonjour à tous, nous sommes les H1 et nous avons dansé avec nos amis humains."));
			ExtractedQuote english = only(document().english()
				.paragraph("The robots danced for four minutes. Shortly after, the official Weibo account of Unitree"
						+ " posted a short message:")
				.quote("Hello everyone, we are the H1 robots and we danced with our human friends."));

			assertThat(french.speaker()).isEqualTo("Unitree");
			assertThat(english.speaker()).isEqualTo("Unitree");
		}

		@Test
		void keepsTheNounThatHeadsANameOpeningWithAPlace() {
			ExtractedQuote quote = only(document().english()
				.paragraph("The Shenzhen Stock Exchange said in a notice on Friday:")
				.quote("The new board is not an easier door. It is a separate room with brighter lights."));

			assertThat(quote.speaker()).isEqualTo("Shenzhen Stock Exchange");
		}

		@Test
		void readsABrandWrittenInSmallLettersAsTheCompanyNotItsUnit() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Engineers of the nubia AI Imaging Lab tuned the camera for night scenes. After the launch,"
						+ " nubia said the phone would reach Europe \"before the summer holidays\"."));

			assertThat(quote.speaker()).isEqualTo("nubia");
		}

		@Test
		void readsANameInBracketsWithItsLanguageAsTheSameCompany() {
			ExtractedQuote quote = only(document()
				.paragraph("Pendant ce temps, ModelBest (Mianbi Zhineng en chinois) fait le pari inverse. La start-up "
						+ "a déclaré que son modèle était « petit mais dense »."));

			assertThat(quote.speaker()).isEqualTo("ModelBest");
		}

		@Test
		void neverReadsThePersonsTeamAsTheLastCompanyNamed() {
			ExtractedQuote quote = only(document()
				.paragraph("Le modèle est hébergé sur Hugging Face. En décembre, l'équipe de Liu Zhiyuan a proposé une "
						+ "loi de densité. « Un serveur tiendra bientôt dans une montre », résumait-elle."));

			assertThat(quote.speaker()).isNotEqualTo("Hugging Face");
		}

		@Test
		void neverReadsThePlatformACompanyPostsOnAsTheCompany() {
			ExtractedQuote english = only(document().english()
				.paragraph("Then DeepSeek released V3.1. It was not R2. In a comment under its own WeChat post, the "
						+ "company wrote that the model was built \"for the chips that will be released soon\"."));
			ExtractedQuote french = only(document()
				.paragraph("Moonshot AI a publié Kimi K2 en juillet. Sur son compte Weibo, l'entreprise a écrit "
						+ "que le modèle était « le plus ouvert de sa catégorie »."));

			assertThat(english.speaker()).isEqualTo("DeepSeek");
			assertThat(french.speaker()).isEqualTo("Moonshot AI");
		}

		@Test
		void neverReadsTheCompanyAsTheBodyThatActsOnItInTheSameClause() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Washington is the risk the lidar maker Hesai Group cannot control. The US Department of "
						+ "Commerce put the company on its export list in January. Hesai rejects the charge and took "
						+ "the department to court in May. In a statement on Friday, it said the listing had "
						+ "\"no basis in fact\"."));

			assertThat(quote.speaker()).isEqualTo("Hesai Group");
		}

		@Test
		void readsACapitalisedBodyTheTextNeverNamedBeforeAsNoDescriptionOfTheCompany() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Baidu shares fell on Monday. The US Commerce Department said the company posed "
						+ "\"an unacceptable risk\"."));

			assertThat(quote.speaker()).isNotEqualTo("Baidu");
		}

	}

	@Nested
	class Spokespeople {

		@Test
		void givesWhatAnUnnamedSpokespersonSaidToTheOrganisationNamedWithThem() {
			ExtractedQuote quote = only(document().paragraph(
					"Interrogé, un porte-parole de Baidu s'est contenté de répondre que « la décision viendra plus tard »."));

			assertThat(quote.speaker()).isEqualTo("Baidu");
		}

		@Test
		void givesWhatTheSpokespersonSaidToTheOrganisationTheTextIsAbout() {
			ExtractedQuote quote = only(document().paragraph("Baidu a publié ses dix modèles le 30 juin.")
				.paragraph("« Rien ne presse pour le moment », a répondu le porte-parole."));

			assertThat(quote.speaker()).isEqualTo("Baidu");
		}

		@Test
		void neverReadsTheCompanysSpokespersonAsTheMinistryNamedSince() {
			ExtractedQuote quote = only(document().paragraph("AgiBot a présenté son nouveau robot à Shanghai.")
				.paragraph("Le ministère de l'Industrie et des Technologies de l'information a rappelé que les "
						+ "humanoïdes figuraient parmi ses priorités.")
				.paragraph(
						"Un porte-parole de l'entreprise a simplement indiqué qu'il préparait « la prochaine vidéo », "
								+ "sans plus de détails."));

			assertThat(quote.speaker()).isEqualTo("AgiBot");
		}

		@Test
		void readsACompanysSpokeswomanAsTheCompany() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Tencent shipped the model in May. A Tencent spokeswoman said the company would "
						+ "\"keep the largest weights closed for now\"."));

			assertThat(quote.speaker()).isEqualTo("Tencent");
		}

	}

	@Nested
	class VerbsThatAlsoAct {

		@Test
		void neverReadsAddingAnAmountAsSpeech() {
			ExtractedQuote quote = only(document().english()
				.paragraph(
						"Zhou Fang, who runs the cloud unit of Alibaba, said the company had added more than 90 million yuan "
								+ "of orders and that hospitals would be \"the first buyers of the service\"."));

			assertThat(quote.speaker()).isEqualTo("Zhou Fang");
		}

		@Test
		void neverReadsAjouterBeforeAFigureAsSpeech() {
			ExtractedQuote quote = only(document().paragraph(
					"Zhou Fang, qui dirige la division cloud d'Alibaba, a expliqué que l'entreprise avait ajouté 90 millions de "
							+ "yuans de commandes et que les hôpitaux seraient « les premiers clients du service »."));

			assertThat(quote.speaker()).isEqualTo("Zhou Fang");
		}

	}

	@Nested
	class TwoPeopleNamedTogether {

		@Test
		void readsHeAfterAPassiveAsThePersonWhoActed() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Wang Tao opened the launch in Shenzhen. Wang Tao said the robot would ship in May.")
				.paragraph("The demonstration was led by Chen Ming, who runs the lab. He said the arm had learnt "
						+ "to \"pick up an egg without breaking it\"."));

			assertThat(quote.speaker()).isEqualTo("Chen Ming");
		}

		@Test
		void readsTheFirstAndTheSecondAsThePeopleInTheOrderTheTextNamedThem() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Zhao Min, ingénieure chez un équipementier, et Xu Lan, analyste à Shenzhen, jugent le robot "
							+ "différemment. La première estime tenir « une machine enfin fiable sur une chaîne ». "
							+ "La seconde, plus prudente, répond que « la fiabilité se mesure en années, pas en semaines »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Zhao Min", "Xu Lan");
		}

		@Test
		void readsTheLatterAsTheOneNamedSecond() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Zhao Min and Xu Lan reviewed the robot for a trade magazine. The latter said it was "
						+ "\"a reliable machine that still needs a patient operator\"."));

			assertThat(quote.speaker()).isEqualTo("Xu Lan");
		}

		@Test
		void readsMrAndMsBeforeASharedSurnameAsThePersonOfThatGender() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Zhang Min, a lawyer in Shenzhen, said the rule was clear enough. Ms Zhang added that "
						+ "she expected few appeals.")
				.paragraph("Zhang Wei, who trades chip stocks in Hong Kong, was less calm. Mr Zhang told us:")
				.quote("Nobody here knows how long a licence will take, and markets hate not knowing."));

			assertThat(quote.speaker()).isEqualTo("Zhang Wei");
		}

		@Test
		void neverReadsARoleNobodyHoldsAsThePersonItsOwnSentenceHasJustNamed() {
			ExtractedQuote quote = only(document().english()
				.title("Lei Jun bets on chips, and a rival shrugs")
				.paragraph("Lei Jun showed Xiaomi's first phone chip in Beijing on Thursday. He called it a "
						+ "turning point for the company.")
				.paragraph("Zhou Hongyi, who has watched Xiaomi for fifteen years, was not impressed. Asked about "
						+ "Lei's chip, the entrepreneur replied:")
				.quote("A chip is a good start. Ten chips would be a strategy."));

			assertThat(quote.speaker()).isEqualTo("Zhou Hongyi");
		}

	}

	@Nested
	class Outlets {

		@Test
		void neverTakesTheOutletItCitesForTheCompany() {
			ExtractedQuote quote = only(
					document().paragraph("StepFun ouvre deux modèles de vision. Le calendrier ne doit rien au hasard.")
						.paragraph("Interrogé par Leiphone, son fondateur a parlé d'un choix mûri depuis l'hiver.")
						.paragraph("Selon la société, un modèle vocal suivra « avant la fin du trimestre »."));

			assertThat(quote.speaker()).isEqualTo("StepFun");
		}

		@Test
		void neverTakesAnOutletsTitleNamedAfterItForTheCompany() {
			ExtractedQuote english = only(document().english()
				.paragraph("Sina Tech, March 3. Translated by the desk.")
				.paragraph("Alibaba confirmed the trial on Monday. In a note sent to Sina Tech and other media, the"
						+ " company said:")
				.quote("The new search runs on our own model, and only a small share of users can see it."));
			ExtractedQuote french = only(document().paragraph("Caixin Global, 3 mars.")
				.paragraph("Alibaba a confirmé l'essai lundi. Dans une note envoyée à Caixin Global, la société a"
						+ " indiqué :")
				.quote("La nouvelle recherche repose sur notre propre modèle, et seuls quelques utilisateurs la voient."));

			assertThat(english.speaker()).isEqualTo("Alibaba");
			assertThat(french.speaker()).isEqualTo("Alibaba");
		}

		@Test
		void givesTheWordsToThePersonAnOutletReportsNotToTheOutlet() {
			ExtractedQuote quote = only(document().paragraph(
					"Selon 36Kr, Wang Xingxing a assuré que « les robots feront leurs premiers pas en usine dès cet été »."));

			assertThat(quote.speaker()).isEqualTo("Wang Xingxing");
		}

		@Test
		void givesTheWordsToWhoSaidThemWhenAnOutletIsNamedAfter() {
			ExtractedQuote quote = only(document().english()
				.paragraph("\"We will not sell the robot below cost,\" Wang Xingxing said, according to Reuters."));

			assertThat(quote.speaker()).isEqualTo("Wang Xingxing");
		}

	}

	@Nested
	class ColonIntroductions {

		@Test
		void givesTheWordsAfterAColonToTheSubjectWhenAnEarlierSpeechVerbNamesNobody() {
			ExtractedQuote quote = only(document()
				.paragraph("Zhou Hongyi diffuse chaque soir une vidéo où il commente l'actualité du secteur.")
				.paragraph(
						"En mars, interrogé sur une rumeur de départ lancée par des anciens salariés, il s'est emporté : "
								+ "« je ne quitterai pas cette entreprise tant qu'elle aura besoin de moi »."));

			assertThat(quote.speaker()).isEqualTo("Zhou Hongyi");
		}

		@Test
		void takesAPlainParagraphAfterAColonThatFollowsASentenceAboutSomeoneForTheirWords() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Xie Wen runs the lab's video team and does not hide his doubts.")
				.paragraph("He was just as direct about the company's finances:")
				.paragraph("The video business pays for itself. The chat product does not, and it will need a new round"
						+ " before the end of next year."));

			assertThat(quote.kind()).isEqualTo(QuoteKind.BLOCK);
			assertThat(quote.speaker()).isEqualTo("Xie Wen");
		}

		@Test
		void takesAPlainParagraphAfterAColonThatFollowsAPersonNamedWithARoleOrTitleForTheirWords() {
			List<ExtractedQuote> french = extract(document()
				.paragraph(
						"Mercredi, en ouverture du salon, le président de Lanyun, Gao Peng, a dressé un tableau qui a"
								+ " surpris la salle :")
				.paragraph("Les robots de tri seront bientôt plus nombreux que les employés dans les entrepôts du pays."
						+ " Ils deviendront une part ordinaire de la logistique."));
			List<ExtractedQuote> english = extract(document().english()
				.paragraph("The group can afford its plans. Ms Wang, who follows the sector for a Shanghai brokerage,"
						+ " is more cautious:")
				.paragraph("Operators have the network and the customers. They have not yet shown that households"
						+ " will pay for the assistant."));

			assertThat(french).extracting(ExtractedQuote::speaker).containsExactly("Gao Peng");
			assertThat(english).extracting(ExtractedQuote::speaker).containsExactly("Wang");
		}

		@Test
		void leavesAParagraphAfterAColonThatFollowsNoOneAsTheArticlesOwn() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Xie Wen runs the lab's video team.")
				.paragraph("The new plan has two parts:")
				.paragraph("The video business will be spun off. The chat product will be sold to a rival before the"
						+ " end of next year."));

			assertThat(quotes).isEmpty();
		}

	}

	@Nested
	class NamesSetBesideAnUnnamedSubject {

		@Test
		void givesTheWordsToTheNameSetBesideAnUnnamedSubjectAndItsComplement() {
			ExtractedQuote english = only(document().english()
				.paragraph("An engineer at the Shenzhen plant, Li Ming, said: \"We rewrote the whole stack in six"
						+ " weeks.\""));
			ExtractedQuote french = only(document()
				.paragraph("Le groupe a les moyens de ses ambitions. Mais une analyste d'une maison de courtage de"
						+ " Pékin, Mme Wang Li, reste prudente :")
				.quote("Les opérateurs ont le réseau et les clients. Ils n'ont pas encore prouvé que le grand public"
						+ " paierait."));

			assertThat(english.speaker()).isEqualTo("Li Ming");
			assertThat(french.speaker()).isEqualTo("Wang Li");
		}

	}

	@Nested
	class SourcesOpeningTheSentence {

		@Test
		void givesEveryQuotationOfTheSentenceToTheSourceItOpensWith() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Tang Jie préfère les hôpitaux aux salons. "
					+ "Selon lui, quand ses rivaux promettent « une machine qui sait tout », "
					+ "Zhipu cherche « un outil qui aide les médecins »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Tang Jie", "Tang Jie");
		}

	}

	@Nested
	class WordsHeard {

		@Test
		void givesNobodyWhatTheSubjectRemembersHearing() {
			ExtractedQuote heard = only(document().english()
				.paragraph("He Xiaopeng recalled hearing the same sentence from every banker he met: "
						+ "\"robots will never pay for themselves.\""));
			ExtractedQuote entendu = only(document()
				.paragraph("Wang Xiaochuan se souvient d'avoir entendu la même phrase chez tous les investisseurs : "
						+ "« la santé ne rapporte rien »."));

			assertThat(heard.speaker()).isNull();
			assertThat(entendu.speaker()).isNull();
		}

		@Test
		void givesTheSubjectWhatHeLetsBeUnderstood() {
			ExtractedQuote quote = only(document()
				.paragraph("Le groupe publiera ses résultats à la mi-mai. Ma Jun n'a pas donné de date, mais il a"
						+ " laissé entendre que « le robot sera prêt pour la fête du 18 juin »."));

			assertThat(quote.speaker()).isEqualTo("Ma Jun");
		}

	}

	@Nested
	class Products {

		@Test
		void readsANameRightAfterANounOfAThingAsAProductNeverASpeaker() {
			ExtractedQuote quote = only(document()
				.paragraph("Lei Jun a présenté jeudi les comptes de Xiaomi. Jusqu'ici, les téléphones du groupe "
						+ "utilisaient surtout les puces Wen Tao de MediaTek.")
				.paragraph("Le fondateur a expliqué aux analystes :")
				.quote("Nous avons gagné de l'argent sur chaque téléphone vendu cette année."));

			assertThat(quote.speaker()).isEqualTo("Lei Jun");
		}

		@Test
		void readsTheCompanyAsTheMakerOfTheProductTheParagraphIsAbout() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Moonshot AI shipped a new Kimi on Monday. Kimi now reads whole books in one go.")
				.paragraph("\"Long context is where users feel the difference,\" the company said."));

			assertThat(quote.speaker()).isEqualTo("Moonshot AI");
		}

		@Test
		void neverTakesAProductForTheGroupThatSpeaks() {
			ExtractedQuote quote = only(document().paragraph("Baidu a ouvert les poids de son modèle.")
				.paragraph("Ernie 4.5 se classe bien dans les tests. Ernie reste pourtant loin derrière Qwen.")
				.paragraph("Le groupe a promis que le prochain modèle serait « ouvert dès sa sortie »."));

			assertThat(quote.speaker()).isEqualTo("Baidu");
		}

		@Test
		void neverTakesAVersionedModelNameForAPerson() {
			List<ExtractedQuote> quotes = extract(
					document().paragraph("Tang Jie a présenté le nouveau modèle de Zhipu à Pékin.")
						.paragraph("Son prix ne vaut qu'une fraction de celui de GPT-4 Turbo. "
								+ "Le fondateur s'en est étonné. Il a reconnu :")
						.quote("Nous ne pensions pas que le prix ferait autant parler."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Tang Jie");
		}

	}

	@Nested
	class Epigraphs {

		@Test
		void givesNobodyTheWordsOfAnEditorsLineThatDescribesSomeoneWithoutNamingThem() {
			ExtractedQuote student = only(document().english()
				.quote("I came for the robots and stayed for the noodles.", "a student from Tianjin, on Saturday")
				.paragraph("Wang Xingxing watched the final from the front row."));
			ExtractedQuote cliente = only(
					document().quote("Une voiture qui se gare seule, c'est déjà ça.", "Une cliente rencontrée au salon")
						.paragraph("He Xiaopeng a fait la démonstration lui-même."));

			assertThat(student.speaker()).isNull();
			assertThat(cliente.speaker()).isNull();
		}

		@Test
		void givesAnEpigraphToThePersonNamedRightAfterIt() {
			List<ExtractedQuote> quotes = extract(document()
				.quote("Quand on se tient là où souffle le vent, même un cochon peut s'envoler.")
				.paragraph("Lei Jun répétait cette formule dès 2013, quand Xiaomi vendait ses téléphones en ligne."));

			assertThat(quotes.get(0).speaker()).isEqualTo("Lei Jun");
		}

		@Test
		void givesAnEpigraphInQuotationMarksToTheAuthorTheNextSentenceNames() {
			ExtractedQuote quote = only(document()
				.paragraph("« Un téléphone qui ne comprend pas son propriétaire n'est qu'un écran avec une batterie. »")
				.paragraph("Ces mots sont de Hu Baishan, qui les a répétés devant les développeurs de vivo en"
						+ " novembre. Le groupe présentait ce jour-là ses propres modèles."));

			assertThat(quote.kind()).isEqualTo(QuoteKind.BLOCK);
			assertThat(quote.speaker()).isEqualTo("Hu Baishan");
		}

		@Test
		void takesALineWithoutMarksAboveTheArticleForAnEpigraphWhenTheNextSentenceNamesItsAuthor() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Sina Tech, by Li Wen. Translated by Amy Hart")
				.paragraph("Compute is the electricity of this century, and nobody rations electricity.")
				.paragraph("The line is Jensen Huang's, from his keynote in Taipei on Monday. In Beijing, the"
						+ " ministry read it differently."));
			List<ExtractedQuote> lead = extract(document().english()
				.paragraph("Compute is the electricity of this century, and few companies have enough of it.")
				.paragraph("Jensen Huang opened the show in Taipei on Monday."));

			assertThat(quotes).extracting(ExtractedQuote::kind, ExtractedQuote::speaker)
				.containsExactly(tuple(QuoteKind.BLOCK, "Jensen Huang"));
			assertThat(lead).isEmpty();
		}

		@Test
		void givesWordsTheTextAttributesWithDeToTheirAuthor() {
			ExtractedQuote quote = only(document()
				.paragraph("La formule détourne le « drill, baby, drill » de Donald Trump, et la salle a ri."));

			assertThat(quote.speaker()).isEqualTo("Donald Trump");
		}

	}

	@Nested
	class NotQuotations {

		@Test
		void skipsTermsAfterADeterminerOrANumber() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("La « guerre des prix » a fait rage, et quatre « gigafactories de l'IA » sont prévues."));

			assertThat(quotes).isEmpty();
		}

		@Test
		void skipsTheNameOfACampaignOrATitle() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Li Qiang lançait l'action « Intelligence artificielle Plus » devant l'Assemblée.")
				.paragraph("Ses mémoires, « From Words to Worlds », ont été traduites en chinois."));

			assertThat(quotes).isEmpty();
		}

		@Test
		void skipsWordsAfterAStrayMark() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Le modèle a été publié mardi soir » et les développeurs l'ont aussitôt testé en ligne."));

			assertThat(quotes).isEmpty();
		}

	}

	@Nested
	class People {

		@Test
		void neverJoinsAWordOpeningTheSentenceToTheFullNameAfterItsDe() {
			ExtractedQuote quote = only(document().paragraph(
					"Wang Huiwen n'avait pas besoin de travailler. Compagnon de Wang Xing depuis l'université, il "
							+ "avait quitté Meituan en 2020. Wang Xing a réagi dans la journée. « Lao Wang a toujours eu un "
							+ "temps d'avance », a-t-il écrit."));
			ExtractedQuote particle = only(
					document().paragraph("Ursula von der Leyen a jugé le texte « équilibré et ferme »."));

			assertThat(quote.speaker()).isEqualTo("Wang Xing");
			assertThat(particle.speaker()).isEqualTo("Ursula von der Leyen");
		}

		@Test
		void skipsAnAsideNamingOthersBetweenTheSpeakerAndTheVerb() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Chips were again at the centre of the trade talks this spring.")
				.paragraph(
						"Zhou Lan, an economist at the Shanghai Academy of Digital Trade and Regional Security, a body"
								+ " under the ministry, said the talks had changed little:")
				.quote("Companies here plan as if every licence could be withdrawn tomorrow."));

			assertThat(quote.speaker()).isEqualTo("Zhou Lan");
		}

		@Test
		void readsTheNameAfterARoleAndIsAsTheHolderOfThatRole() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Peng Zhihui started Zhiyuan Robotics in 2023 and still chairs its board. "
						+ "The company's chief executive is now Deng Taihua.")
				.paragraph(
						"Deng was blunter than his co-founder at the launch. The chief executive told the engineers:")
				.quote("We have built too many prototypes and sold too few robots."));

			assertThat(quote.speaker()).isEqualTo("Deng Taihua");
		}

		@Test
		void leavesATitleBeforeTheNameOutOfTheName() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Commissioner Henna Virkkunen said the rules \"apply to every model sold in Europe\".")
				.paragraph("Later, Virkkunen said Europe would \"not look away\"."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnly("Henna Virkkunen");
		}

		@Test
		void givesTheWordsToThePersonAfterTheVerbNotToTheCompanyQualifyingTheirRole() {
			ExtractedQuote quote = only(
					document().english().paragraph("\"This is a turning point,\" said Alibaba chairman Joe Tsai."));

			assertThat(quote.speaker()).isEqualTo("Joe Tsai");
		}

		@Test
		void readsLInteresseAsThePersonTheTextIsAbout() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Yang Zhilin a quitté la recherche pour fonder Moonshot en 2023.")
				.paragraph(
						"Ses anciens camarades de Tsinghua le trouvaient alors trop pressé. Un ancien collègue se souvient : "
								+ "« il voulait tout construire en un an ». Interrogé des mois plus tard, l'intéressé s'expliquait déjà :")
				.quote("Je savais que la fenêtre serait courte, et je ne voulais pas la regarder se refermer."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly(null, "Yang Zhilin");
		}

		@Test
		void keepsAShortSurnameThatIsAlsoAWordAfterAHyphenatedTitle() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Vice-premier He Lifeng said the talks had been \"candid and constructive\"."));

			assertThat(quote.speaker()).isEqualTo("He Lifeng");
		}

		@Test
		void keepsParticlesInsideNames() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Alors ministre, Bruno Le Maire plaidait pour qu'on cesse de « réguler avant même d'avoir innové »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Bruno Le Maire");
		}

		@Test
		void tellsTwoPeopleOfOneSurnameApartByWhoTheParagraphIsAbout() {
			List<ExtractedQuote> quotes = extract(document().paragraph("Wang Huiwen a quitté Meituan en 2020.")
				.paragraph("Wang Xingxing, le fondateur d'Unitree, a présenté son robot mardi. Wang a ajouté :")
				.quote("Le matériel actuel est largement suffisant."));

			assertThat(quotes.get(0).speaker()).isEqualTo("Wang Xingxing");
		}

		@Test
		void knowsANameGivenInBracketsIsTheSamePerson() {
			List<ExtractedQuote> quotes = extract(
					document().paragraph("Eddie Wu (Wu Yongming) dirige Alibaba depuis 2023.")
						.paragraph("Wu Yongming a déclaré : « notre objectif premier, c'est l'AGI »."));

			assertThat(quotes.get(0).speaker()).isEqualTo("Eddie Wu");
		}

		@Test
		void namesAPublicBodyByTheNameTheTextGivesIt() {
			ExtractedQuote quote = only(document().paragraph(
					"Le lendemain, le ministère chinois du Commerce a déclaré : « les États-Unis abusent des contrôles »."));

			assertThat(quote.speaker()).isEqualTo("ministère chinois du Commerce");
		}

		@Test
		void readsAnAgeAfterTheAsThePersonTheTextIsAbout() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Wang Tao founded the lab in 2019 after ten years at a search company.")
				.paragraph(
						"Reporters in the room wanted a date for the release. The 41-year-old kept his answer short:")
				.quote("We will ship when the model is ready, and not a day before."));

			assertThat(quote.speaker()).isEqualTo("Wang Tao");
		}

		@Test
		void readsAnAgeBeforeARoleAsThatRole() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Wang Tao founded the lab in 2019. Li Na joined it a year later as its chief scientist.")
				.paragraph("Reporters wanted a date for the release. The 41-year-old founder kept his answer short:")
				.quote("We will ship when the model is ready, and not a day before."));

			assertThat(quote.speaker()).isEqualTo("Wang Tao");
		}

		@Test
		void readsACompanyWrittenWithALowerCaseInitialAsAName() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Le régulateur a promis « des contrôles plus stricts sur les voitures ». eHang affirmait"
						+ " de son côté que ses appareils restaient « conformes à toutes les règles en vigueur »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).endsWith("eHang");
		}

		@Test
		void readsTheInvestorAsTheFundsPartnerTheTextIntroduced() {
			ExtractedQuote quote = only(document().paragraph(
					"Zhao Li, chercheuse à l'université de Wuhan, et Meng Yu, associée d'un fonds pékinois, ne jugent"
							+ " pas le lancement de la même façon.")
				.paragraph(
						"Zhao Li pense d'abord aux laboratoires, qui manquent de données. Elle y voit un vrai progrès.")
				.paragraph("L'investisseuse, qui a suivi plusieurs tours de table du secteur, tempère :")
				.quote("La question est de savoir qui aura les meilleures données, pas la plus belle vidéo."));

			assertThat(quote.speaker()).isEqualTo("Meng Yu");
		}

		@Test
		void readsTheCapitalisedNameOfABodyAfterTheAsItsNameNotAsTheLastBodyNamed() {
			ExtractedQuote quote = only(document().english()
				.paragraph("China's Ministry of Commerce protested against the new chip rules within hours.")
				.paragraph("On Monday the Energy Department had tightened the rules for chip exports.")
				.paragraph(
						"On Friday, the department warned that chips resold abroad \"could still breach the rules\"."));

			assertThat(quote.speaker()).isEqualTo("Energy Department");
		}

		@Test
		void givesThePresidentsWordsToWhoPresidedNotToTheFounderInTheRoom() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Lundi, la fondatrice de Lumen, Xu Ming, assistait au forum présidé par Zhao Gang à Pékin."
						+ " Le président y a assuré que « les entreprises privées auront toute leur place ».")
				.paragraph("Plus tard, la patronne de Lumen a résumé : « nous avons été entendus, enfin »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Zhao Gang", "Xu Ming");
		}

		@Test
		void readsTheWholeRoleBeforeANameAndKnowsTheHeadOfGovernmentByIt() {
			ExtractedQuote quote = only(document()
				.paragraph("Le même jour, Xu Ming participe à une réunion organisée avec le Premier ministre Zhao Gang."
						+ " Le chef du gouvernement y a appelé à « miser sur les puces nationales »."));

			assertThat(quote.speaker()).isEqualTo("Zhao Gang");
		}

		@Test
		void keepsTheLowerCaseWordsOfAPublicBodysName() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Mardi, le ministère des Affaires étrangères a demandé à Tokyo de « revenir à la raison »."
						+ " Le ministère de l'Économie numérique a déclaré : « nous suivons le dossier de près »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker)
				.containsExactly("ministère des Affaires étrangères", "ministère de l'Économie numérique");
		}

		@Test
		void readsTheNameAfterARoleAndItsOrganisationAsTheSubject() {
			ExtractedQuote quote = only(document().paragraph("Li Yizhou vend des cours d'IA en ligne.")
				.paragraph("Hier, le fondateur de 360, Zhou Hongyi, a donné son premier cours. Il a expliqué :")
				.quote("Le PPT est le meilleur outil pour enfumer les gens."));

			assertThat(quote.speaker()).isEqualTo("Zhou Hongyi");
		}

		@Test
		void neverReadsTheIlOfIlYAAsSomeone() {
			ExtractedQuote quote = only(document().paragraph("Zhou Hongyi a lancé son cours mardi.")
				.paragraph("Il y a quelques jours, Li Yizhou vendait des cours à 199 yuans.")
				.paragraph("Zhou Hongyi a ironisé : « un cours d'IA ne devrait pas coûter plus qu'un repas »."));

			assertThat(quote.speaker()).isEqualTo("Zhou Hongyi");
		}

		@Test
		void takesTheSubjectOfTheSpeechVerbBeforeTheSourceOfAReport() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Liang Rubo became chief executive in 2021.")
				.paragraph("At a meeting last year, according to people who attended, the chief executive told staff:")
				.quote("We were slow, and a company of our size should notice these things first."));

			assertThat(quote.speaker()).isEqualTo("Liang Rubo");
		}

		@Test
		void knowsAWomanByHerGivenName() {
			ExtractedQuote quote = only(document().paragraph("Lisa Su a présenté les puces d'AMD à Taipei.")
				.paragraph("Jensen Huang avait présenté les siennes la veille.")
				.paragraph("Elle a ajouté :")
				.quote("Nous serons prêts pour la demande en calcul."));

			assertThat(quote.speaker()).isEqualTo("Lisa Su");
		}

	}

	@Nested
	class Crowds {

		@Test
		void givesNobodyWhatTheCommentsUnderAPostSaid() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Qian Lu, who manages a technology fund in Shanghai, was cautious about the new tier. On"
						+ " Xueqiu, one of the most liked comments read: \"Every new door reminds me of the last one I"
						+ " walked through with my savings.\""));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyTheWordsOfSomeoneKnownOnlyByTheirTrade() {
			ExtractedQuote french = only(document()
				.paragraph("Mme Zhao rappelle que les avatars ne sont pas nouveaux. Un animateur d'une agence de"
						+ " Hangzhou se montre plus inquiet : « Si les patrons vendent eux-mêmes, on va devoir"
						+ " baisser nos prix. »"));
			ExtractedQuote english = only(document().english()
				.paragraph("Ms Zhao says avatars are nothing new. A livestream host in Hangzhou was less relaxed:"
						+ " \"If the bosses sell for themselves, we will have to cut our fees.\""));

			assertThat(french.speaker()).isNull();
			assertThat(english.speaker()).isNull();
		}

		@Test
		void neverTakesACompanyNamedAfterUnderForTheOneWhoSpeaks() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Volcano Engine cut its prices again. In the comment section under Volcano Engine's launch "
						+ "video, one of the most liked replies read \"thank you for the free lunch\"."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void readsTheRoleOfSomeoneAtACompanyTheTextDoesNotNameAsAnUnnamedPerson() {
			ExtractedQuote unnamed = only(document().paragraph(
					"Baichuan a été retenu, a rappelé M. Wang Xiaochuan, son fondateur. Le fondateur d'une jeune "
							+ "entreprise pékinoise a décrit sa frustration : « On a déposé notre dossier en juillet »."));
			ExtractedQuote one = only(document().english()
				.paragraph("Kai-Fu Lee founded 01.AI in 2023. As the founder of one of the six tigers, he said the "
						+ "plan had \"changed for the better\"."));

			assertThat(unnamed.speaker()).isNull();
			assertThat(one.speaker()).isEqualTo("Kai-Fu Lee");
		}

		@Test
		void givesNobodyTheWordsAnUnnamedSourceOpeningTheSentenceWithPourIntroduces() {
			ExtractedQuote quote = only(document()
				.paragraph("Baidu a publié mardi ses résultats trimestriels, meilleurs que prévu.")
				.paragraph("Pour un analyste d'une banque d'investissement de Hong Kong, Baidu reste en retard :")
				.quote("Le moteur de recherche finance tout, et rien ne le remplace encore."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyTheWordsOfSomeoneIntroducedAsHerAssistantAndThenCalledHe() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Liu Fang, a designer in Suzhou, tried it on a poster. She liked the colours. On Pixel "
						+ "Arena, a ranking site, it came first.")
				.paragraph("Her assistant was harder to please. He tested it for a day. \"It forgets the face "
						+ "after four pictures,\" he said."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesTheWordsOfAnUnnamedSourceToThePseudonymItSignsWith() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Lei Jun showed the new phone in Beijing on Thursday.")
				.paragraph("A reviewer who posts on Bilibili as \"Night Owl\" wrote that the battery was "
						+ "\"better than anything Xiaomi has sold before\"."));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("better than anything Xiaomi has sold before");
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Night Owl");
		}

		@Test
		void readsTheNameAnAccountSignsWithAsNoQuotation() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Lei Jun a présenté jeudi le nouveau téléphone à Pékin.")
				.paragraph("Un compte consacré aux appareils photo, qui signe « Petite Lune du soir », a jugé que "
						+ "l'écran était « le meilleur de sa catégorie cette année »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Petite Lune du soir");
		}

		@Test
		void givesNobodyTheWordsOfOneOfAGroup() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Wang Xingxing presented the robot on Tuesday.")
				.paragraph("One of the engineers on the project, who asked not to be named, told Jiemian:")
				.quote("The dance itself was not the hard part."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyTheWordsOfSomeoneTheTextDescribesWithoutNaming() {
			ExtractedQuote quote = only(document().paragraph("Zhou Hongyi a donné son cours mardi.")
				.paragraph("Une participante, dirigeante d'une PME de Hangzhou, a confié à Leiphone :")
				.quote("Je ne suis pas sûre d'avoir tout compris, mais je repars avec des idées."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyTheWordsOfSomeoneDescribedBySeveralWordsBeforeTheirRole() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Lei Jun has run Xiaomi's car push himself.")
				.paragraph("A former Xiaomi product manager told a local newspaper:")
				.quote("He signed off every door handle, and nobody argued."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyWhatTheUnnamedPersonTheTextIntroducedSaysWhenNamedAgainByTheSameNoun() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Zhou Hongyi opened the conference on Monday.")
				.paragraph("A former employee described the early days to a business weekly. Asked what Zhou "
						+ "expected of new hires, the former employee answered:")
				.quote("Long hours, and no excuses for a slow demo."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyWhatHeSaysAfterAnUnnamedSubject() {
			ExtractedQuote quote = only(document().english()
				.paragraph("Wang Xingxing showed the new robot in Hangzhou.")
				.paragraph("A banker who worked on the listing doubted the figures. \"Nobody pays that much for a "
						+ "prototype,\" he said."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyWhatTheUnnamedRoleHolderTheTextIntroducedAddsLater() {
			ExtractedQuote quote = only(document().paragraph("Lei Jun a présenté la voiture jeudi.")
				.paragraph("Un ingénieur d'un constructeur rival est resté sceptique. L'ingénieur a ajouté que "
						+ "« la batterie ne tiendra pas l'hiver »."));

			assertThat(quote.speaker()).isNull();
		}

		@Test
		void givesNobodyTheWordsOfAShareholderOrADriverTheTextDoesNotName() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Wang Xing a présenté les résultats mardi. Un petit porteur résumait la séance : "
						+ "« je n'ai jamais vu une telle hausse ».")
				.paragraph("Wang Xing parlait de conduite autonome. Un chauffeur de VTC restait prudent : "
						+ "« on verra quand il pleuvra »."));

			assertThat(quotes).hasSize(2);
			assertThat(quotes).allSatisfy((quote) -> assertThat(quote.speaker()).isNull());
		}

	}

	@Nested
	class UnnamedSpeakersAfterTheirQuotation {

		@Test
		void neverGoesOnWithTheSpeakerBeforeWhenOthersTheTextDoesNotNameSpeak() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Awni Hannun a fait tourner le modèle sur un Mac. « Il tourne vite », a-t-il écrit sur X. "
						+ "D'autres développeurs ont publié des pages qu'ils jugent « au niveau de Claude 3.7 Sonnet »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Awni Hannun", null);
		}

		@Test
		void readsSelonLuiAsTheUnnamedPersonWhoSpokeJustBefore() {
			List<ExtractedQuote> quotes = extract(
					document().paragraph("Ren Zhengfei a présenté les résultats annuels de Huawei à Shenzhen.")
						.paragraph("« Le groupe a sacrifié sa marge pour tout construire lui-même », observe un gérant "
								+ "de fonds. Selon lui, la stratégie ne paiera que « d'ici deux ou trois ans »."));

			assertThat(quotes).hasSize(2);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void readsHeAsTheUnnamedAnalystWhoWroteTheQuotationBefore() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Jensen Huang presented the new chips in Taipei on Monday.")
				.paragraph("\"The market buys the story, not the plan,\" wrote an analyst at a Shanghai broker. "
						+ "He said the chips would pay off only \"within two or three years\"."));

			assertThat(quotes).hasSize(2);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class Confidence_ {

		@Test
		void marksASpeakerReadOnlyFromTheParagraphsTopicAsLowAndNeverPullsIt() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Liang Wenfeng préfère le code aux conférences. Dans son équipe, « la curiosité avant le profit » reste la règle d'or au quotidien."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isEqualTo("Liang Wenfeng");
			assertThat(quotes.get(0).confidence()).isEqualTo(Confidence.LOW);
			assertThat(quotes.get(0).pull()).isFalse();
		}

		@Test
		void namesItsReasonSoThatAnEditorCanCheckIt() {
			ExtractedQuote quote = only(document()
				.paragraph("« R1 est le moment Spoutnik de l'IA », a tweeté dimanche l'investisseur Marc Andreessen."));

			assertThat(quote.confidence()).isEqualTo(Confidence.HIGH);
			assertThat(quote.reason()).isEqualTo("speech verb after the quotation");
		}

	}

	@Nested
	class TermsAfterAWordThatNamesThem {

		@Test
		void takesAShortPhraseAfterAPossessiveInAReportedClauseAsTheSpeakersWordsUnlessANounFollows() {
			ExtractedQuote owned = only(document().english()
				.paragraph("Zhu Ge, the judge who presided, wrote that Li had chosen every prompt, and that the "
						+ "result reflected his \"personalised expression\"."));
			List<ExtractedQuote> term = extract(document().english()
				.paragraph("Zhu Ge, the judge who presided, wrote that the company had sold its \"smart assistant\" "
						+ "service for years."));

			assertThat(owned.speaker()).isEqualTo("Zhu Ge");
			assertThat(term).isEmpty();
		}

		@Test
		void takesWordsInMarksAfterTheParticipleDitForATermButNotAfterItsSubject() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Le laboratoire a présenté un modèle dit « à mémoire très longue » qui lit un roman entier. "
						+ "Zhou Min a dit « nous ne le vendrons pas » aux journalistes présents."));

			assertThat(quotes).extracting(ExtractedQuote::text).containsExactly("nous ne le vendrons pas");
			assertThat(quotes.get(0).speaker()).isEqualTo("Zhou Min");
		}

		@Test
		void takesATwoWordTermAfterDitForNoQuotation() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Le modèle repose sur un mécanisme de lecture, dit « attention creuse », qui économise la mémoire."));

			assertThat(quotes).isEmpty();
		}

		@Test
		void readsANamingWordAcrossDeAndOf() {
			List<ExtractedQuote> french = extract(document().paragraph(
					"L'équipe a retenu une architecture dite de « routage par experts » et le fabricant reste sur la "
							+ "liste des « entreprises à surveiller » du régulateur."));
			List<ExtractedQuote> english = extract(document().english()
				.paragraph("The regulator added the chip maker to its list of \"companies of concern\" in March."));

			assertThat(french).isEmpty();
			assertThat(english).isEmpty();
		}

		@Test
		void readsTheElidedDeterminerBeforeAMarkAsADeterminer() {
			List<ExtractedQuote> quotes = extract(document().paragraph(
					"Zhou Min, fondatrice de la société, a fait de l'« Usine des Modèles » le cœur de son projet."));

			assertThat(quotes).isEmpty();
		}

	}

	@Nested
	class PronounsAfterTheSubjectOfTheSentenceBefore {

		@Test
		void givesHeSaidToThePersonTheSentenceBeforeNamedAsItsSubject() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Sun Wei, a teacher from Wuhan who had come with his nephew, said he had bought the tickets "
						+ "months ago and that he wanted to see the robots cook. \"I want one that can wash the pans,\" "
						+ "he said. His nephew, Sun Kai, was less patient. \"They were slower than my grandmother,\" "
						+ "he said."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Sun Wei", "Sun Kai");
		}

		@Test
		void givesATilDitToThePersonTheSentenceBeforeNamedAsItsSubject() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Gao Feng, ingénieur venu de Hefei, a expliqué qu'il cherchait un robot pour son entrepôt "
						+ "et qu'il avait pris deux jours de congé. « Je veux voir s'ils portent une caisse sans la "
						+ "casser », a-t-il dit. Son associé, Qian Bo, ne partageait pas cet avis. « Ils sont encore "
						+ "trop lents pour nous », a-t-il dit."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gao Feng", "Qian Bo");
		}

	}

	@Nested
	class TheVerbThatReportsTheQuotation {

		@Test
		void givesTheQuotationToTheSubjectOfTheVerbWhoseClauseHoldsItNotToASpeechVerbInsideThatClause() {
			ExtractedQuote quote = only(document().paragraph("Hu Lan dirige la division cloud de Baidu depuis 2021.")
				.paragraph("Elle a indiqué que le groupe continuerait d'annoncer ses tarifs chaque trimestre, et que "
						+ "les deux offres « vivront côte à côte pendant des années »."));

			assertThat(quote.speaker()).isEqualTo("Hu Lan");
		}

	}

	@Nested
	class RolesThatNameSomeoneElse {

		@Test
		void doesNotGiveALeadersRoleToThePersonTheTextCalledSomethingElse() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Zhou Ming a grandi à Chengdu, où Lanyun vend aujourd'hui des robots de tri aux entrepôts.")
				.paragraph("En mars, le directeur technique Gao Peng a présenté la nouvelle pince devant les clients.")
				.paragraph("Depuis des années, le patron de Lanyun refuse les levées de fonds. Devant ses salariés, "
						+ "il a expliqué :")
				.quote("Nous grandirons avec nos clients, pas avec nos investisseurs."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isNotEqualTo("Gao Peng");
		}

		@Test
		void doesNotGiveARoleAtOneCompanyToSomeoneTheTextPlacedAtAnother() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Lanyun Robotics makes sorting robots for warehouses in Chengdu.")
				.paragraph(
						"Last week, Meituan co-founder Gao Peng said on his blog that rivals would copy the gripper.")
				.paragraph("Lanyun's chief executive is not worried. Speaking to staff on Friday, he said:")
				.quote("Let them copy it. By the time they do, we will ship the next one."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isNotEqualTo("Gao Peng");
		}

		@Test
		void readsARoleAsThePersonTheSentenceBeforeWasAbout() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Liu Jun a ouvert le salon de Canton mardi. Liu Jun a vanté pendant une heure les robots "
						+ "de son groupe.")
				.paragraph(
						"Dans l'après-midi, Xu Fang a livré le discours le plus applaudi. Le PDG de Lanyun a ensuite "
								+ "répondu aux sceptiques :")
				.quote("Chaque nouvelle machine fait peur, puis tout le monde s'en sert."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isEqualTo("Xu Fang");
			assertThat(quotes.get(0).confidence()).isEqualTo(Confidence.HIGH);
			assertThat(quotes.get(0).reason()).isEqualTo("speech verb of the introduction");
		}

		@Test
		void keepsAFormerRoleAtAnotherCompanyForThePersonTheTextIsAbout() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Le fondateur de Lanyun Robotics, Xu Fang, a levé 50 millions d'euros en juin.")
				.paragraph("L'ancien directeur technique de Huawei a présenté la pince à Canton, puis il a lancé :")
				.quote("Une bonne pince vaut mieux qu'un grand modèle."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isEqualTo("Xu Fang");
		}

		@Test
		void neverReadsAPublicBodysNounAsTheCompanyTheTextIsAbout() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("L'Administration du cyberespace de Chine a reçu des plaintes en mars. Lanyun Robotics a "
						+ "retiré son application de tri des boutiques en ligne mardi. Lanyun Robotics promet une "
						+ "nouvelle version en mai.")
				.paragraph("Le régulateur a publié un bref communiqué :")
				.quote("Nous avons demandé à l'entreprise de fournir des explications sur les données collectées."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isNotEqualTo("Lanyun Robotics");
		}

	}

	@Nested
	class ClausesBeforeTheMainOne {

		@Test
		void givesAnIntroductionToTheSubjectOfItsMainClauseNotOfTheClauseBefore() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph(
						"Xu Fang, fondatrice de Lanyun Robotics, a reçu les analystes jeudi. Alors que Liu Jun avait "
								+ "vanté ses prix la veille, elle a préféré parler de fiabilité :")
				.quote("Un robot qui tombe en panne coûte plus cher qu'un robot cher."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isEqualTo("Xu Fang");
		}

		@Test
		void readsHeAfterAWhileClauseAsThePersonTheTextWasAbout() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Gao Peng, the founder of Lanyun Robotics, met analysts on Thursday. While Liu Jun had "
						+ "talked about prices the day before, he preferred to talk about reliability:")
				.quote("A robot that breaks down costs more than an expensive robot."));

			assertThat(quotes).hasSize(1);
			assertThat(quotes.get(0).speaker()).isEqualTo("Gao Peng");
		}

	}

	@Nested
	class TheCountryIsNotUs {

		@Test
		void doesNotReadAParagraphAboutTheUsAsAQuotationGoingOn() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Lei Jun told reporters in Beijing:")
				.paragraph("We will sell the car in Europe next year. Our first market will be close to home.")
				.paragraph("US tariffs make that harder, and the US market stays closed to Chinese cars for now."));

			assertThat(quotes).extracting(ExtractedQuote::text)
				.containsExactly("We will sell the car in Europe next year. Our first market will be close to home.");
		}

	}

	@Nested
	class NamesFollowedByAModelNumber {

		@Test
		void neverTakesAProductBeforeItsModelNumberForTheSpeaker() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Les grands groupes chinois ont reçu l'ordre de cesser leurs essais de la ZTX Pro 9000D "
						+ "et de renoncer à leurs commandes.")
				.paragraph("Jeudi, à Taipei, où il recevait des clients, Jensen Huang a été interrogé sur cette "
						+ "décision. Le patron de Nvidia, qui s'est dit surpris, a répondu :")
				.quote("Nous vendons là où l'on veut de nos produits. Nous attendrons."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Jensen Huang");
		}

	}

	@Nested
	class LabelsSharedByNamesakes {

		@Test
		void givesASurnameLabelToTheNamesakeTheTextNamedBeforeIt() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Gu Lan trains small image models at home and sells them to wedding photographers. We "
						+ "reached her in Hangzhou.")
				.paragraph("Leiphone: Why give the weights away?")
				.paragraph("Gu: Because the photographers would never pay for a model they cannot run themselves.")
				.paragraph("Another trainer, Gu Ming, no relation, says the free weights have emptied his order book.")
				.paragraph("Leiphone: And next year?")
				.paragraph("Gu Lan: Video, if my laptop survives it."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gu Lan", "Gu Lan");
		}

		@Test
		void givesNobodyALabelThatTwoNamesakesNamedOnlyLaterCouldBoth() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Leiphone: Why give the weights away?")
				.paragraph("Gu: Because the photographers would never pay for a model they cannot run themselves.")
				.paragraph("Leiphone: And next year?")
				.paragraph("Gu: Video, if my laptop survives it.")
				.paragraph("The two trainers, Gu Lan and Gu Ming, are not related."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class DocumentsGivenAsSources {

		@Test
		void givesWhatADocumentAfterAPossessiveAsksToWhoeverIssuedIt() {
			ExtractedQuote french = only(document()
				.paragraph("Le ministère de l'Industrie a publié jeudi ses orientations pour les robots humanoïdes. Son"
						+ " texte demande d'« éviter les investissements redondants » dans les provinces."));
			ExtractedQuote english = only(document().english()
				.paragraph("Xiaomi sent its suppliers new rules on Thursday. Its document asks every partner to"
						+ " \"label each generated image\" before the launch."));

			assertThat(french.speaker()).isEqualTo("ministère de l'Industrie");
			assertThat(english.speaker()).isEqualTo("Xiaomi");
		}

		@Test
		void givesTheWordsToWhoeverIssuedTheDocumentTheSourceNames() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Zhou Ming a présenté mardi le nouveau bras robotique de Dexmate Robotics à Suzhou.")
				.paragraph("Le bras sera vendu en juin. D'après un communiqué de Dexmate Robotics, il peut saisir "
						+ "« plus de deux cents objets différents » sans réglage préalable."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Dexmate Robotics");
		}

		@Test
		void givesNobodyTheWordsOfADocumentWhoseIssuerTheTextDoesNotName() {
			List<ExtractedQuote> quotes = extract(
					document().paragraph("Le Premier ministre Wang Tao a présenté lundi un plan pour les écoles.")
						.paragraph("Wang Tao veut aller vite : d'ici 2028, selon le texte, chaque collège devra "
								+ "« offrir au moins une heure de cours sur l'IA par semaine »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void stillGivesTheWordsToThePersonTheDocumentSaysSpoke() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("According to a statement from the forum, Gao Lin said the lab "
						+ "\"will publish every model it trains\" from next year."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gao Lin");
		}

	}

	@Nested
	class UnnamedSpeakersBeforeAnAside {

		@Test
		void givesNobodyTheWordsOfSomeoneUnnamedWhoseAsideNamesACompany() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Deep Robotics showed its new quadruped in Hangzhou on Friday.")
				.paragraph("An engineer, asked whether it could climb the stairs of the hall, shrugged and "
						+ "said: \"Only if nobody is watching.\""));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class Readers {

		@Test
		void givesNobodyWhatAReaderOfAnOutletWrote() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Moonshot released its new model on Tuesday. A Leiphone reader wrote under the "
						+ "announcement that \"the context window is the only thing anyone will remember\"."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void givesNobodyWhatAFrenchReaderWrote() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Yang Zhilin a présenté son modèle mardi. Il a beaucoup parlé de la longueur du "
						+ "contexte. Sous la vidéo, une lectrice a écrit que « la fenêtre de contexte est tout ce "
						+ "qu'on retiendra »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class WeakSourcesThatOpenNoClause {

		@Test
		void doesNotTakeTheObjectOfANounForTheSource() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph(
						"Pixel Motors launched its new driving system, APX, in Wuhan on Monday. The company gave no price "
								+ "for APX, saying only that it would be \"cheaper than any rival with a lidar\"."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Pixel Motors");
		}

		@Test
		void givesTheWordsOfAReportedClauseToWhoeverReportsThem() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Le titre de Hua Hong a perdu 3 % lundi. Sur Xueqiu, un petit porteur a écrit que, "
						+ "pour Hua Hong, « la crise des mémoires ne fait que commencer »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class StatementsLeftForTheNextParagraph {

		@Test
		void takesTheParagraphAfterADanglingThatForTheStatementEvenWithoutTheFirstPerson() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Wang Hao a présenté mardi à Suzhou le robot de cuisine de Lanyun Robotics. Il n'a pas "
						+ "épargné ses concurrents. Il a déclaré que")
				.paragraph("Les robots qui ne savent pas ouvrir un réfrigérateur ne sont pas des robots de cuisine. "
						+ "Les prix baisseront de moitié d'ici deux ans."));

			assertThat(quotes).extracting(ExtractedQuote::kind).containsExactly(QuoteKind.BLOCK);
			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Wang Hao");
		}

		@Test
		void stillLeavesAParagraphAfterAColonToNarrationWhenItIsNotInTheFirstPerson() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Wang Hao a présenté mardi à Suzhou le robot de cuisine de Lanyun Robotics. Les chiffres "
						+ "sont les suivants :")
				.paragraph("Le robot pèse quarante kilos et coûte neuf mille yuans. Il sera livré en septembre."));

			assertThat(quotes).isEmpty();
		}

	}

	@Nested
	class PointersToThePersonNamedLast {

		@Test
		void givesCeluiCiAndCeDernierToThePersonNamedLastNotToTheSubject() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Liu Qiangdong ne s'est pas exprimé. Le modèle est piloté par l'équipe de He Xiaodong,"
						+ " vice-président du groupe. Joint par téléphone, celui-ci a détaillé le projet. « Le plus"
						+ " dur était le rythme de la parole », a-t-il expliqué.")
				.paragraph("Xu Ran a présenté les chiffres du trimestre. Elle a cédé la parole à Gong Yan, qui dirige"
						+ " la logistique. Cette dernière a prévenu que « les délais resteront serrés »."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("He Xiaodong", "Gong Yan");
		}

	}

	@Nested
	class TheArticlesCredits {

		@Test
		void neverGivesAQuotationToTheWriterOrTheTranslatorOfTheArticle() {
			ExtractedQuote french = only(document().paragraph("Jiemian, par Li Na. Traduction : Anne Roux")
				.paragraph("L'administration du cyberespace a publié ses règles lundi. Une juriste de Pékin les a lues"
						+ " de près. « Les plateformes devront tout étiqueter », a-t-elle résumé."));
			ExtractedQuote english = only(document().english()
				.paragraph("Caixin, by Ma Lin in Beijing. Translated by Ruth Evans")
				.paragraph("The regulator published its rules on Monday. A lawyer in Beijing read them closely."
						+ " \"Every platform will have to label everything,\" she said."));

			assertThat(french.speaker()).isNull();
			assertThat(english.speaker()).isNull();
		}

	}

	@Nested
	class AnOrganisationsOwnNoun {

		@Test
		void keepsTheLabAPossessiveGaveAnOrganisationWhenAnotherCompanyIsNamedInPassing() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("On connaissait Lanyun Robotics pour ses bras de cuisine. Jeudi, la société de Suzhou a "
						+ "publié un modèle de préhension. C'est le premier modèle ouvert de son laboratoire de "
						+ "robotique.")
				.paragraph("Le modèle a été entraîné sur quatre cents heures de vidéo. Dans son rapport, le "
						+ "laboratoire écrit :")
				.quote("Nous n'avons utilisé aucune simulation. Chaque geste a été filmé dans une vraie cuisine.")
				.paragraph("Le modèle saisit un œuf sans le casser dans neuf cas sur dix, mieux que Qwen-Grip, publié "
						+ "par Alibaba en mars. Le laboratoire a aussi publié ses données d'entraînement, ce qui est "
						+ "rare. Il s'en explique :")
				.quote("Nous voulons que d'autres équipes puissent vérifier nos chiffres avant de les croire."));

			assertThat(quotes).extracting(ExtractedQuote::speaker)
				.containsExactly("Lanyun Robotics", "Lanyun Robotics");
		}

		@Test
		void givesAPronounToABodyWhoseLongNameEndsWithItsAcronym() {
			ExtractedQuote quote = only(document()
				.paragraph("L'enquête vise surtout les capteurs vendus par Bosch et STMicroelectronics. Du côté"
						+ " chinois, l'Association chinoise des fabricants de capteurs (CSMA) a salué la décision."
						+ " Dans un communiqué, elle a appelé ses membres à « investir dans leurs propres usines »."));

			assertThat(quote.speaker()).isEqualTo("CSMA");
		}

		@Test
		void readsABodysNameWrittenInSmallLettersAfterItsCapitalisedNoun() {
			ExtractedQuote quote = only(document()
				.paragraph("Selon l'Association chinoise des fabricants de drones, les ventes ont doublé. L'association"
						+ " a toutefois appelé les deux parties à « garder la chaîne d'approvisionnement hors du"
						+ " conflit »."));

			assertThat(quote.speaker()).isEqualTo("Association chinoise des fabricants de drones");
		}

		@Test
		void readsTheWordsOfTheTradeInACompanysNameAsACompany() {
			ExtractedQuote quote = only(document()
				.paragraph("Zhang Wei, analyste chez un courtier de Shenzhen, suit le dossier depuis juillet. Jeudi,"
						+ " Analog Devices a publié ses résultats. « Les commandes chinoises reprennent à peine », a-t-il"
						+ " commenté."));

			assertThat(quote.speaker()).isEqualTo("Zhang Wei");
		}

	}

	@Nested
	class InterviewsOpenedAfterOtherPeople {

		@Test
		void givesTheAnswersToTheOnePersonTheParagraphOpeningTheInterviewNames() {
			List<ExtractedQuote> quotes = extract(document().english()
				.title("Lanyun's robot arm: a buyer's view")
				.paragraph("Lanyun Robotics said on Monday that it sold 4,000 kitchen arms in the quarter. Its chief "
						+ "executive, Xu Fang, told investors that restaurants were now its largest customers.")
				.paragraph("We asked Gu Lan, who runs eleven noodle shops in Chengdu and bought six arms in "
						+ "spring, what the machines are worth.")
				.paragraph("Q: Do the arms pay for themselves?")
				.paragraph("A: In my busiest shop, yes. They replaced a night shift that I could never keep staffed.")
				.paragraph("Q: And in the others?")
				.paragraph("A: Not yet. I pay for the maintenance contract and use them four hours a day."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gu Lan", "Gu Lan");
			assertThat(quotes).extracting(ExtractedQuote::confidence).containsOnly(Confidence.MEDIUM);
		}

		@Test
		void endsTheAnswersAtAParagraphThatIntroducesAQuotationOfItsOwn() {
			List<ExtractedQuote> quotes = extract(document().english()
				.title("Gu Lan on the kitchen robots in her noodle shops")
				.paragraph("Gu Lan runs eleven noodle shops in Chengdu. We met her on Tuesday.")
				.paragraph("**Do the arms pay for themselves?**")
				.paragraph("In my busiest shop, yes. They replaced a night shift that I could never keep staffed.")
				.paragraph("**And in the others?**")
				.paragraph("Not yet. I pay for the maintenance contract and use them four hours a day.")
				.paragraph("**Would you buy more?**")
				.paragraph("Only if the price falls. I am waiting for the next model.")
				.paragraph("Other owners are more cautious. Ma Li, who runs a dumpling chain in Wuhan, said:")
				.quote("We tried two arms for a month and sent them back. They were slower than my cooks."));

			assertThat(quotes).extracting(ExtractedQuote::speaker)
				.containsExactly("Gu Lan", "Gu Lan", "Gu Lan", "Ma Li");
		}

	}

	@Nested
	class VerbsAfterAnd {

		@Test
		void givesACoordinatedVerbTheSubjectOfTheMainClauseNotOfAWhyClause() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Lanyun Robotics showed its new kitchen arm in Suzhou on Tuesday. Its founder, Gao Peng, "
						+ "presented it himself. He spent most of the hour explaining why the company cared about "
						+ "restaurants more than about factories, and declared that")
				.quote("a robot that can cook only one dish is already a museum piece. The one that learns a new "
						+ "recipe in a day is the one restaurants will pay for."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gao Peng");
		}

	}

	@Nested
	class PronounsAfterAnApposition {

		@Test
		void givesThePronounToTheNamedAppositionOfARoleNotToTheSpeakerOfTheParagraphBefore() {
			List<ExtractedQuote> quotes = extract(document().english()
				.title("Lanyun shows a cheaper kitchen arm")
				.paragraph("Lanyun Robotics showed its new kitchen arm in Suzhou on Tuesday. \"We halved the price,\" "
						+ "Gao Peng, its founder, told the audience.")
				.paragraph("Hotpot chain Dalong's chairman, Ren Bo, spoke by video. He said Dalong would try the arm "
						+ "in ten restaurants and that it wanted kitchens to be \"quieter than a library\". The "
						+ "trial will start in May."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gao Peng", "Ren Bo");
		}

		@Test
		void givesTheFeminineSourceToTheAnalystNamedAfterAnUnnamedOneNotToHerNamesake() {
			List<ExtractedQuote> quotes = extract(document()
				.title("Les bras de cuisine de Lanyun séduisent les analystes")
				.paragraph("Lanyun Robotics a vendu 4 000 bras de cuisine au trimestre. Zhao Min, analyste chez un "
						+ "courtier de Canton, s'en réjouit. Elle nous a dit :")
				.quote("Les restaurants ont enfin trouvé une machine qui remplace une équipe de nuit.")
				.paragraph("Une autre analyste, Zhao Yue, plus prudente, doute que la demande dure : selon elle, les "
						+ "chaînes « achètent surtout pour essayer ».")
				.paragraph("Lanyun publiera ses résultats en août."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Zhao Min", "Zhao Yue");
		}

	}

	@Nested
	class PronounsGoingOnWithSomeoneUnnamed {

		@Test
		void keepsAPronounWithTheUnnamedPersonTheLastPronounStoodForNotWithTheManOfTheParagraphBefore() {
			List<ExtractedQuote> quotes = extract(document().title("Lanyun double ses ventes de bras de cuisine")
				.paragraph("Lanyun Robotics a vendu 4 000 bras de cuisine au trimestre. « Les restaurants ont "
						+ "compris », a déclaré Gao Peng, son fondateur, devant les actionnaires.")
				.paragraph("Un chef très suivi sur Douyin se montre plus réservé. Selon lui, les cuisines n'ont pas la "
						+ "place pour ces machines. « Il faudra d'abord pousser les frigos », a-t-il écrit le "
						+ "soir même."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Gao Peng", null);
		}

	}

	@Nested
	class RolesOfSeveralWordsBeforeANameOfTheirOwn {

		@Test
		void doesNotTakeTheCapitalOfARoleOpeningTheSentenceForAName() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Hexin Semiconductor, a foundry in Wuxi, reported higher sales for the quarter on Thursday.")
				.paragraph("Co-chief executive Tang Rui told analysts that the orders had come in early. He said:")
				.quote("Our clients are buying ahead because they fear a shortage next spring. We will not build "
						+ "new lines on the strength of one good quarter."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Tang Rui");
		}

		@Test
		void givesTheBlockToTheCodirectorTheIntroductionNamesRatherThanToHisCompany() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("La fonderie Hexin a publié jeudi des ventes en hausse pour le trimestre. Hexin reste "
						+ "pourtant prudente pour la fin de l'année.")
				.paragraph("Devant les analystes, jeudi soir, le codirecteur général Tang Rui a donné sa lecture :")
				.quote("Nos clients achètent en avance parce qu'ils craignent une pénurie au printemps. Nous ne "
						+ "construirons pas de nouvelles lignes sur la foi d'un seul bon trimestre."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Tang Rui");
		}

	}

	@Nested
	class OneOfAGroup {

		@Test
		void givesNobodyTheBlockOfOneOfThemRatherThanThePersonNamedBefore() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Lanyun Robotics sells its kitchen arms to noodle chains. Its founder, Gao Peng, said the "
						+ "arms would soon be cheaper than a cook.")
				.paragraph("The cooks of Chengdu are less sure. One of them, who has worked the night shift for "
						+ "twelve years, said the arms burned the oil. He said:")
				.quote("A machine does not smell when the wok is ready. I do, and so does every cook I know."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

		@Test
		void givesNobodyTheBlockOfLunDEuxRatherThanTheCompanyBefore() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Lanyun Robotics vend ses bras de cuisine aux chaînes de nouilles. La société promet des "
						+ "machines moins chères qu'un cuisinier.")
				.paragraph("À Chengdu, où Lanyun Robotics installe ses bras depuis un an, les cuisiniers ont un autre "
						+ "avis. L'un d'eux, qui travaille de nuit depuis douze ans, disait :")
				.quote("Une machine ne sent pas quand le wok est prêt. Moi, je le sens, comme tous les cuisiniers "
						+ "que je connais."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsOnlyNulls();
		}

	}

	@Nested
	class QuotationsInAClauseJoinedToAReportedOne {

		@Test
		void givesTheWordsAfterAndThatToTheSubjectOfTheSpeechVerbRatherThanToTheSubjectOfTheClause() {
			List<ExtractedQuote> quotes = extract(document().english()
				.paragraph("Qiao Lan follows chip makers for a brokerage in Shenzhen. Dawei Semiconductor sells memory "
						+ "to phone makers.")
				.paragraph(
						"Qiao said on Friday that Dawei's lead was \"a matter of months, not years\", and that Dawei Semiconductor "
								+ "would have to spend \"far more than it earns\" to keep it."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Qiao Lan", "Qiao Lan");
		}

		@Test
		void givesTheWordsAfterEtQueToTheSubjectOfTheSpeechVerbRatherThanToTheSubjectOfTheClause() {
			List<ExtractedQuote> quotes = extract(document()
				.paragraph("Qiao Lan suit les fabricants de puces pour un courtier de Shenzhen. Dawei Semiconductor "
						+ "vend de la mémoire aux fabricants de téléphones.")
				.paragraph(
						"Qiao a expliqué vendredi que l'avance de Dawei était « une affaire de mois, pas d'années », et "
								+ "que Dawei Semiconductor devrait dépenser « bien plus qu'elle ne gagne » pour la garder."));

			assertThat(quotes).extracting(ExtractedQuote::speaker).containsExactly("Qiao Lan", "Qiao Lan");
		}

	}

}
