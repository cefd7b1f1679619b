package dev.aiwire.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling by user name: after {@code aiwire.admin.max-failed-logins} failures, every
 * attempt for that name is refused, even with the right password, for {@code aiwire.admin.lockout}.
 * Kept in the database, so that every instance and a restart see the same count. Unknown names
 * are counted too: the answer does not tell whether an account exists.
 */
@Service
class LoginThrottle {

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginAttemptRepository attempts;

	private final AdminProperties properties;

	private final Clock clock;

	LoginThrottle(LoginAttemptRepository attempts, AdminProperties properties, Clock clock) {
		this.attempts = attempts;
		this.properties = properties;
		this.clock = clock;
	}

	/** Until when a user name is locked, or null when it may try. */
	@Transactional(readOnly = true)
	public Instant lockedUntil(String username) {
		Instant now = Instant.now(this.clock);
		return this.attempts.findById(key(username))
			.filter(attempt -> attempt.isLocked(now))
			.map(LoginAttempt::getLockedUntil)
			.orElse(null);
	}

	/** Counts a failed login, in its own transaction, and logs it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username) {
		String key = key(username);
		LoginAttempt attempt = this.attempts.findById(key).orElseGet(() -> new LoginAttempt(key));
		Instant now = Instant.now(this.clock);
		attempt.fail(now, this.properties.maxFailedLogins(), this.properties.lockout());
		this.attempts.save(attempt);
		if (attempt.isLocked(now)) {
			logger.warn("Failed login for '{}' ({} in a row): locked until {}", LogText.safe(key),
					attempt.getFailures(), attempt.getLockedUntil());
		}
		else {
			logger.warn("Failed login for '{}' ({} of {})", LogText.safe(key), attempt.getFailures(),
					this.properties.maxFailedLogins());
		}
	}

	/** Forgets the failures of a user name that signed in. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		this.attempts.deleteById(key(username));
	}

	private static String key(String username) {
		String key = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (key.length() > 100) ? key.substring(0, 100) : key;
	}

}
