package dev.aiwire.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.TrashService;
import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page and its JSON on the whole portal: the index follows what publishing
 * does. {@link SearchPagesTests} runs these tests on the embedded index,
 * {@link OpenSearchPagesTests} in the {@code opensearch} profile on a real node. No
 * nested classes here: they would take their configuration from this class, not from the
 * subclass that chooses the engine.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SearchPagesBehaviour {

	private final MockMvc mvc;

	private final PublishingService publishing;

	private final SearchEngine engine;

	private final TrashService trash;

	private final SearchIndexer indexer;

	private final ArticleCatalog catalog;

	SearchPagesBehaviour(MockMvc mvc, PublishingService publishing, SearchEngine engine, SearchIndexer indexer,
			TrashService trash, ArticleCatalog catalog) {
		this.catalog = catalog;
		this.mvc = mvc;
		this.publishing = publishing;
		this.engine = engine;
		this.indexer = indexer;
		this.trash = trash;
	}

	private PublishResult publish(String file, String slug, LocalDate date, String status, String body) {
		String markdown = """
				---
				title: "La réglementation des modèles génératifs, un casse-tête pour %s ?"
				slug: %s
				lang: fr
				date: %s
				source: Leiphone
				status: %s
				tags: [Réglementation, LLM]
				---

				%s
				""".formatted(slug, slug, date, status, body);
		return this.publishing.importFile(file, markdown.getBytes(StandardCharsets.UTF_8), "tester");
	}

	private long version(long articleId) {
		return this.catalog.changes(List.of(articleId)).get(0).version();
	}

	@Test
	void findsAnArticleOnceItIsPublishedAndNotOnceItIsADraft() throws Exception {
		publish("tests/search-draft.md", "cac-reglementation", LocalDate.of(2019, 7, 1), "published",
				"La CAC publie un texte sur les contenus synthétiques.");
		mvc.perform(get("/api/search").param("q", "contenus synthetiques"))
			.andExpect(jsonPath("$.results[0].slug").value("cac-reglementation"));
		publish("tests/search-draft.md", "cac-reglementation", LocalDate.of(2019, 7, 1), "draft",
				"La CAC publie un texte sur les contenus synthétiques, version retirée.");
		mvc.perform(get("/api/search").param("q", "contenus synthetiques")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void forgetsAnArticleMovedToTheTrashAndFindsItAgainOnceRestored() throws Exception {
		PublishResult published = publish("tests/search-removed.md", "miit-filigrane", LocalDate.of(2019, 8, 2),
				"published", "Le MIIT impose un filigrane aux images générées.");
		mvc.perform(get("/api/search").param("q", "filigrane")).andExpect(jsonPath("$.total").value(1));
		trash.trash(published.articleId(), "tester");
		mvc.perform(get("/api/search").param("q", "filigrane")).andExpect(jsonPath("$.total").value(0));
		trash.restore(published.articleId(), "tester");
		mvc.perform(get("/api/search").param("q", "filigrane")).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void neverFindsAScheduledArticle() throws Exception {
		publish("tests/search-scheduled.md", "loi-ia-programmee", LocalDate.now().plusDays(10), "published",
				"Une loi sur l'intelligence artificielle sera votée, annonce le quotidien Zhengquan.");
		mvc.perform(get("/api/search").param("q", "zhengquan")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void catchesUpWithAnIndexThatLostAnArticleWithoutIndexingEverythingAgain() throws Exception {
		PublishResult published = publish("tests/search-rebuild.md", "shenzhen-subventions", LocalDate.of(2019, 9, 3),
				"published", "Shenzhen distribue des bons de calcul aux jeunes pousses.");
		engine.forget(published.articleId(), version(published.articleId()));
		// other tests of this class leave the index behind on purpose: what counts is
		// that the
		// catch-up does not index every article again
		assertThat(indexer.catchUp()).isPositive().isLessThan(catalog.publishedVersions().size());
		mvc.perform(get("/api/search").param("q", "\"bons de calcul\""))
			.andExpect(jsonPath("$.results[0].slug").value("shenzhen-subventions"));
		assertThat(indexer.catchUp()).isZero();
	}

	@Test
	void catchesUpWithAnIndexThatHoldsAnOlderVersionOfAnArticle() throws Exception {
		LocalDate date = LocalDate.of(2021, 4, 12);
		PublishResult first = publish("tests/search-older.md", "ningbo-grues", date, "published",
				"Le port de Ningbo essaie des grues sans conducteur.");
		SearchDocument older = SearchDocument.of(catalog.indexable(List.of(first.articleId())).get(0), List.of());
		publish("tests/search-older.md", "ningbo-grues", date, "published",
				"Le port de Ningbo généralise des portiques sans conducteur.");
		// the engine is left with the text of the first version, as if the second write
		// had
		// been missed (a crash between commit and indexing); under the version it holds,
		// since
		// no engine takes an earlier one
		engine.index(List.of(new SearchDocument(older.id(), version(first.articleId()), older.changedAt(), older.slug(),
				older.lang(), older.title(), older.summary(), older.text(), older.quotes(), older.speakers(),
				older.speakerKeys(), older.tags(), older.date(), older.visibleFrom(), older.source(),
				older.translationKey())));
		mvc.perform(get("/api/search").param("q", "portiques")).andExpect(jsonPath("$.total").value(0));
		assertThat(indexer.catchUp()).isPositive().isLessThan(catalog.publishedVersions().size());
		mvc.perform(get("/api/search").param("q", "portiques"))
			.andExpect(jsonPath("$.results[0].slug").value("ningbo-grues"));
		assertThat(indexer.catchUp()).isZero();
	}

	@Test
	void showsRankedResultsWithTheWordsMarked() throws Exception {
		mvc.perform(get("/search?q={q}", "deepseek").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/deepseek-r1-secousse-silicon-valley\"")))
			.andExpect(content().string(containsString("<mark>DeepSeek</mark>")))
			.andExpect(content().string(containsString("résultats pour «\u202Fdeepseek\u202F»")));
	}

	@Test
	void filtersByLanguageTagAndYear() throws Exception {
		mvc.perform(get("/api/search").param("q", "deepseek").param("language", "en"))
			.andExpect(jsonPath("$.results[*].lang")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("en"))));
		mvc.perform(get("/api/search").param("q", "nvidia").param("tag", "h20"))
			.andExpect(jsonPath("$.results[0].slug").value("nvidia-h20-licence-exportation"))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/search").param("q", "deepseek").param("year", "2023"))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void showsTheChosenFiltersSelected() throws Exception {
		mvc.perform(get("/search?q={q}&language={language}", "open source", "fr"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<option value=\"fr\" selected=\"selected\">français</option>")));
	}

	@Test
	void escapesWhatTheReaderTyped() throws Exception {
		mvc.perform(get("/search?q={q}", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "huawei AND (", "title:", "*", "[1 TO", "\\", "~~" })
	void answersAQueryInBadSyntax(String query) throws Exception {
		mvc.perform(get("/search?q={q}", query)).andExpect(status().isOk());
		mvc.perform(get("/api/search").param("q", query)).andExpect(status().isOk());
	}

	@Test
	void readsOnlyTheStartOfAVeryLongQuery() throws Exception {
		mvc.perform(get("/api/search").param("q", "huawei ".repeat(2000)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value(org.hamcrest.Matchers.hasLength(SearchQuery.MAX_LENGTH)));
	}

	@Test
	void ignoresAYearOrAPageThatIsNotANumber() throws Exception {
		mvc.perform(get("/search?q={q}&year={year}&page={page}", "huawei", "deux", "x")).andExpect(status().isOk());
	}

	@Test
	void asksForWordsWhenThereAreNone() throws Exception {
		mvc.perform(get("/search").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Search titles, summaries, text")));
	}

	@Test
	void showsRelatedArticlesOnAnArticlePage() throws Exception {
		mvc.perform(get("/articles/nvidia-h20-licence-exportation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À lire aussi")))
			.andExpect(content().string(containsString("href=\"/articles/huawei-ascend-feuille-de-route-2028\"")));
	}

}
