package dev.aiwire.admin;

import dev.aiwire.admin.accounts.EditorAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security declared in {@link AdminSecurity}, tested both ways. */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdminSecurityTests {

	private final MockMvc mvc;

	private final EditorAccounts accounts;

	AdminSecurityTests(@Autowired MockMvc mvc, @Autowired EditorAccounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	/**
	 * The session cookie: Spring Session's, as the sessions live in the database. Its
	 * HttpOnly and SameSite attributes come from the real server's configuration: the
	 * browser suite checks them.
	 */
	private static final String SESSION_COOKIE = "SESSION";

	@Nested
	class Anonymous {

		@Test
		void isSentToTheLoginPageFromEveryAdminPage() throws Exception {
			for (String page : new String[] { "/admin", "/admin/articles/new", "/admin/articles/1/edit", "/admin/trash",
					"/admin/editors", "/admin/export" }) {
				mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
			}
		}

		@Test
		void cannotPostToTheAdminEvenWithAToken() throws Exception {
			mvc.perform(
					multipart("/admin/articles/preview").param("markdown", Uploads.article().markdown()).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/login"));
		}

		@Test
		void readsReaderPagesAndTheLoginPage() throws Exception {
			mvc.perform(get("/")).andExpect(status().isOk());
			mvc.perform(get("/admin/login"))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(containsString("name=\"username\"")));
		}

	}

	@Nested
	class Headers {

		@Test
		void everyReaderPageForbidsInlineScriptFramingAndSniffing() throws Exception {
			mvc.perform(get("/"))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}

		@Test
		void errorPagesAndAdminPagesToo() throws Exception {
			mvc.perform(get("/articles/no-such-article"))
				.andExpect(status().isNotFound())
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
			mvc.perform(get("/admin").with(user("redaction").roles("EDITOR")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}

	}

	@Nested
	class SigningIn {

		@Test
		void theFormLogsAnEditorInWithANewSession() throws Exception {
			MvcResult anonymous = mvc.perform(get("/admin")).andExpect(status().isFound()).andReturn();
			Cookie before = anonymous.getResponse().getCookie(SESSION_COOKIE);
			assertThat(before).isNotNull();
			MvcResult login = mvc
				.perform(post("/admin/login").cookie(before)
					.param("username", "redaction")
					.param("password", "mot-de-passe-des-tests")
					.with(csrf()))
				.andExpect(status().isFound())
				.andExpect(header().string("Location", containsString("/admin")))
				.andReturn();
			Cookie after = login.getResponse().getCookie(SESSION_COOKIE);
			assertThat(after).isNotNull();
			assertThat(after.getValue()).isNotEqualTo(before.getValue());
			mvc.perform(get("/admin").cookie(after)).andExpect(status().isOk());
			mvc.perform(get("/admin").cookie(before)).andExpect(status().isFound());
		}

		@Test
		void aWrongPasswordGoesBackToTheFormWithAnError() throws Exception {
			mvc.perform(
					post("/admin/login").param("username", "redaction").param("password", "pas-le-bon").with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/login?error"));
		}

		private static RequestPostProcessor from(String address) {
			return request -> {
				request.setRemoteAddr(address);
				return request;
			};
		}

		@Test
		void failuresFromOneAddressNeverKeepTheRightPasswordOutFromAnother() throws Exception {
			String username = "throttle-mockmvc";
			accounts.add(username, "le-bon-mot-de-passe", "test");
			for (int attempt = 1; attempt <= 4; attempt++) {
				mvc.perform(post("/admin/login").param("username", username)
					.param("password", "faux-" + attempt)
					.with(from("203.0.113.9"))
					.with(csrf())).andExpect(redirectedUrl("/admin/login?error"));
			}
			mvc.perform(post("/admin/login").param("username", username)
				.param("password", "le-bon-mot-de-passe")
				.with(from("203.0.113.9"))
				.with(csrf())).andExpect(redirectedUrl("/admin/login?wait"));
			mvc.perform(post("/admin/login").param("username", username)
				.param("password", "le-bon-mot-de-passe")
				.with(from("198.51.100.4"))
				.with(csrf()))
				.andExpect(status().isFound())
				.andExpect(header().string("Location", containsString("/admin")))
				.andExpect(header().string("Location", not(containsString("login"))));
		}

		@Test
		void aThrottledAddressIsToldHowLongToWait() throws Exception {
			MvcResult refused = null;
			Cookie session = mvc.perform(get("/admin")).andReturn().getResponse().getCookie(SESSION_COOKIE);
			for (int attempt = 1; attempt <= 5; attempt++) {
				refused = mvc
					.perform(post("/admin/login").cookie(session)
						.param("username", "throttle-message")
						.param("password", "faux")
						.with(from("203.0.113.10"))
						.with(csrf()))
					.andReturn();
			}
			assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/login?wait");
			mvc.perform(get("/admin/login?wait").cookie(session))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(containsString("id=\"login-wait\"")));
		}

		@Test
		void unknownNamesAreThrottledLikeKnownOnes() throws Exception {
			for (int attempt = 1; attempt <= 4; attempt++) {
				mvc.perform(post("/admin/login").param("username", "personne")
					.param("password", "x")
					.with(from("203.0.113.11"))
					.with(csrf())).andExpect(redirectedUrl("/admin/login?error"));
			}
			mvc.perform(post("/admin/login").param("username", "personne")
				.param("password", "x")
				.with(from("203.0.113.11"))
				.with(csrf())).andExpect(redirectedUrl("/admin/login?wait"));
		}

		@Test
		void withoutACsrfTokenNothingHappens() throws Exception {
			mvc.perform(post("/admin/login").param("username", "redaction").param("password", "mot-de-passe-des-tests"))
				.andExpect(status().isForbidden());
		}

		@Test
		void logoutIsAPostWithAToken() throws Exception {
			mvc.perform(post("/admin/logout").with(user("redaction").roles("EDITOR")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/logout").with(user("redaction").roles("EDITOR")).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/login?logout"));
		}

	}

	@Nested
	class Editors {

		@Test
		void areAdmittedWithATokenOnEveryForm() throws Exception {
			mvc.perform(multipart("/admin/articles/preview")
				.file(new MockMultipartFile("file", "ernie.md", "text/markdown", Uploads.article().bytes()))
				.with(user("redaction").roles("EDITOR"))
				.with(csrf())).andExpect(status().isOk());
		}

		@Test
		void areRefusedWithoutAToken() throws Exception {
			mvc.perform(multipart("/admin/articles/preview").param("markdown", Uploads.article().markdown())
				.with(user("redaction").roles("EDITOR"))).andExpect(status().isForbidden());
		}

		@Test
		void needTheEditorRole() throws Exception {
			mvc.perform(get("/admin").with(user("lecteur").roles("READER"))).andExpect(status().isForbidden());
		}

	}

}
