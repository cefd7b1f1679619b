package dev.aiwire.admin.accounts;

import java.util.List;

import dev.aiwire.admin.AdminTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

/**
 * Editor accounts in the database: the first from the configuration, the others added by
 * editors; changing their own password, disabling and removing another editor, never the
 * last active one.
 */
@SpringBootTest(properties = AdminTestDatabase.URL)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EditorAccountsTests {

	private final MockMvc mvc;

	private final EditorRepository editors;

	private final EditorAccounts accounts;

	EditorAccountsTests(@Autowired MockMvc mvc, @Autowired EditorRepository editors,
			@Autowired EditorAccounts accounts) {
		this.mvc = mvc;
		this.editors = editors;
		this.accounts = accounts;
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
		this.mvc
			.perform(post("/admin/editors").param("username", "lea.martin")
				.param("password", "un mot de passe assez long")
				.param("confirmation", "un mot de passe assez long")
				.with(user("redaction").roles("EDITOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/editors"));
		this.mvc.perform(get("/admin/editors").with(user("redaction").roles("EDITOR")))
			.andExpect(content().string(containsString("<strong>lea.martin</strong>")))
			.andExpect(content().string(containsString("ajouté par redaction")));
		this.mvc
			.perform(post("/admin/login").param("username", "lea.martin")
				.param("password", "un mot de passe assez long")
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", not(containsString("login"))));
	}

	@Test
	void aShortOrMismatchedPasswordIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/editors").param("username", "paul")
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
			this.mvc
				.perform(post("/admin/editors").param("username", username)
					.param("password", "un mot de passe assez long")
					.param("confirmation", "un mot de passe assez long")
					.with(user("redaction").roles("EDITOR"))
					.with(csrf()))
				.andExpect(status().isUnprocessableContent());
		}
	}

	private static MockHttpServletRequestBuilder changePassword(String editor, String current, String password,
			String confirmation) {
		return post("/admin/account/password").param("current", current)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(user(editor).roles("EDITOR"))
			.with(csrf());
	}

	private void signsIn(String username, String password) throws Exception {
		this.mvc.perform(post("/admin/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(header().string("Location", not(containsString("login"))));
	}

	@Test
	void anEditorChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
		this.accounts.add("marie.dupont", "ancien mot de passe long", "test");
		this.mvc
			.perform(changePassword("marie.dupont", "ancien mot de passe long", "nouveau mot de passe long",
					"nouveau mot de passe long"))
			.andExpect(redirectedUrl("/admin/account"));
		signsIn("marie.dupont", "nouveau mot de passe long");
		this.mvc
			.perform(post("/admin/login").param("username", "marie.dupont")
				.param("password", "ancien mot de passe long")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void aWrongCurrentPasswordIsRefusedBesideItsFieldAndNothingChanges() throws Exception {
		this.accounts.add("jules", "le mot de passe de jules", "test");
		this.mvc
			.perform(changePassword("jules", "pas le bon", "nouveau mot de passe long", "nouveau mot de passe long"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(containsString("id=\"current-error\">Mot de passe actuel\u202F: ce n&#39;est pas le bon.")))
			.andExpect(content().string(not(containsString("nouveau mot de passe long"))));
		signsIn("jules", "le mot de passe de jules");
	}

	@Test
	void aShortOrUnconfirmedNewPasswordIsRefusedNamingTheFieldInBothLanguages() throws Exception {
		this.accounts.add("nina", "le mot de passe de nina", "test");
		this.mvc.perform(changePassword("nina", "le mot de passe de nina", "court", "autre"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nouveau mot de passe\u202F: entre 12 et 200 caractères.")))
			.andExpect(
					content().string(containsString("Confirmation\u202F: les deux nouveaux mots de passe diffèrent.")));
		this.mvc.perform(changePassword("nina", "le mot de passe de nina", "court", "autre").param("lang", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("New password: between 12 and 200 characters.")));
		signsIn("nina", "le mot de passe de nina");
	}

	@Test
	void aDisabledEditorCannotSignInUntilEnabledAgain() throws Exception {
		this.accounts.add("desactive", "mot de passe de desactive", "test");
		this.mvc.perform(post("/admin/editors/desactive/disable").with(user("redaction").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/editors"));
		this.mvc
			.perform(post("/admin/login").param("username", "desactive")
				.param("password", "mot de passe de desactive")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/login?error"));
		this.mvc.perform(post("/admin/editors/desactive/enable").with(user("redaction").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/editors"));
		signsIn("desactive", "mot de passe de desactive");
	}

	@Test
	void anEditorRemovesAnotherWhoCanNoLongerSignIn() throws Exception {
		this.accounts.add("partant", "mot de passe du partant", "test");
		this.mvc.perform(post("/admin/editors/partant/delete").with(user("redaction").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/editors"));
		assertThat(this.editors.findByUsernameIgnoreCase("partant")).isEmpty();
	}

	@Test
	void nobodyDisablesOrRemovesThemselvesNorTheLastActiveEditor() throws Exception {
		this.mvc.perform(post("/admin/editors/redaction/disable").with(user("redaction").roles("EDITOR")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("votre propre compte")));
		List<String> others = this.accounts.list()
			.stream()
			.filter(EditorAccounts.EditorSummary::enabled)
			.map(EditorAccounts.EditorSummary::username)
			.filter(name -> !name.equals("redaction"))
			.toList();
		others.forEach(other -> this.accounts.disable(other, "redaction"));
		try {
			this.mvc.perform(post("/admin/editors/redaction/delete").with(user("fantome").roles("EDITOR")).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("il doit rester au moins un rédacteur actif")));
			assertThat(this.editors.findByUsernameIgnoreCase("redaction")).isPresent();
		}
		finally {
			others.forEach(other -> this.accounts.enable(other, "redaction"));
		}
	}

	@Test
	void theDeskSaysSoWhileTheFirstStartPasswordIsStillTheGeneratedOne() throws Exception {
		this.accounts.addWithGeneratedPassword("premier", "genere-au-premier-demarrage");
		this.mvc.perform(get("/admin").with(user("premier").roles("EDITOR")))
			.andExpect(content().string(containsString("id=\"generated-password\"")))
			.andExpect(content().string(containsString("href=\"/admin/account\"")));
		this.mvc
			.perform(changePassword("premier", "genere-au-premier-demarrage", "mon propre mot de passe",
					"mon propre mot de passe"))
			.andExpect(redirectedUrl("/admin/account"));
		this.mvc.perform(get("/admin").with(user("premier").roles("EDITOR")))
			.andExpect(content().string(not(containsString("id=\"generated-password\""))));
	}

}
