package dev.aiwire.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling per user name and client address, with growing waits (see
 * {@link SignInProperties}). Throttling one pair never holds back another: whoever knows
 * the password signs in from their own address while someone else guesses from theirs.
 * Kept in the database, so that every instance and a restart see the same count. Unknown
 * names are counted too: the answer does not tell whether an account exists.
 */
@Service
class LoginThrottle {

	private static final int MAX_NAME = 100;

	private static final int MAX_ADDRESS = 64;

	private final LoginAttemptRepository attempts;

	private final SignInProperties rules;

	private final Clock clock;

	private final TransactionTemplate own;

	private final TransactionTemplate reading;

	LoginThrottle(LoginAttemptRepository attempts, SignInProperties rules, Clock clock,
			PlatformTransactionManager transactions) {
		this.attempts = attempts;
		this.rules = rules;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * How long this name must still wait before trying from this address; zero when it
	 * may try.
	 */
	Duration waitFor(String username, String address) {
		Instant now = Instant.now(this.clock);
		return this.reading.execute(status -> this.attempts.findByUsernameAndAddress(name(username), address(address))
			.map(attempt -> attempt.waitAt(now))
			.orElse(Duration.ZERO));
	}

	/**
	 * Counts a failed sign-in, in a transaction of its own, and returns the failures in a
	 * row and the wait now due. Two instances counting the same pair at once lock its
	 * row; the first failure of a pair on both at once makes one insert fail, and that
	 * one counts again.
	 */
	Failure failed(String username, String address) {
		String name = name(username);
		String from = address(address);
		try {
			return this.own.execute(status -> count(name, from));
		}
		catch (DataIntegrityViolationException ex) {
			return this.own.execute(status -> count(name, from));
		}
	}

	private Failure count(String name, String from) {
		Instant now = Instant.now(this.clock);
		LoginAttempt attempt = this.attempts.lockByUsernameAndAddress(name, from)
			.orElseGet(() -> new LoginAttempt(name, from));
		attempt.fail(now, this.rules);
		this.attempts.saveAndFlush(attempt);
		return new Failure(attempt.getFailures(), attempt.waitAt(now));
	}

	/** Forgets the failures of a name from an address it has just signed in from. */
	void succeeded(String username, String address) {
		this.own
			.executeWithoutResult(status -> this.attempts.deleteByUsernameAndAddress(name(username), address(address)));
	}

	private static String name(String username) {
		String key = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (key.length() > MAX_NAME) ? key.substring(0, MAX_NAME) : key;
	}

	private static String address(String address) {
		String key = (address == null || address.isBlank()) ? "unknown" : address.strip();
		return (key.length() > MAX_ADDRESS) ? key.substring(0, MAX_ADDRESS) : key;
	}

	/**
	 * A failure counted: how many in a row from that address for that name, and the wait
	 * now due.
	 */
	record Failure(int inARow, Duration nextWait) {
	}

}
