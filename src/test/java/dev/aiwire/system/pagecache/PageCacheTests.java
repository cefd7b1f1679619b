package dev.aiwire.system.pagecache;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.article.publishing.PublishingService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymous readers get pages from memory; editors, language switches and stale pages
 * never.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageCacheTests {

	private static final String ARTICLE = "/articles/deepseek-r1-secousse-silicon-valley";

	private final MockMvc mvc;

	private final PageCache cache;

	private final PublishingService publishing;

	private final EntityManagerFactory entityManagerFactory;

	PageCacheTests(@Autowired MockMvc mvc, @Autowired PageCache cache, @Autowired PublishingService publishing,
			@Autowired EntityManagerFactory entityManagerFactory) {
		this.mvc = mvc;
		this.cache = cache;
		this.publishing = publishing;
		this.entityManagerFactory = entityManagerFactory;
	}

	@BeforeEach
	void startCold() {
		this.cache.clear();
	}

	@Nested
	class AnonymousReaders {

		@Test
		void getTheSecondRequestFromMemoryWithoutAnyQuery() throws Exception {
			MvcResult first = mvc.perform(get(ARTICLE)).andExpect(status().isOk()).andReturn();
			long statements = statementsDuring(() -> mvc.perform(get(ARTICLE))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ETAG, first.getResponse().getHeader(HttpHeaders.ETAG)))
				.andExpect(content().bytes(first.getResponse().getContentAsByteArray())));
			assertThat(statements).isZero();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/sitemap.xml", "/feed.atom", "/fr/feed.atom", "/tags/llm/feed.atom" })
		void getFeedsAndTheSitemapFromMemoryToo(String path) throws Exception {
			MvcResult first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			long statements = statementsDuring(() -> mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, first.getResponse().getContentType()))
				.andExpect(content().bytes(first.getResponse().getContentAsByteArray())));
			assertThat(statements).isZero();
		}

		@Test
		void areToldTheirCopyIsCurrentWith304AndNoRendering() throws Exception {
			String etag = mvc.perform(get(ARTICLE)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
			long statements = statementsDuring(() -> mvc.perform(get(ARTICLE).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isNotModified())
				.andExpect(content().string("")));
			assertThat(statements).isZero();
			String lastModified = mvc.perform(get(ARTICLE))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.LAST_MODIFIED);
			mvc.perform(get(ARTICLE).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
				.andExpect(status().isNotModified());
			mvc.perform(get(ARTICLE).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
				.andExpect(status().isOk());
		}

		@Test
		void getHeadersACdnCanCacheBy() throws Exception {
			mvc.perform(get("/"))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("s-maxage=")))
				.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")))
				.andExpect(header().string(HttpHeaders.VARY, containsString("Cookie")))
				.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/html")));
		}

		@Test
		void getGzippedBytesWhenTheyAskWithTheirOwnValidator() throws Exception {
			MvcResult plain = mvc.perform(get(ARTICLE)).andReturn();
			mvc.perform(get(ARTICLE).header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
				.andExpect(header().string(HttpHeaders.ETAG, not(plain.getResponse().getHeader(HttpHeaders.ETAG))));
		}

		@Test
		void getTheSecurityHeadersOfTheRenderingFromMemoryToo() throws Exception {
			MvcResult rendered = mvc.perform(get(ARTICLE)).andExpect(status().isOk()).andReturn();
			MvcResult kept = mvc.perform(get(ARTICLE)).andExpect(status().isOk()).andReturn();
			for (String name : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
					"Referrer-Policy", HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_TYPE }) {
				assertThat(rendered.getResponse().getHeader(name)).as(name).isNotBlank();
				assertThat(kept.getResponse().getHeaderValues(name)).as(name)
					.isEqualTo(rendered.getResponse().getHeaderValues(name));
			}
		}

		@Test
		void areToldTheirGzippedCopyIsCurrentWith304() throws Exception {
			String etag = mvc.perform(get(ARTICLE).header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.ETAG);
			mvc.perform(
					get(ARTICLE).header(HttpHeaders.ACCEPT_ENCODING, "gzip").header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isNotModified())
				.andExpect(content().string(""));
		}

		@Test
		void getAPageFilteredByTheArticlesLanguageFromMemory() throws Exception {
			mvc.perform(get("/").param("language", "en")).andExpect(status().isOk());
			mvc.perform(get("/").param("language", "en"))
				.andExpect(status().isOk())
				.andExpect(header().exists(HttpHeaders.ETAG));
			assertThat(cache.size()).isEqualTo(1);
		}

		@Test
		void getOnlyHeadersForHead() throws Exception {
			mvc.perform(get(ARTICLE));
			mvc.perform(head(ARTICLE)).andExpect(status().isOk()).andExpect(content().string(""));
		}

		@Test
		void getThePageInTheirInterfaceLanguage() throws Exception {
			mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8"))
				.andExpect(content().string(containsString("lang=\"en\"")));
			mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
				.andExpect(content().string(containsString("lang=\"fr\"")));
			mvc.perform(get("/").cookie(new Cookie(PageCacheFilter.LANGUAGE_COOKIE, "en")))
				.andExpect(content().string(containsString("lang=\"en\"")));
			assertThat(cache.size()).isEqualTo(2);
		}

	}

	@Nested
	class NeverFromMemory {

		@Test
		void requestsWithASessionCookie() throws Exception {
			mvc.perform(get("/"));
			long statements = statementsDuring(() -> mvc.perform(get("/").cookie(new Cookie("SESSION", "abc")))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist(HttpHeaders.ETAG)));
			assertThat(statements).isPositive();
		}

		@Test
		void anEditorsPageWhichNoSharedCacheMayKeep() throws Exception {
			mvc.perform(get("/").cookie(new Cookie("SESSION", "abc")))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, not(containsString("public"))));
		}

		@Test
		void aFormWithACsrfToken() throws Exception {
			mvc.perform(get("/admin/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"_csrf\"")))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
			mvc.perform(get("/admin/login")).andExpect(header().doesNotExist(HttpHeaders.ETAG));
			assertThat(cache.size()).isZero();
		}

		@Test
		void aLanguageSwitchWhichSetsACookie() throws Exception {
			mvc.perform(get("/").param("lang", "en"))
				.andExpect(header().exists(HttpHeaders.SET_COOKIE))
				.andExpect(header().doesNotExist(HttpHeaders.ETAG));
			assertThat(cache.size()).isZero();
		}

		@Test
		void pagesThatAreNotFound() throws Exception {
			mvc.perform(get("/articles/no-such-article")).andExpect(status().isNotFound());
			assertThat(cache.size()).isZero();
		}

		@Test
		void aPageOnceAnArticleIsPublished() throws Exception {
			mvc.perform(get("/")).andExpect(content().string(not(containsString("Un article tout neuf"))));
			// dated yesterday, so that it heads the home page whatever other tests of
			// this
			// context published before
			publishing.importFile("cache/new.md",
					("---\ntitle: Un article tout neuf\nslug: tout-neuf\n" + "date: "
							+ java.time.LocalDate.now().minusDays(1)
							+ "\nsource: 36Kr\ntags: [LLM]\n---\n\nDu texte.\n")
						.getBytes(StandardCharsets.UTF_8),
					"tester");
			mvc.perform(get("/")).andExpect(content().string(containsString("Un article tout neuf")));
		}

	}

	@Test
	void staticAssetsHaveContentHashedUrlsCachedForAYear() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		Matcher css = Pattern.compile("/css/site-[0-9a-f]{32}\\.css").matcher(page);
		assertThat(css.find()).as("hashed stylesheet URL in %s", page).isTrue();
		this.mvc.perform(get(css.group()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age=31536000")));
		Matcher icon = Pattern.compile("/favicon-[0-9a-f]{32}\\.svg").matcher(page);
		assertThat(icon.find()).as("hashed icon URL in %s", page).isTrue();
		this.mvc.perform(get(icon.group()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age=31536000")));
		// page links stay as they are: only asset paths are rewritten
		assertThat(page).contains("href=\"/tags\"").contains("href=\"/timeline\"");
	}

	private long statementsDuring(ThrowingRunnable action) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		action.run();
		return statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

}
