package dev.aiwire.admin.accounts;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The failed sign-ins for one user name (known or not) from one client address, and from
 * when that address may try that name again.
 */
@Entity
@Table(name = "login_attempt")
class LoginAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String address;

	private int failures;

	private Instant lastFailure;

	private Instant nextAttempt;

	protected LoginAttempt() {
	}

	LoginAttempt(String username, String address) {
		this.username = username;
		this.address = address;
	}

	/**
	 * Counts a failure at {@code now}; failures older than the rules' memory are
	 * forgotten first. The next attempt waits as the rules say for that many failures.
	 */
	void fail(Instant now, SignInProperties rules) {
		if (this.lastFailure != null && this.lastFailure.plus(rules.forgetAfter()).isBefore(now)) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailure = now;
		this.nextAttempt = now.plus(rules.waitAfter(this.failures));
	}

	/** How long an attempt at {@code now} must still wait; zero when it may go ahead. */
	Duration waitAt(Instant now) {
		return (this.nextAttempt != null && now.isBefore(this.nextAttempt)) ? Duration.between(now, this.nextAttempt)
				: Duration.ZERO;
	}

	int getFailures() {
		return this.failures;
	}

	Instant getNextAttempt() {
		return this.nextAttempt;
	}

}
