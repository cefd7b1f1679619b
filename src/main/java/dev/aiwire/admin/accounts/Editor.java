package dev.aiwire.admin.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who may sign in to the admin, with a password kept only as a strong hash. A
 * disabled editor keeps the account (and the name on revisions) but cannot sign in.
 */
@Entity
@Table(name = "editor")
class Editor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private Instant createdAt;

	private String createdBy;

	private boolean enabled = true;

	/** Still the password generated at the first start, which the start-up log showed. */
	private boolean generatedPassword;

	private Instant passwordChangedAt;

	protected Editor() {
	}

	Editor(String username, String passwordHash, String createdBy, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * The first editor of a start without a configured password: its password is in the
	 * log.
	 */
	static Editor withGeneratedPassword(String username, String passwordHash, Instant createdAt) {
		Editor editor = new Editor(username, passwordHash, "first start", createdAt);
		editor.generatedPassword = true;
		return editor;
	}

	void changePassword(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = at;
		this.generatedPassword = false;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean hasGeneratedPassword() {
		return this.generatedPassword;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

}
