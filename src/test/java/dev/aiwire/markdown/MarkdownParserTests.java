package dev.aiwire.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MarkdownParserTests {

	private final MarkdownParser parser = new MarkdownParser();

	private ParsedDocument deepseek() {
		return this.parser.parse(fixture("deepseek-fr.md"));
	}

	@Nested
	class FrontMatterFields {

		@Test
		void readsEveryKnownFieldAndKeepsUnknownOnes() {
			FrontMatter fm = deepseek().frontMatter();
			assertThat(fm.title()).isEqualTo("DeepSeek, la start-up qui a fait trembler la Silicon Valley ?");
			assertThat(fm.date()).isEqualTo(LocalDate.of(2025, 2, 10));
			assertThat(fm.lang()).isEqualTo("fr");
			assertThat(fm.source()).isEqualTo("36Kr");
			assertThat(fm.originalLanguage()).isEqualTo("zh");
			assertThat(fm.translation()).isEqualTo("human");
			assertThat(fm.tags()).containsExactly("DeepSeek", "LLM", "Open source");
			assertThat(fm.status()).isEqualTo("published");
			assertThat(fm.extra()).containsEntry("mood", "curious");
			assertThat(fm.slug()).isNull();
		}

		@Test
		void defaultsLanguageToFrench() {
			ParsedDocument doc = parser.parse("---\ntitle: Un titre\ndate: 2024-05-20\n---\nTexte.");
			assertThat(doc.frontMatter().lang()).isEqualTo("fr");
		}

		@Test
		void namesTheLineOfAnImpossibleDate() {
			String source = "---\ntitle: Un titre\nsource: ifanr\nlang: fr\ndate: 2023-13-45\n---\nTexte.";
			assertThatExceptionOfType(DocumentException.class).isThrownBy(() -> parser.parse(source))
				.withMessage("front matter line 5: date '2023-13-45' is not a valid date (expected YYYY-MM-DD)")
				.satisfies(ex -> assertThat(ex.field()).isEqualTo("date"));
		}

		@Test
		void requiresTitleAndDate() {
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ndate: 2024-01-01\n---\nTexte."))
				.withMessageContaining("title is required");
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\n---\nTexte."))
				.withMessageContaining("date is required");
		}

		@Test
		void refusesMissingOrUnclosedFrontMatter() {
			assertThatExceptionOfType(DocumentException.class).isThrownBy(() -> parser.parse("# Titre\n\nTexte."))
				.withMessageContaining("must start with front matter");
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\nTexte."))
				.withMessageContaining("never closed");
		}

		@Test
		void readsAFrenchTitleWithItsSpacedColonAsTheEditorWroteIt() {
			ParsedDocument doc = parser.parse("---\ntitle: Des « bons de calcul » pour les jeunes pousses : "
					+ "les villes se disputent les clients\nsource: The Paper : édition tech\ndate: 2025-03-10\n---\nTexte.");
			assertThat(doc.frontMatter().title())
				.isEqualTo("Des « bons de calcul » pour les jeunes pousses : les villes se disputent les clients");
			assertThat(doc.frontMatter().source()).isEqualTo("The Paper : édition tech");
		}

		@Test
		void keepsAHashtagAndATrailingColonOfATitle() {
			assertThat(parser.parse("---\ntitle: Le mot-clé #DeepSeek envahit Weibo\ndate: 2025-01-28\n---\nx")
				.frontMatter()
				.title()).isEqualTo("Le mot-clé #DeepSeek envahit Weibo");
			assertThat(
					parser.parse("---\ntitle: Ce que Lei Jun a dit :\ndate: 2025-01-28\n---\nx").frontMatter().title())
				.isEqualTo("Ce que Lei Jun a dit :");
		}

		@Test
		void leavesQuotedTitlesAndOtherFieldsToYaml() {
			assertThat(parser.parse("---\ntitle: \"Qwen : \\\"l'appli\\\" d'Alibaba\"\ndate: 2025-01-28\n---\nx")
				.frontMatter()
				.title()).isEqualTo("Qwen : \"l'appli\" d'Alibaba");
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\nmood: calme : plat\n---\nx"))
				.withMessageStartingWith("front matter line 4");
		}

		@Test
		void refusesInvalidYamlWithItsLine() {
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\ntags: [a, b\n---\nTexte."))
				.withMessageStartingWith("front matter line");
		}

		@Test
		void refusesAYamlAliasBomb() {
			String bomb = "---\ntitle: T\ndate: 2024-01-01\na: &a [x, x, x, x, x, x, x, x, x]\n"
					+ "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
					+ "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nTexte.";
			assertThatExceptionOfType(DocumentException.class).isThrownBy(() -> parser.parse(bomb))
				.withMessageContaining("aliases");
		}

		@Test
		void refusesUnsafeUrlsSlugsAndLanguages() {
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\nurl: javascript:alert(1)\n---\nx"))
				.withMessage(
						"front matter line 4: url 'javascript:alert(1)' must be a web address starting with http:// or https://");
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\nslug: ../etc/passwd\n---\nx"))
				.withMessageContaining("slug '../etc/passwd'");
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\nlang: xx\n---\nx"))
				.withMessageContaining("lang 'xx' is not one of en, fr");
		}

		@Test
		void refusesATitleOfThousandsOfCharacters() {
			String title = "a".repeat(5000);
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: " + title + "\ndate: 2024-01-01\n---\nx"))
				.withMessageContaining("title is 5000 characters long");
		}

	}

	@Nested
	class Structure {

		@Test
		void splitsTheLeadAndSectionsAtLevelTwoHeadings() {
			List<Section> sections = deepseek().sections();
			assertThat(sections).extracting(Section::heading)
				.containsExactly(null, "Une équipe discrète à Hangzhou", "Ce que disent les marchés");
			assertThat(sections).extracting(Section::anchor)
				.containsExactly(null, "une-equipe-discrete-a-hangzhou", "ce-que-disent-les-marches");
		}

		@Test
		void givesDuplicateHeadingsDistinctAnchors() {
			ParsedDocument doc = parser
				.parse("---\ntitle: T\ndate: 2024-01-01\n---\n## Bilan\n\nUn.\n\n## Bilan\n\nDeux.");
			assertThat(doc.sections()).extracting(Section::anchor).containsExactly(null, "bilan", "bilan-2");
		}

		@Test
		void everyBlockAndSentenceKnowsItsSectionAndPosition() {
			ParsedDocument doc = deepseek();
			Block quote = doc.blocks().stream().filter(Block::isQuote).findFirst().orElseThrow();
			assertThat(quote.sectionIndex()).isEqualTo(1);
			assertThat(quote.attribution()).isEqualTo("Liang Wenfeng, fondateur de DeepSeek");
			assertThat(doc.sentencesOf(quote)).extracting(Sentence::text)
				.containsExactly("Nous recrutons des jeunes qui n'ont jamais travaillé dans l'industrie.",
						"Leur curiosité compte plus que leur CV.");
			for (Sentence sentence : doc.sentences()) {
				Block block = doc.block(sentence.blockIndex());
				assertThat(block.text().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
				assertThat(sentence.sectionIndex()).isEqualTo(block.sectionIndex());
			}
		}

		@Test
		void marksAParagraphSetWhollyInBoldButNotOneWithABoldPhrase() {
			ParsedDocument doc = parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n**Pourquoi maintenant ?**\n\n"
					+ "Parce que le **prix** a baissé.\n\n**Le prix** a baissé, **enfin**.");
			assertThat(doc.blocks()).extracting(block -> block.hasClass(Block.STRONG))
				.containsExactly(true, false, false);
		}

		@Test
		void splitsSentencesAroundAbbreviationsAndTranslationSpacing() {
			ParsedDocument doc = deepseek();
			assertThat(doc.sentences()).extracting(Sentence::text)
				.contains("M. Liang n'a presque rien dit en public depuis.",
						"Selon la presse, l'équipe compte environ 150 personnes .",
						"Les internautes parlaient d'une « super-application ».");
		}

		@Test
		void anchorsEachSentenceInTheHtml() {
			ParsedDocument doc = deepseek();
			for (Sentence sentence : doc.sentences()) {
				assertThat(doc.html()).contains("<span id=\"" + sentence.id() + "\" class=\"s\"></span>");
			}
		}

		@Test
		void setsTheFooterApart() {
			ParsedDocument doc = deepseek();
			assertThat(doc.footer().text()).contains("Suivez le compte WeChat").contains("redaction@36kr.example");
			assertThat(doc.html()).doesNotContain("WeChat");
			assertThat(doc.sentences()).noneMatch(sentence -> sentence.text().contains("WeChat"));
		}

		@Test
		void setsApartAFooterThatForbidsReproductionInAWholeSentence() {
			for (String footer : List.of("The Paper (澎湃新闻). Reproduction without authorisation is prohibited.",
					"Jiemian News. Original content; reproduction without permission is prohibited.",
					"Jiemian. Reproduction sans autorisation interdite.")) {
				ParsedDocument doc = parser
					.parse("---\ntitle: T\nlang: en\ndate: 2024-01-01\n---\nThe court ruled in November.\n\n" + footer
							+ "\n");
				assertThat(doc.footer().isPresent()).as(footer).isTrue();
				assertThat(doc.sentences()).extracting(Sentence::text)
					.noneMatch((text) -> text.contains("eproduction"));
			}
		}

		@Test
		void keepsALastParagraphWhoseWordsMerelyContainAFootersWord() {
			ParsedDocument doc = parser
				.parse("---\ntitle: T\nlang: en\ndate: 2024-01-01\n---\nThe rules changed in October.\n\n"
						+ "Republicans in Congress want them tightened again, and the chip makers' subscribers worry.\n\n"
						+ "Tencent says WeChat now has 1.4 billion users.\n");
			assertThat(doc.footer().isPresent()).isFalse();
			assertThat(doc.sentences()).extracting(Sentence::text)
				.contains("Tencent says WeChat now has 1.4 billion users.")
				.anyMatch((text) -> text.startsWith("Republicans in Congress"));
		}

		/**
		 * Every evaluation article ends with its outlet's footer but these, whose last
		 * paragraph is the article's own text and must stay in it.
		 */
		// Plain pastes whose text stops at the last paragraph: the outlet is named in
		// a credit line at the top or nowhere, so there is no footer to recognise.
		private static final java.util.Set<String> WITHOUT_FOOTER = java.util.Set.of(
				"en-g09-two-liangs-bytedance-deepseek.md", "en-i05-hesai-lidar-price-war.md",
				"en-i11-honor-agent-after-zhao-ming.md", "fr-i03-pony-ai-nasdaq-paste.md",
				"fr-i09-moore-threads-star-paste.md", "en-j03-ant-ling-domestic-chips-paste.md",
				"fr-j07-ant-group-ling-puces-chinoises-paste.md", "en-k03-cambricon-half-year-paste.md",
				"en-k09-export-controls-rare-earths-paste.md", "fr-k03-sensetime-sensenova-v6-paste.md",
				"fr-k07-iflytek-resultats-liu-qingfeng-paste.md", "fr-l05-xiaohongshu-dots-llm1-paste.md",
				"en-m03-gaokao-ai-admissions-advice-paste.md", "en-m11-lenovo-quarter-ai-pc-memory-paste.md",
				"fr-m03-ant-ling-1t-paste.md", "fr-m09-gaokao-ia-suspendue-paste.md",
				"en-n03-seedance-video-price-paste.md", "en-n09-li-auto-i8-launch-paste.md",
				"fr-n05-deepseek-v3-0324-mise-a-jour-paste.md", "fr-n09-bytedance-doubao-15-pro-paste.md",
				"en-o09-didi-robotaxi-gac-funding-paste.md", "en-o11-wechat-search-deepseek-r1-paste.md",
				"fr-o05-xiaomi-lunettes-ia-paste.md", "fr-o07-china-mobile-jiutian-paste.md",
				"en-p07-first-chatbots-approved-cac-paste.md", "en-p11-baidu-ernie-bot-launch-paste.md",
				"fr-p01-meituan-rachete-light-year-wang-huiwen.md", "fr-p03-modelbest-minicpm-li-dahai-entretien.md",
				"fr-p05-tribunal-internet-pekin-image-ia-paste.md", "fr-p07-nexperia-la-haye-suspend-wingtech.md",
				"fr-p09-luo-yonghao-humain-numerique-baidu-paste.md",
				"fr-p11-premiers-modeles-agrees-ernie-bot-public.md", "en-q03-ehang-operator-certificates-paste.md",
				"en-q05-carmakers-deepseek-cockpits.md", "en-q07-ultraman-guangzhou-internet-court.md",
				"en-q09-star-market-growth-tier-paste.md", "en-q11-cac-qinglang-ai-misuse-campaign.md",
				"fr-q03-mofcom-antidumping-puces-analogiques-paste.md", "fr-q07-youdao-ziyue-modele-education.md",
				"fr-q09-kunlun-skywork-agents-entretien-fang-han.md", "fr-q11-jd-avatar-liu-qiangdong-direct-paste.md");

		@Test
		void recognisesTheOutletFootersOfTheEvaluationArticles() throws Exception {
			int articles = 0;
			for (String set : List.of("eval/corpus", "eval/quotes/dev")) {
				java.net.URL url = MarkdownParserTests.class.getClassLoader().getResource(set);
				assertThat(url).as(set + " on the class path").isNotNull();
				try (var files = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
					for (var file : files.filter((f) -> f.toString().endsWith(".md")).toList()) {
						ParsedDocument doc = parser.parse(java.nio.file.Files.readString(file));
						String name = file.getFileName().toString();
						assertThat(doc.footer().isPresent()).as(name).isEqualTo(!WITHOUT_FOOTER.contains(name));
						articles++;
					}
				}
			}
			assertThat(articles).isGreaterThan(40);
		}

		@Test
		void turnsAQuotedParagraphAfterAColonIntoABlockQuotation() {
			ParsedDocument doc = parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\nRobin Li a déclaré :\n\n"
					+ "« Les modèles fermés resteront en tête. »\n\nLa suite.");
			assertThat(doc.blocks()).extracting(Block::kind)
				.containsExactly(BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH);
		}

		@Test
		void turnsAStatementPastedAfterASpeechVerbAndAColonIntoABlockQuotation() {
			ParsedDocument doc = parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n"
					+ "Robin Li a précisé que les démonstrations étaient enregistrées. Il a reconnu sans détour :\n\n"
					+ "Le produit n'est pas parfait. Mais le marché le demande.\n\n"
					+ "Cinq capacités ont été présentées :\n\nla création, la rédaction et le calcul.");
			assertThat(doc.blocks()).extracting(Block::kind)
				.containsExactly(BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
		}

		@Test
		void tellsAFootnoteByTheMarkerThatOpensIt() {
			ParsedDocument doc = parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n"
					+ "Nvidia prévoit une charge de 5,5 milliards<sup>1</sup>.\n\n"
					+ "<sup>1</sup> Charge estimée pour le premier trimestre, clos le 27 avril 2025.\n\n"
					+ "² Une seconde note.\n\n[^3]: Une troisième note.\n\n1 000 puces ont été livrées.");
			assertThat(doc.blocks()).extracting(Block::kind)
				.containsExactly(BlockKind.PARAGRAPH, BlockKind.NOTE, BlockKind.NOTE, BlockKind.NOTE,
						BlockKind.PARAGRAPH);
			assertThat(doc.html()).contains("Charge estimée");
		}

		@Test
		void keepsEachLineOfPastedTextAParagraph() {
			String line = "Ceci est une longue ligne de texte collé sans aucune mise en forme Markdown du tout.";
			ParsedDocument doc = parser
				.parse("---\ntitle: T\ndate: 2024-01-01\n---\n" + line + "\n" + line + "\n" + line);
			assertThat(doc.blocks()).hasSize(3);
		}

	}

	@Nested
	class Safety {

		@Test
		void removesScriptsAndScriptLinksButKeepsTheArticle() {
			ParsedDocument doc = deepseek();
			assertThat(doc.html()).doesNotContain("<script")
				.doesNotContain("javascript:")
				.contains("href=\"https://example.org/a\"");
			assertThat(doc.warnings()).anyMatch(warning -> warning.contains("<script>"));
		}

		@Test
		void refusesBinaryAndNonUtf8Files() {
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse(new byte[] { (byte) 0xC3, (byte) 0x28, 0x41 }))
				.withMessageContaining("not UTF-8");
			assertThatExceptionOfType(DocumentException.class).isThrownBy(() -> parser.parse(new byte[0]))
				.withMessageContaining("empty");
			assertThatExceptionOfType(DocumentException.class).isThrownBy(
					() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n\0\0\0".getBytes(StandardCharsets.UTF_8)))
				.withMessageContaining("binary");
		}

		@Test
		void refusesThousandsOfHeadingsAndDeeplyNestedQuotes() {
			String headings = "## h\n\n".repeat(10_000);
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n" + headings))
				.withMessageContaining("headings");
			String nested = ">".repeat(1000) + " deep";
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n" + nested))
				.withMessage("line 5: block quotations are nested more than 20 deep");
		}

		@Test
		void refusesASingleLineOfOneMegabyteNamingIt() {
			String line = "mot ".repeat(250_000);
			assertThatExceptionOfType(DocumentException.class)
				.isThrownBy(() -> parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n" + line))
				.withMessageStartingWith("line 5:");
		}

	}

	@Nested
	class Derived {

		@Test
		void derivesTheSummaryFromTheLeadSkippingALoneQuotation() {
			assertThat(deepseek().summary()).startsWith("Fin janvier de cette année, le modèle R1");
		}

		@Test
		void derivesTheSummaryFromWholeSentencesThatStandAlone() {
			ParsedDocument doc = parser
				.parse("""
						---
						title: Le prix des modèles
						date: 2024-05-20
						---
						Mais depuis la sortie de DeepSeek-V2, les prix des grands modèles de langage ont été divisés par dix en Chine.
						Les géants du cloud ont suivi ByteDance dans une guerre des prix que personne ne semble pouvoir arrêter cette année.
						Alibaba a annoncé une baisse de 97 % sur son modèle le plus utilisé par les développeurs chinois, et Baidu a rendu gratuits deux de ses modèles les plus légers pour tous les clients de sa plateforme.
						""");
			assertThat(doc.summary()).isEqualTo("Les géants du cloud ont suivi ByteDance dans une guerre des prix"
					+ " que personne ne semble pouvoir arrêter cette année.");
		}

		@Test
		void derivesAnEnglishSummaryThatNeitherLeansOnAConnectiveNorEndsCut() {
			ParsedDocument doc = parser
				.parse("""
						---
						title: Prices
						lang: en
						date: 2024-05-20
						---
						However, the price war that started in May shows no sign of ending among the largest Chinese cloud providers.
						Cloud providers keep cutting the price of their models, some of them to zero for the smallest ones, to win over developers.
						""");
			assertThat(doc.summary())
				.isEqualTo("Cloud providers keep cutting the price of their models, some of them to"
						+ " zero for the smallest ones, to win over developers.");
		}

		@Test
		void keepsFrenchPunctuationOnItsWordWithANarrowNoBreakSpaceOutsideCodeAndLinks() {
			ParsedDocument doc = parser
				.parse("""
						---
						title: T
						date: 2024-05-20
						---
						## Pourquoi maintenant ?

						Il a déclaré : « Nous y arriverons ! » Le code `a : b` et [le lien](https://exemple.fr/a?b=c) restent tels quels ; voilà.
						""");
			assertThat(doc.html()).contains("Pourquoi maintenant\u202F?</h2>")
				.contains("déclaré\u202F: «\u202FNous y arriverons\u202F!\u202F»")
				.contains("<code>a : b</code>")
				.contains("href=\"https://exemple.fr/a?b&#61;c\"")
				.contains("tels quels\u202F; voilà")
				.doesNotContain("« ");
			ParsedDocument english = parser.parse("---\ntitle: T\nlang: en\ndate: 2024-05-20\n---\nHe said : yes ?\n");
			assertThat(english.html()).contains("He said : yes ?");
		}

		@Test
		void countsChineseCharactersApartFromWords() {
			assertThat(ReadingTime.count("DeepSeek 发布了新模型 today")).isEqualTo(new ReadingTime.Counts(2, 6));
			String french = "mot ".repeat(460);
			String chinese = "字".repeat(800);
			ParsedDocument doc = parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n" + french + "\n\n" + chinese);
			assertThat(doc.readingMinutes()).isEqualTo(4);
		}

		@Test
		void slugifiesWithAccentsFolded() {
			assertThat(Slugs.slugify("Réglementation de l'IA : où en est l'Europe ?", 80))
				.isEqualTo("reglementation-de-l-ia-ou-en-est-l-europe");
			assertThat(Slugs.slugify("百度文心", 80)).isEmpty();
		}

	}

	static String fixture(String name) {
		try (InputStream in = MarkdownParserTests.class.getResourceAsStream("/fixtures/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Nested
	class PlainTextUnderstood {

		private final String plain = """
				---
				title: Kimi s'ouvre aux développeurs
				date: 2025-06-10
				---
				Moonshot AI a ouvert mardi l'accès de son modèle Kimi aux développeurs étrangers.

				Un contexte de deux millions de caractères

				La fenêtre de contexte du modèle reste sa marque de fabrique. Yang Zhilin l'a résumé devant la presse :

				Nous voulons que chaque développeur puisse lire un contrat entier en une fois.

				« Le contexte long est la mémoire du modèle. »

				Les juristes d'abord

				La start-up vise les éditeurs de logiciels juridiques, un marché encore peu équipé.
				""";

		@Test
		void shortLinesStandingAloneBetweenParagraphsBecomeSections() {
			ParsedDocument doc = parser.parse(plain);
			assertThat(doc.sections()).extracting(Section::heading)
				.containsExactly(null, "Un contexte de deux millions de caractères", "Les juristes d'abord");
			assertThat(doc.html()).contains("<h2 id=\"un-contexte-de-deux-millions-de-caracteres\">");
		}

		@Test
		void quotedAndFirstPersonParagraphsAfterAColonBecomeBlockQuotations() {
			ParsedDocument doc = parser.parse(plain);
			assertThat(doc.blocks()).filteredOn(block -> block.kind() == BlockKind.QUOTE)
				.extracting(Block::text)
				.containsExactly("Nous voulons que chaque développeur puisse lire un contrat entier en une fois.",
						"« Le contexte long est la mémoire du modèle. »");
		}

		@Test
		void aTextWithMarkdownHeadingsKeepsItsOwnAndShortSentencesStayParagraphs() {
			ParsedDocument doc = parser.parse("""
					---
					title: Un titre
					date: 2025-06-10
					---
					Un premier paragraphe assez long pour être un paragraphe.

					## Vrai intertitre

					Une phrase courte.

					Un autre paragraphe, qui suit la phrase courte.
					""");
			assertThat(doc.sections()).extracting(Section::heading).containsExactly(null, "Vrai intertitre");
		}

		@Test
		void aParagraphNamingItsSpeakerBetweenTwoQuotationsStaysAParagraph() {
			ParsedDocument doc = parser
				.parse("""
						---
						title: Le port de Portvale
						date: 2025-06-10
						---
						Le conseil municipal a voté mardi le nouveau plan du port.

						« C'est un beau jour pour les pêcheurs », a dit la maire Alice Brennan. « Ils attendaient depuis dix ans. »

						"Nobody asked the people who live by the water," Tom Okafor added, "and that is a shame."

						« Le port restera ouvert aux “petits bateaux” toute l'année. »
						""");
			assertThat(doc.blocks()).extracting(Block::kind)
				.containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.QUOTE);
		}

		@Test
		void aQuestionOrTheLineAfterOneIsNoHeading() {
			ParsedDocument doc = parser.parse("""
					---
					title: Entretien avec une apicultrice
					date: 2025-06-10
					---
					Nous avons rencontré Marta Olsen, apicultrice à Bergen, qui a perdu la moitié de ses ruches.

					Combien de ruches gardez-vous ?

					Une quarantaine

					Et la cause de ces pertes ?

					Je crois que ce sont les varroas, et le printemps tardif a tout aggravé pour les colonies.
					""");
			assertThat(doc.sections()).extracting(Section::heading).containsExactly((String) null);
			assertThat(doc.blocks()).extracting(Block::text)
				.contains("Combien de ruches gardez-vous ?", "Une quarantaine", "Et la cause de ces pertes ?");
		}

	}

}
