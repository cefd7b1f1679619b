package dev.aiwire.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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

/** Editor accounts: who may sign in, and adding one. Every editor has the role EDITOR. */
@Service
@Transactional(readOnly = true)
class EditorAccounts implements UserDetailsService {

	static final String ROLE = "EDITOR";

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
		Editor editor = this.editors.findByUsernameIgnoreCase(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("no editor " + username));
		return User.withUsername(editor.getUsername())
			.password(editor.getPasswordHash())
			.authorities(AuthorityUtils.createAuthorityList("ROLE_" + ROLE))
			.build();
	}

	/** Every editor, by user name. */
	List<EditorSummary> list() {
		return this.editors.findAllByOrderByUsername()
			.stream()
			.map(editor -> new EditorSummary(editor.getUsername(), editor.getCreatedAt(), editor.getCreatedBy()))
			.toList();
	}

	boolean exists(String username) {
		return this.editors.findByUsernameIgnoreCase(username.strip()).isPresent();
	}

	boolean isEmpty() {
		return this.editors.count() == 0;
	}

	/** Adds an editor; the password is stored as a hash only. */
	@Transactional
	void add(String username, String password, String createdBy) {
		this.editors.save(new Editor(username.strip(), this.passwords.encode(password), createdBy,
				Instant.now(this.clock)));
		logger.info("Editor '{}' added by {}", LogText.safe(username), createdBy);
	}

	/**
	 * Makes sure an editor has this password: creates the account, or sets the password when the
	 * stored hash does not match it. Returns whether anything changed.
	 */
	@Transactional
	boolean ensure(String username, String password) {
		Editor editor = this.editors.findByUsernameIgnoreCase(username.strip()).orElse(null);
		if (editor == null) {
			add(username, password, "configuration");
			return true;
		}
		if (!this.passwords.matches(password, editor.getPasswordHash())) {
			editor.changePassword(this.passwords.encode(password));
			logger.info("Password of editor '{}' set from the configuration", LogText.safe(username));
			return true;
		}
		return false;
	}

	/** An editor as the list of accounts shows it. */
	public record EditorSummary(String username, Instant createdAt, String createdBy) {
	}

}
