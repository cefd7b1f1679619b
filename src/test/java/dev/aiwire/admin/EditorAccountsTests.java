package dev.aiwire.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editor accounts in the database: the first from the configuration, the others added by editors. */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EditorAccountsTests {

	private final MockMvc mvc;

	private final EditorRepository editors;

	EditorAccountsTests(@Autowired MockMvc mvc, @Autowired EditorRepository editors) {
		this.mvc = mvc;
		this.editors = editors;
	}

	@Test
	void theFirstEditorComesFromTheConfigurationWithOnlyAHashStored() {
		assertThat(this.editors.findByUsernameIgnoreCase("redaction")).hasValueSatisfying(editor -> {
			assertThat(editor.getPasswordHash()).startsWith("{bcrypt}$2");
			assertThat(editor.getPasswordHash()).doesNotContain("mot-de-passe-des-tests");
		});
	}

	@Test
	void anEditorAddsAnotherWhoCanThenSignIn() throws Exception {
		this.mvc.perform(post("/admin/editors").param("username", "lea.martin")
			.param("password", "un mot de passe assez long")
			.param("confirmation", "un mot de passe assez long")
			.with(user("redaction").roles("EDITOR"))
			.with(csrf())).andExpect(redirectedUrl("/admin/editors"));
		this.mvc.perform(get("/admin/editors").with(user("redaction").roles("EDITOR")))
			.andExpect(content().string(containsString("<strong>lea.martin</strong>")))
			.andExpect(content().string(containsString("ajouté par redaction")));
		this.mvc.perform(post("/admin/login").param("username", "lea.martin")
			.param("password", "un mot de passe assez long")
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", not(containsString("login"))));
	}

	@Test
	void aShortOrMismatchedPasswordIsRefused() throws Exception {
		this.mvc.perform(post("/admin/editors").param("username", "paul")
			.param("password", "court")
			.param("confirmation", "autre")
			.with(user("redaction").roles("EDITOR"))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("entre 12 et 200 caractères")))
			.andExpect(content().string(containsString("Les deux mots de passe diffèrent.")));
		assertThat(this.editors.findByUsernameIgnoreCase("paul")).isEmpty();
	}

	@Test
	void aNameTakenOrWithSpacesIsRefused() throws Exception {
		for (String username : new String[] { "REDACTION", "avec espace", "<script>" }) {
			this.mvc.perform(post("/admin/editors").param("username", username)
				.param("password", "un mot de passe assez long")
				.param("confirmation", "un mot de passe assez long")
				.with(user("redaction").roles("EDITOR"))
				.with(csrf())).andExpect(status().isUnprocessableContent());
		}
	}

}
