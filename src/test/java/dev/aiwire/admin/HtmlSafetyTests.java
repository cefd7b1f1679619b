package dev.aiwire.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article with script injection attempts in its body and in every front matter field,
 * uploaded through the admin: no page that shows it, to readers or to editors, carries
 * anything that runs.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlSafetyTests {

	private final MockMvc mvc;

	private final Uploads upload = XssVectors.article();

	private long articleId;

	HtmlSafetyTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B asEditor(B request) {
		return request.with(user("redaction").roles("EDITOR")).with(csrf());
	}

	private String page(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@BeforeAll
	void publishTheArticle() throws Exception {
		String location = this.mvc
			.perform(asEditor(multipart("/admin/articles").param("markdown", this.upload.markdown())
				.param("status", "published")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher id = Pattern.compile("/admin/articles/(\\d+)/edit").matcher(location);
		assertThat(id.find()).isTrue();
		this.articleId = Long.parseLong(id.group(1));
	}

	@Test
	void theArticlePageRunsNothing() throws Exception {
		String html = page(get("/articles/" + this.upload.slug()));
		assertThat(SafeDom.problems(html)).isEmpty();
		assertThat(html).contains("Titre &quot;&#39;&gt;&lt;script&gt;");
	}

	@Test
	void theHomeAndTagPagesRunNothing() throws Exception {
		assertThat(SafeDom.problems(page(get("/")))).isEmpty();
		assertThat(SafeDom.problems(page(get("/tags")))).isEmpty();
	}

	@Test
	void theUploadPreviewRunsNothingAndSaysWhatWasRemoved() throws Exception {
		String html = page(asEditor(multipart("/admin/articles/preview").param("markdown",
				XssVectors.article().slug("apercu-piege").markdown())));
		assertThat(SafeDom.problems(html)).isEmpty();
		assertThat(html).contains("data-kind=\"UNSAFE_MARKUP\"");
	}

	@Test
	void theEditorsPagesRunNothing() throws Exception {
		for (String path : new String[] { "/admin", "/admin/articles/" + this.articleId + "/edit",
				"/admin/articles/" + this.articleId + "/preview",
				"/admin/articles/" + this.articleId + "/revisions" }) {
			assertThat(SafeDom.problems(page(asEditor(get(path))))).as(path).isEmpty();
		}
	}

	@Test
	void theJsonIsServedAsJsonThatBrowsersWillNotSniff() throws Exception {
		this.mvc.perform(get("/api/articles/" + this.upload.slug()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theStoredHtmlKeepsNoScriptAddress() throws Exception {
		String html = page(get("/articles/" + this.upload.slug()));
		assertThat(html.toLowerCase()).doesNotContain("href=\"javascript:", "src=\"javascript:", "href=\"vbscript:",
				"href=\"data:", "src=\"data:");
	}

}
