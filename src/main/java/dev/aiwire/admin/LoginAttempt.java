package dev.aiwire.admin;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The failed logins of one user name, known or not, and until when it is locked. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

	@Id
	private String username;

	private int failures;

	private Instant lastFailure;

	private Instant lockedUntil;

	protected LoginAttempt() {
	}

	LoginAttempt(String username) {
		this.username = username;
	}

	/**
	 * Counts a failure at {@code now}. Failures older than the lockout, and a lock that has run
	 * out, are forgotten first. Reaching {@code maxFailures} locks the name for the lockout.
	 */
	void fail(Instant now, int maxFailures, Duration lockout) {
		boolean stale = this.lastFailure != null && this.lastFailure.plus(lockout).isBefore(now);
		boolean lockOver = this.lockedUntil != null && !now.isBefore(this.lockedUntil);
		if (stale || lockOver) {
			this.failures = 0;
			this.lockedUntil = null;
		}
		this.failures++;
		this.lastFailure = now;
		if (this.failures >= maxFailures) {
			this.lockedUntil = now.plus(lockout);
		}
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	int getFailures() {
		return this.failures;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
