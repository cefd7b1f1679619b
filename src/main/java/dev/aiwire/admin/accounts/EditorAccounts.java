package dev.aiwire.admin.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editor accounts: who may sign in, adding one, changing one's password, disabling,
 * enabling and removing one. Every editor has the role EDITOR; at least one editor always
 * stays able to sign in.
 */
@Service
@Transactional(readOnly = true)
public class EditorAccounts implements UserDetailsService {

	/** The role of every editor, which the admin's pages require. */
	public static final String ROLE = "EDITOR";

	private static final Logger logger = LoggerFactory.getLogger(EditorAccounts.class);

	private final EditorRepository editors;

	private final PasswordEncoder passwords;

	private final Clock clock;

	EditorAccounts(EditorRepository editors, PasswordEncoder passwords, Clock clock) {
		this.editors = editors;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Editor editor = find(username).orElseThrow(() -> new UsernameNotFoundException("no editor " + username));
		return User.withUsername(editor.getUsername())
			.password(editor.getPasswordHash())
			.disabled(!editor.isEnabled())
			.authorities(AuthorityUtils.createAuthorityList("ROLE_" + ROLE))
			.build();
	}

	/** Every editor, by user name. */
	List<EditorSummary> list() {
		return this.editors.findAllByOrderByUsername()
			.stream()
			.map(editor -> new EditorSummary(editor.getUsername(), editor.getCreatedAt(), editor.getCreatedBy(),
					editor.isEnabled(), editor.hasGeneratedPassword()))
			.toList();
	}

	/**
	 * The editors who can sign in with the password generated at the first start, still
	 * in the log.
	 */
	List<String> withGeneratedPassword() {
		return this.editors.findByGeneratedPasswordTrueAndEnabledTrue().stream().map(Editor::getUsername).toList();
	}

	boolean exists(String username) {
		return find(username).isPresent();
	}

	boolean isEmpty() {
		return this.editors.count() == 0;
	}

	/** Adds an editor; the password is stored as a hash only. */
	@Transactional
	public void add(String username, String password, String createdBy) {
		this.editors
			.save(new Editor(username.strip(), this.passwords.encode(password), createdBy, Instant.now(this.clock)));
		logger.info("Editor '{}' added by {}", LogText.safe(username), createdBy);
	}

	/**
	 * Adds the first editor with a generated password, which the desk asks to replace.
	 */
	@Transactional
	void addWithGeneratedPassword(String username, String password) {
		this.editors.save(Editor.withGeneratedPassword(username.strip(), this.passwords.encode(password),
				Instant.now(this.clock)));
		logger.info("Editor '{}' added at the first start", LogText.safe(username));
	}

	/**
	 * Makes sure an editor has this password: creates the account, or sets the password
	 * when the stored hash does not match it. Returns whether anything changed.
	 */
	@Transactional
	boolean ensure(String username, String password) {
		Editor editor = find(username).orElse(null);
		if (editor == null) {
			add(username, password, "configuration");
			return true;
		}
		if (!this.passwords.matches(password, editor.getPasswordHash())) {
			editor.changePassword(this.passwords.encode(password), Instant.now(this.clock));
			logger.info("Password of editor '{}' set from the configuration", LogText.safe(username));
			return true;
		}
		return false;
	}

	/**
	 * Changes an editor's own password, once the current one is confirmed. The new one's
	 * length and confirmation are the form's to check.
	 */
	@Transactional
	PasswordChange changePassword(String username, String current, String replacement) {
		Editor editor = find(username).orElse(null);
		if (editor == null || !this.passwords.matches(current, editor.getPasswordHash())) {
			logger.warn("Password change refused for '{}': wrong current password", LogText.safe(username));
			return PasswordChange.WRONG_CURRENT;
		}
		if (current.equals(replacement)) {
			return PasswordChange.SAME_AS_CURRENT;
		}
		editor.changePassword(this.passwords.encode(replacement), Instant.now(this.clock));
		logger.info("Editor '{}' changed their password", LogText.safe(username));
		return PasswordChange.CHANGED;
	}

	/**
	 * Disables an editor, who can no longer sign in; never oneself, never the last active
	 * one.
	 */
	@Transactional
	AccountChange disable(String username, String by) {
		return change(username, by, true, editor -> editor.disable(), "disabled");
	}

	/** Lets a disabled editor sign in again. */
	@Transactional
	AccountChange enable(String username, String by) {
		return change(username, by, false, editor -> editor.enable(), "enabled");
	}

	/** Removes an editor's account; their name stays on the revisions they saved. */
	@Transactional
	AccountChange remove(String username, String by) {
		return change(username, by, true, this.editors::delete, "removed");
	}

	private AccountChange change(String username, String by, boolean takesAway,
			java.util.function.Consumer<Editor> action, String done) {
		List<Editor> all = this.editors.lockAll();
		Editor editor = all.stream()
			.filter(e -> e.getUsername().equalsIgnoreCase(username.strip()))
			.findFirst()
			.orElse(null);
		if (editor == null) {
			return AccountChange.NOT_FOUND;
		}
		if (takesAway && editor.getUsername().equalsIgnoreCase(by)) {
			return AccountChange.SELF;
		}
		long othersActive = all.stream().filter(Editor::isEnabled).filter(e -> e != editor).count();
		if (takesAway && othersActive == 0) {
			return AccountChange.LAST_ACTIVE;
		}
		action.accept(editor);
		logger.info("Editor '{}' {} by {}", LogText.safe(editor.getUsername()), done, LogText.safe(by));
		return AccountChange.DONE;
	}

	private Optional<Editor> find(String username) {
		return this.editors.findByUsernameIgnoreCase(username.strip());
	}

	/** An editor as the list of accounts shows it. */
	public record EditorSummary(String username, Instant createdAt, String createdBy, boolean enabled,
			boolean generatedPassword) {
	}

	/** What became of a password change. */
	enum PasswordChange {

		CHANGED, WRONG_CURRENT, SAME_AS_CURRENT

	}

	/** What became of disabling, enabling or removing an editor. */
	enum AccountChange {

		DONE, NOT_FOUND, SELF, LAST_ACTIVE

	}

}
