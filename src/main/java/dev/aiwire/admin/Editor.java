package dev.aiwire.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who may sign in to the admin, with a password kept only as a strong hash. */
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

	protected Editor() {
	}

	Editor(String username, String passwordHash, String createdBy, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
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

}
