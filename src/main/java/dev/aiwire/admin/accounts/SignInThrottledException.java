package dev.aiwire.admin.accounts;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password is looked at: this address must wait for this
 * name.
 */
class SignInThrottledException extends AuthenticationException {

	private final Duration wait;

	SignInThrottledException(Duration wait) {
		super("too many failed sign-ins for this name from this address: wait " + wait.toSeconds() + "s");
		this.wait = wait;
	}

	/** The wait, rounded up to a whole second, as the sign-in page gives it. */
	long waitSeconds() {
		return Math.max(1, this.wait.plusMillis(999).toSeconds());
	}

}
