package dev.aiwire.system;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The title of each kind of page, the words a reader sees in a tab, a bookmark or a
 * search engine's result: the page's own subject first, in the interface's language, then
 * the site's name. A narrow no-break space (U+202F) stands before a French colon.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageTitlesTests {

	private final MockMvc mvc;

	PageTitlesTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/                             | fr | Dernières traductions — AI Wire
			/                             | en | Latest translations — AI Wire
			/?page=2                      | fr | Dernières traductions, page 2 — AI Wire
			/?page=2                      | en | Latest translations, page 2 — AI Wire
			/search                       | fr | Recherche — AI Wire
			/search?q=deepseek            | fr | Recherche\u202F: deepseek — AI Wire
			/search?q=deepseek            | en | Search: deepseek — AI Wire
			/tags                         | fr | Thèmes — AI Wire
			/tags                         | en | Topics — AI Wire
			/tags/deepseek                | fr | Thème\u202F: DeepSeek — AI Wire
			/tags/deepseek                | en | Topic: DeepSeek — AI Wire
			/archives                     | fr | Archives — AI Wire
			/archives/2025                | fr | Archives\u202F: 2025 — AI Wire
			/archives/2025                | en | Archives: 2025 — AI Wire
			/archives/2025/01             | fr | Archives\u202F: Janvier 2025 — AI Wire
			/archives/2025/01             | en | Archives: January 2025 — AI Wire
			/timeline                     | fr | Chronologie des articles — AI Wire
			/timeline?year=2025           | fr | Chronologie de 2025 — AI Wire
			/timeline?year=2025           | en | Timeline of 2025 — AI Wire
			/quotes                       | fr | Citations — AI Wire
			/quotes/liang-wenfeng         | fr | Citations de Liang Wenfeng — AI Wire
			/quotes/liang-wenfeng         | en | Quotes of Liang Wenfeng — AI Wire
			/articles/no-such-article     | fr | Page introuvable — AI Wire
			/articles/no-such-article     | en | Page not found — AI Wire
			/admin/login                  | fr | Connexion à la rédaction — AI Wire
			/admin/login                  | en | Newsroom sign-in — AI Wire
			""")
	void namesThePageThenTheSite(String path, String language, String title) throws Exception {
		assertThat(titleOf(get(path), language)).isEqualTo(title);
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/articles/deepseek-r1-secousse-silicon-valley | fr | DeepSeek-R1\u202F: comment un laboratoire de Hangzhou a-t-il pu faire trembler la Silicon Valley en une seule semaine\u202F? — AI Wire
					/articles/deepseek-r1-secousse-silicon-valley | en | DeepSeek-R1\u202F: comment un laboratoire de Hangzhou a-t-il pu faire trembler la Silicon Valley en une seule semaine\u202F? — AI Wire
					""")
	void namesAnArticleByItsTitleInItsOwnLanguage(String path, String language, String title) throws Exception {
		assertThat(titleOf(get(path), language)).isEqualTo(title);
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/admin          | fr | Tous les articles — Rédaction — AI Wire
			/admin          | en | All articles — Newsroom — AI Wire
			/admin/trash    | fr | Corbeille — Rédaction — AI Wire
			/admin/account  | en | My account — Newsroom — AI Wire
			""")
	void namesAnEditorsPageThenTheNewsroomThenTheSite(String path, String language, String title) throws Exception {
		assertThat(titleOf(get(path).with(user("redaction").roles("EDITOR")), language)).isEqualTo(title);
	}

	private String titleOf(MockHttpServletRequestBuilder request, String language) throws Exception {
		String html = this.mvc.perform(request.header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html).title();
	}

}
