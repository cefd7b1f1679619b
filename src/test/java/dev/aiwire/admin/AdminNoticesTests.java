package dev.aiwire.admin;

import java.time.LocalDate;

import dev.aiwire.article.PublishResult;
import jakarta.servlet.http.Cookie;
import dev.aiwire.article.desk.EditingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dev.aiwire.admin.Uploads.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the desk says after an action, and only then: the trash notice, the link given
 * after publishing, the apostrophes of French messages, and a language filter that only
 * filters.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdminNoticesTests {

	private final MockMvc mvc;

	private final EditingService editing;

	AdminNoticesTests(@Autowired MockMvc mvc, @Autowired EditingService editing) {
		this.mvc = mvc;
		this.editing = editing;
	}

	/**
	 * The next request of the same browser: its session, where the notice of the last
	 * action waits.
	 */
	private static RequestPostProcessor after(MvcResult previous) {
		return request -> {
			request.setSession(previous.getRequest().getSession());
			Cookie[] cookies = previous.getResponse().getCookies();
			if (cookies.length > 0) {
				request.setCookies(cookies);
			}
			return request;
		};
	}

	@Test
	void theTrashSaysAnArticleWasTrashedOnlyRightAfterTrashingIt() throws Exception {
		PublishResult result = this.editing.create(article().markdown(), "claire");
		this.mvc.perform(get("/admin/trash").with(user("redaction").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Article mis à la corbeille."))));
		MvcResult trashed = this.mvc
			.perform(post("/admin/articles/" + result.articleId() + "/trash").with(user("redaction").roles("EDITOR"))
				.with(csrf()))
			.andExpect(flash().attributeExists("trashed"))
			.andReturn();
		this.mvc.perform(get("/admin/trash").with(after(trashed)).with(user("redaction").roles("EDITOR")))
			.andExpect(content().string(containsString("Article mis à la corbeille.")));
		this.mvc.perform(get("/admin/trash").with(user("redaction").roles("EDITOR")))
			.andExpect(content().string(not(containsString("Article mis à la corbeille."))));
	}

	@Test
	void publishingAScheduledArticleSaysWhenReadersWillSeeItInsteadOfLinkingToA404() throws Exception {
		Uploads scheduled = article().field("published: " + LocalDate.now().plusDays(10));
		MvcResult saved = this.mvc
			.perform(multipart("/admin/articles").param("markdown", scheduled.markdown())
				.param("status", "published")
				.with(user("redaction").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String edit = saved.getResponse().getRedirectedUrl();
		String page = this.mvc.perform(get(edit).with(after(saved)).with(user("redaction").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("href=\"/articles/" + scheduled.slug() + "\"")
			.contains("Programmé\u202F: les lecteurs le verront à partir du");
		this.mvc.perform(get("/articles/" + scheduled.slug())).andExpect(status().isNotFound());
	}

	@Test
	void publishingAnArticleOfTodayStillLinksToItsPublicPage() throws Exception {
		Uploads today = article().date(LocalDate.now().minusDays(1));
		MvcResult saved = this.mvc
			.perform(multipart("/admin/articles").param("markdown", today.markdown())
				.param("status", "published")
				.with(user("redaction").roles("EDITOR"))
				.with(csrf()))
			.andReturn();
		this.mvc
			.perform(get(saved.getResponse().getRedirectedUrl()).with(after(saved))
				.with(user("redaction").roles("EDITOR")))
			.andExpect(content().string(containsString("href=\"/articles/" + today.slug() + "\"")));
	}

	@Test
	void frenchWarningsKeepTheirApostrophes() throws Exception {
		this.mvc
			.perform(multipart("/admin/articles/preview").param("markdown", article().url(null).source(null).markdown())
				.with(user("redaction").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pas d&#39;adresse (url) de l&#39;article original.")))
			.andExpect(content().string(containsString("Pas de publication d&#39;origine (source).")));
		this.mvc.perform(get("/admin/login"))
			.andExpect(content().string(containsString("Nom d&#39;utilisateur")))
			.andExpect(content().string(not(containsString("d&#39;&#39;"))));
	}

	@Test
	void theAdminsLanguageFilterFiltersWithoutChangingTheInterfaceLanguage() throws Exception {
		Uploads english = article().lang("en").title("Baidu answers DeepSeek, tri-langue-17");
		Uploads french = article().title("Baidu répond à DeepSeek, tri-langue-17");
		this.editing.create(english.markdown(), "claire");
		this.editing.create(french.markdown(), "claire");
		this.mvc
			.perform(get("/admin").param("language", "en")
				.param("q", "tri-langue-17")
				.with(user("redaction").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("aiwire-lang"))
			.andExpect(content().string(containsString("Baidu answers DeepSeek, tri-langue-17")))
			.andExpect(content().string(not(containsString("Baidu répond à DeepSeek, tri-langue-17"))))
			.andExpect(content().string(containsString("Corbeille")))
			.andExpect(content().string(containsString("name=\"language\"")))
			.andExpect(content().string(not(containsString("<select name=\"lang\""))));
	}

}
