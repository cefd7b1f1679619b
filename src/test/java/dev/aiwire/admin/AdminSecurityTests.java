package dev.aiwire.admin;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
	 * The session cookie: Spring Session's, as the sessions live in the database. Its HttpOnly and
	 * SameSite attributes come from the real server's configuration: the browser suite checks them.
	 */
	private static final String SESSION_COOKIE = "SESSION";

	@Nested
	class Anonymous {

		@Test
		void isSentToTheLoginPageFromEveryAdminPage() throws Exception {
			for (String page : new String[] { "/admin", "/admin/articles/new", "/admin/articles/1/edit",
					"/admin/trash", "/admin/editors", "/admin/export" }) {
				mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
			}
		}

		@Test
		void cannotPostToTheAdminEvenWithAToken() throws Exception {
			mvc.perform(multipart("/admin/articles/preview").param("markdown", Uploads.article().markdown()).with(csrf()))
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
			mvc.perform(post("/admin/login").param("username", "redaction").param("password", "pas-le-bon").with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/login?error"));
		}

		@Test
		void fiveFailuresLockTheNameEvenForTheRightPassword() throws Exception {
			String username = "verrou-mockmvc";
			accounts.add(username, "le-bon-mot-de-passe", "test");
			for (int attempt = 1; attempt <= 5; attempt++) {
				mvc.perform(post("/admin/login").param("username", username).param("password", "faux-" + attempt)
					.with(csrf())).andExpect(redirectedUrl("/admin/login?error"));
			}
			mvc.perform(post("/admin/login").param("username", username).param("password", "le-bon-mot-de-passe")
				.with(csrf())).andExpect(redirectedUrl("/admin/login?locked"));
			mvc.perform(get("/admin/login?locked"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(containsString("la connexion est bloquée pendant 15 minutes")));
		}

		@Test
		void unknownNamesAreThrottledLikeKnownOnes() throws Exception {
			for (int attempt = 1; attempt <= 5; attempt++) {
				mvc.perform(post("/admin/login").param("username", "personne").param("password", "x").with(csrf()))
					.andExpect(redirectedUrl("/admin/login?error"));
			}
			mvc.perform(post("/admin/login").param("username", "personne").param("password", "x").with(csrf()))
				.andExpect(redirectedUrl("/admin/login?locked"));
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
