package dev.aiwire.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.TagRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.aiwire.search.IndexedArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What searching does, whichever engine answers: {@link LuceneSearchEngineTests} runs
 * these tests on the embedded index, {@link OpenSearchEngineTests} on a real OpenSearch
 * node.
 */
abstract class SearchEngineBehaviour {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	static final Instant CHANGED = Instant.parse("2024-06-01T10:00:00Z");

	private SearchEngine index;

	/** A new, empty engine for one test. */
	abstract SearchEngine newEngine();

	/** Gives back what the engine kept, after the test. */
	void dispose(SearchEngine engine) throws Exception {
		engine.close();
	}

	@BeforeEach
	void open() {
		this.index = newEngine();
	}

	@AfterEach
	void close() throws Exception {
		dispose(this.index);
	}

	private void put(SearchDocument document) {
		this.index.index(List.of(document));
	}

	private List<String> slugsFound(String words) {
		return slugsFound(new SearchQuery(words, null, null, null, 1));
	}

	private List<String> slugsFound(SearchQuery query) {
		return this.index.search(query, TODAY, 10).hits().stream().map(SearchHit::slug).toList();
	}

	@Nested
	class FrenchAndEnglishText {

		@Test
		void findsAccentedWordsTypedWithoutAccents() {
			put(article(1).text("La réglementation chinoise des modèles génératifs entre en vigueur.").document());
			assertThat(slugsFound("reglementation")).containsExactly("article-1");
			assertThat(slugsFound("modeles generatifs")).containsExactly("article-1");
		}

		@Test
		void indexesElisionsAsTheWordAlone() {
			put(article(1).text("Pékin mise sur l'IA et sur l’industrie des puces.").document());
			assertThat(slugsFound("IA")).containsExactly("article-1");
			assertThat(slugsFound("industrie")).containsExactly("article-1");
		}

		@Test
		void findsPluralsFromTheSingular() {
			put(article(1).lang("en").text("Baidu told its employees to use Ernie every day.").document());
			put(article(2).text("Les investisseurs ont afflué vers Moonshot.").document());
			assertThat(slugsFound("employee")).containsExactly("article-1");
			assertThat(slugsFound("investisseur")).containsExactly("article-2");
		}

		@Test
		void readsTheStopWordsOfAQueryInTheLanguageOfEachArticle() {
			put(article(1).text("Shenzhen distribue des bons de calcul aux jeunes pousses.").document());
			put(article(2).lang("en").text("The state of the art in computing vouchers.").document());
			assertThat(slugsFound("bons de calcul")).containsExactly("article-1");
			assertThat(slugsFound("the state of the art")).containsExactly("article-2");
		}

		@Test
		void findsQuotationsAndTheirSpeakers() {
			put(article(1).quote("Liang Wenfeng", "Nous ne sommes pas pressés de gagner de l'argent.").document());
			put(article(2).text("Rien à voir.").document());
			assertThat(slugsFound("pressés argent")).containsExactly("article-1");
			assertThat(slugsFound("liang wenfeng")).containsExactly("article-1");
		}

		@Test
		void findsTagsInTheirLanguage() {
			put(article(1).tags("Puces", "Huawei").document());
			assertThat(slugsFound("puce")).containsExactly("article-1");
		}

	}

	@Nested
	class Ranking {

		@Test
		void ranksAMatchInTheTitleAboveOneInTheText() {
			put(article(1).title("La semaine de l'IA").text("Kimi a levé des fonds, dit-on.").document());
			put(article(2).title("Kimi, le chatbot qui affole la Bourse").text("Un texte sans rapport.").document());
			assertThat(slugsFound("kimi")).containsExactly("article-2", "article-1");
		}

		@Test
		void wantsEveryWordButFallsBackToAnyWordWhenNoneHasAll() {
			put(article(1).text("Huawei présente ses puces Ascend.").document());
			put(article(2).text("Huawei et Nvidia se disputent le marché des puces.").document());
			assertThat(slugsFound("huawei nvidia")).containsExactly("article-2");
			assertThat(slugsFound("ascend moonshot")).containsExactly("article-1");
		}

	}

	@Nested
	class Filters {

		@Test
		void filtersByLanguageTagAndYear() {
			put(article(1).text("DeepSeek étonne.").tags("DeepSeek").date(LocalDate.of(2025, 1, 28)).document());
			put(article(2).lang("en")
				.text("DeepSeek stuns.")
				.tags("DeepSeek")
				.date(LocalDate.of(2025, 1, 28))
				.document());
			put(article(3).text("DeepSeek-V2 casse les prix.").tags("Prix").date(LocalDate.of(2024, 5, 6)).document());
			assertThat(slugsFound(new SearchQuery("deepseek", "en", null, null, 1))).containsExactly("article-2");
			assertThat(slugsFound(new SearchQuery("deepseek", null, "prix", null, 1))).containsExactly("article-3");
			assertThat(slugsFound(new SearchQuery("deepseek", null, null, 2024, 1))).containsExactly("article-3");
		}

		@Test
		void countsLanguagesYearsAndTagsOfTheMatches() {
			put(article(1).text("DeepSeek étonne.").tags("DeepSeek").date(LocalDate.of(2025, 1, 28)).document());
			put(article(2).lang("en")
				.text("DeepSeek stuns.")
				.tags("DeepSeek")
				.date(LocalDate.of(2025, 1, 28))
				.document());
			put(article(3).text("DeepSeek-V2 casse les prix.").tags("Prix").date(LocalDate.of(2024, 5, 6)).document());
			SearchResults results = index.search(new SearchQuery("deepseek", "fr", null, null, 1), TODAY, 10);
			assertThat(results.total()).isEqualTo(2);
			assertThat(results.languages()).containsExactly(new SearchResults.Facet<>("en", 1),
					new SearchResults.Facet<>("fr", 2));
			assertThat(results.years()).containsExactly(new SearchResults.Facet<>(2025, 2),
					new SearchResults.Facet<>(2024, 1));
			assertThat(results.tags()).containsExactly(new SearchResults.Facet<>(new TagRef("deepseek", "DeepSeek"), 2),
					new SearchResults.Facet<>(new TagRef("prix", "Prix"), 1));
		}

		@Test
		void neverFindsAScheduledArticleNorCountsIt() {
			put(article(1).text("Zhipu entre en Bourse.").tags("Zhipu").date(TODAY).document());
			put(article(2).text("Zhipu entrera en Bourse.").tags("Secret").date(TODAY.plusDays(1)).document());
			SearchResults results = index.search(new SearchQuery("zhipu", null, null, null, 1), TODAY, 10);
			assertThat(results.hits()).extracting(SearchHit::slug).containsExactly("article-1");
			assertThat(results.tags()).extracting(facet -> facet.value().slug()).containsExactly("zhipu");
			assertThat(index.search(new SearchQuery("zhipu", null, null, null, 1), TODAY.plusDays(1), 10).total())
				.isEqualTo(2);
		}

		@Test
		void pagesThroughResults() {
			for (int i = 1; i <= 25; i++) {
				put(article(i).text("Un article sur les robots humanoïdes numéro " + i).document());
			}
			SearchResults third = index.search(new SearchQuery("robots", null, null, null, 3), TODAY, 10);
			assertThat(third.total()).isEqualTo(25);
			assertThat(third.totalPages()).isEqualTo(3);
			assertThat(third.hits()).hasSize(5);
			assertThat(index.search(new SearchQuery("robots", null, null, null, 9), TODAY, 10).page()).isEqualTo(3);
		}

	}

	@Nested
	class Snippets {

		@Test
		void marksTheWordsFoundInAPassageOfTheText() {
			put(article(1).text("Le modèle a coûté peu. Sa réglementation reste floue pour les régulateurs.")
				.document());
			Snippet snippet = index.search(new SearchQuery("reglementation", null, null, null, 1), TODAY, 10)
				.hits()
				.get(0)
				.snippet();
			assertThat(snippet.parts()).contains(new Snippet.Part("réglementation", true));
			assertThat(snippet.html()).contains("<mark>réglementation</mark>");
		}

		@Test
		void escapesTheTextAroundTheMarks() {
			put(article(1).text("Le prompt <script>alert(1)</script> & le modèle.").document());
			String html = index.search(new SearchQuery("modele", null, null, null, 1), TODAY, 10)
				.hits()
				.get(0)
				.snippet()
				.html();
			assertThat(html).doesNotContain("<script>")
				.contains("&lt;script&gt;")
				.contains("&amp;")
				.contains("<mark>modèle</mark>");
		}

		@Test
		void fallsBackToTheSummaryWhenOnlyTheTitleMatches() {
			put(article(1).title("Kimi et le contexte long").summary("Moonshot mise tout sur un atout.").document());
			Snippet snippet = index.search(new SearchQuery("kimi", null, null, null, 1), TODAY, 10)
				.hits()
				.get(0)
				.snippet();
			assertThat(snippet.text()).isEqualTo("Moonshot mise tout sur un atout.");
		}

	}

	@Nested
	class QueriesInAnySyntax {

		@ParameterizedTest
		@ValueSource(strings = { "\"", "(", "huawei AND (", "+", "-", "*", "~2", "a:b", "\\", "\"unbalanced quote",
				"huawei^^", "[1 TO", "||", "le la les", "/regex/", "\u0000" })
		void answersWhateverIsTyped(String words) {
			put(article(1).text("Huawei présente ses puces.").document());
			assertThat(index.search(new SearchQuery(words, null, null, null, 1), TODAY, 10)).isNotNull();
		}

		@Test
		void understandsPhrasesExclusionsAndPrefixes() {
			put(article(1).text("Les robots humanoïdes d'Unitree dansent.").document());
			put(article(2).text("Les humanoïdes robots de UBTech travaillent.").document());
			assertThat(slugsFound("\"robots humanoïdes\"")).containsExactly("article-1");
			assertThat(slugsFound("robots -unitree")).containsExactly("article-2");
			assertThat(slugsFound("unitr*")).containsExactly("article-1");
		}

	}

	@Nested
	class Related {

		@Test
		void ranksArticlesByTheTagsAndSpeakersTheyShare() {
			put(article(1).tags("Nvidia", "Puces", "H20").quote("Jensen Huang", "La Chine est un marché.").document());
			put(article(2).tags("Nvidia", "Puces", "H20").document());
			put(article(3).tags("Nvidia").document());
			put(article(4).tags("Robots").quote("Jensen Huang", "L'IA physique arrive.").document());
			put(article(5).tags("Robots").document());
			assertThat(index.related(1, TODAY, 10)).startsWith(2L).contains(3L, 4L).doesNotContain(1L, 5L);
		}

		@Test
		void leavesOutTranslationsOfTheSameOriginalAndScheduledArticles() {
			put(article(1).tags("DeepSeek").translationKey("r1").document());
			put(article(2).lang("en").tags("DeepSeek").translationKey("r1").document());
			put(article(3).tags("DeepSeek").document());
			put(article(4).tags("DeepSeek").date(TODAY.plusDays(3)).document());
			assertThat(index.related(1, TODAY, 10)).containsExactly(3L);
		}

	}

	@Nested
	class Writing {

		@Test
		void replacesAnArticleOnUpdateAndForgetsItOnRemoval() {
			put(article(1).version(1, CHANGED).text("Première version sur Baidu.").document());
			put(article(1).version(2, CHANGED.plusSeconds(60)).text("Seconde version sur Alibaba.").document());
			assertThat(slugsFound("baidu")).isEmpty();
			assertThat(slugsFound("alibaba")).containsExactly("article-1");
			index.forget(1, 3);
			assertThat(slugsFound("alibaba")).isEmpty();
			assertThat(index.size()).isZero();
		}

		@Test
		void countsWhatWasWrittenSinceTheSameWordsWereLastAskedFor() {
			SearchQuery kimi = new SearchQuery("kimi", null, "moonshot", null, 1);
			put(article(1).text("Kimi lit de longs documents.").tags("Moonshot").document());
			assertThat(index.search(kimi, TODAY, 10).total()).isEqualTo(1);
			put(article(2).lang("en").text("Kimi reads long files.").tags("Moonshot").document());
			put(article(3).text("Kimi a un concurrent.").tags("Zhipu").document());
			SearchResults after = index.search(kimi, TODAY, 10);
			assertThat(after.total()).isEqualTo(2);
			assertThat(after.languages()).containsExactly(new SearchResults.Facet<>("en", 1),
					new SearchResults.Facet<>("fr", 2));
			index.forget(2, 1);
			assertThat(index.search(kimi, TODAY, 10).total()).isEqualTo(1);
		}

		@Test
		void ranksWhatWasWrittenSinceTheSameWordsWereLastAskedFor() {
			put(article(1).title("La semaine de l'IA").text("Alibaba publie un modèle.").document());
			assertThat(slugsFound("alibaba")).containsExactly("article-1");
			put(article(2).title("Alibaba ouvre Qwen").text("Un texte sur Alibaba.").document());
			assertThat(slugsFound("alibaba")).containsExactly("article-2", "article-1");
			put(article(1).version(2, CHANGED.plusSeconds(60)).title("La semaine de l'IA").text("Rien.").document());
			assertThat(slugsFound("alibaba")).containsExactly("article-2");
			SearchQuery secondPage = new SearchQuery("alibaba", null, null, null, 2);
			assertThat(index.search(secondPage, TODAY, 1).page()).isEqualTo(1);
			put(article(3).title("Alibaba Cloud").text("Alibaba encore.").document());
			SearchResults second = index.search(secondPage, TODAY, 1);
			assertThat(second.page()).isEqualTo(2);
			assertThat(second.hits()).hasSize(1);
		}

		@Test
		void neverReplacesALaterVersionWithAnEarlierOneThatArrivesLate() {
			put(article(1).version(5, CHANGED.plusSeconds(60)).text("Seconde version sur Alibaba.").document());
			put(article(1).version(4, CHANGED).text("Première version sur Baidu.").document());
			assertThat(slugsFound("alibaba")).containsExactly("article-1");
			assertThat(slugsFound("baidu")).isEmpty();
			assertThat(index.versions()).containsExactly(entry(1L, CHANGED.plusSeconds(60).toEpochMilli()));
		}

		@Test
		void indexingTheSameVersionAgainChangesNothing() {
			SearchDocument document = article(1).version(3, CHANGED).text("Moonshot lève des fonds.").document();
			put(document);
			put(document);
			index.index(List.of(document, document));
			assertThat(index.size()).isEqualTo(1);
			assertThat(slugsFound("moonshot")).containsExactly("article-1");
		}

		@Test
		void keepsAnArticlePublishedAgainWhenALateRemovalArrives() {
			put(article(1).version(7, CHANGED).text("Zhipu republie son modèle.").document());
			index.forget(1, 6);
			assertThat(slugsFound("zhipu")).containsExactly("article-1");
			index.forget(1, 7);
			assertThat(slugsFound("zhipu")).isEmpty();
		}

		@Test
		void forgetsArticlesDeletedForGoodWhateverTheirVersion() {
			put(article(1).version(9, CHANGED).text("Baichuan change de cap.").document());
			put(article(2).version(1, CHANGED).text("Baichuan recrute.").document());
			index.forgetAll(List.of(1L, 3L));
			assertThat(slugsFound("baichuan")).containsExactly("article-2");
		}

		@Test
		void tellsWhichVersionOfEachArticleItHolds() {
			put(article(1).version(2, CHANGED).document());
			put(article(2).version(1, CHANGED.plusSeconds(5)).document());
			assertThat(index.versions()).containsOnly(entry(1L, CHANGED.toEpochMilli()),
					entry(2L, CHANGED.plusSeconds(5).toEpochMilli()));
			assertThat(index.versions(List.of(2L, 3L))).containsOnly(entry(2L, CHANGED.plusSeconds(5).toEpochMilli()));
			assertThat(index.size()).isEqualTo(2);
		}

	}

}
