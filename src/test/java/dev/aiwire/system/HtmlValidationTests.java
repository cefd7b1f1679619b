package dev.aiwire.system;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.aiwire.article.ArticleService;
import dev.aiwire.article.desk.EditingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The main pages and the editors' pages, in both languages of the interface, are valid
 * HTML for the W3C Nu HTML Checker.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidationTests {

	private final MockMvc mvc;

	private final ArticleService articles;

	private final EditingService editing;

	HtmlValidationTests(@Autowired MockMvc mvc, @Autowired ArticleService articles, @Autowired EditingService editing) {
		this.mvc = mvc;
		this.articles = articles;
		this.editing = editing;
	}

	private NuHtmlChecker checker;

	@BeforeAll
	void startTheChecker() throws Exception {
		this.checker = new NuHtmlChecker();
	}

	private String page(String path, String language) throws Exception {
		byte[] body = this.mvc.perform(get(path).header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new String(body, StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?language=en&page=1", "/articles/deepseek-r1-secousse-silicon-valley",
			"/articles/deepseek-r1-shakes-silicon-valley", "/articles/kimi-moonshot-contexte-long", "/tags",
			"/tags/llm", "/tags/nvidia?language=fr", "/timeline", "/quotes", "/search", "/search?q=deepseek",
			"/search?q=open%20source&language=fr&year=2025", "/search?q=%22", "/archives", "/archives/2025/01",
			"/articles/no-such-article" })
	void mainPagesAreValidHtml(String path) throws Exception {
		for (String language : List.of("fr", "en")) {
			assertThat(this.checker.errors(page(path, language))).as(path + " in " + language).isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/articles/deepseek-r1-secousse-silicon-valley", "/tags", "/tags/llm", "/timeline",
			"/quotes", "/quotes/liang-wenfeng", "/archives", "/archives/2025/01" })
	void pagesForSearchEnginesDescribeThemselvesInTheReadersLanguage(String path) throws Exception {
		String french = page(path, "fr");
		String english = page(path, "en");
		assertThat(french).as(path).containsOnlyOnce("<meta name=\"description\" content=\"");
		assertThat(english).as(path).containsOnlyOnce("<meta name=\"description\" content=\"");
		if (!path.startsWith("/articles/")) {
			assertThat(description(french)).as(path).isNotEqualTo(description(english));
		}
	}

	private static String description(String page) {
		int start = page.indexOf("<meta name=\"description\" content=\"") + 34;
		return page.substring(start, page.indexOf('"', start));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/articles/new", "/admin/articles/{id}/edit",
			"/admin/articles/{id}/revisions", "/admin/articles/{id}/preview", "/admin/trash", "/admin/editors" })
	void editorsPagesShareOneLayoutAndAreValidHtml(String path) throws Exception {
		long id = this.articles.show("deepseek-r1-secousse-silicon-valley").id();
		for (String language : List.of("fr", "en")) {
			String page = new String(this.mvc
				.perform(get(path, id).header("Accept-Language", language).with(user("redaction").roles("EDITOR")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(this.checker.errors(page)).as(path + " in " + language).isEmpty();
			assertThat(page).as(path)
				.containsOnlyOnce("/css/admin")
				.containsOnlyOnce("class=\"admin-nav\"")
				.containsPattern(
						"<title>[^<]+ — " + ("fr".equals(language) ? "Rédaction" : "Newsroom") + " — AI Wire</title>");
		}
	}

	@Test
	void theEditPreviewWithItsListsOfChangesIsValidHtml() throws Exception {
		long id = this.articles.show("deepseek-r1-secousse-silicon-valley").id();
		var article = this.editing.draft(id);
		// a new paragraph with a quotation and a date: both lists of changes have an item
		int body = article.markdown().indexOf("\n---\n", 4) + 5;
		String edited = article.markdown().substring(0, body)
				+ "\nLe 4 mars 2025, Liang Wenfeng a ajouté : « Nous continuerons à publier nos poids. »\n"
				+ article.markdown().substring(body);
		for (String language : List.of("fr", "en")) {
			String page = new String(this.mvc
				.perform(multipart("/admin/articles/{id}/preview", id).param("markdown", edited)
					.param("version", String.valueOf(article.version()))
					.header("Accept-Language", language)
					.with(user("redaction").roles("EDITOR"))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(page).contains("id=\"quote-changes\"").contains("id=\"event-changes\"");
			assertThat(this.checker.errors(page)).as("edit preview in " + language).isEmpty();
		}
	}

	@Test
	void theSignInPageHasTheLayoutWithoutTheEditorsNavigation() throws Exception {
		String page = page("/admin/login", "fr");
		assertThat(this.checker.errors(page)).isEmpty();
		assertThat(page).containsOnlyOnce("/css/admin")
			.doesNotContain("class=\"admin-nav\"")
			.contains("<title>Connexion à la rédaction — AI Wire</title>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin|language", "/timeline|language", "/search?q=deepseek|language" })
	void theListsFilterWithOneFormWhoseLanguagesAreTheArticlesOnes(String pathAndField) throws Exception {
		String path = pathAndField.substring(0, pathAndField.indexOf('|'));
		String field = pathAndField.substring(pathAndField.indexOf('|') + 1);
		String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		String page = new String(
				this.mvc.perform(get(path).header("Accept-Language", "fr").with(user("redaction").roles("EDITOR")))
					.andReturn()
					.getResponse()
					.getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(page)
			.containsOnlyOnce("<form class=\"filters\" method=\"get\" role=\"search\" action=\"" + action + "\">")
			.contains("<select name=\"" + field + "\">")
			.contains("<option value=\"fr\">français</option>")
			.contains("<option value=\"en\">anglais</option>")
			.contains("<button type=\"submit\">Filtrer</button>");
	}

	@Test
	void theCheckerFindsErrors() throws Exception {
		assertThat(this.checker.errors("<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head>"
				+ "<body><p><div>bloc</div><a href=\"a b\">lien</a><img src=\"x.png\"></body></html>"))
			.isNotEmpty();
	}

}
