package dev.aiwire.admin.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling, per user name and client address: the first failures cost nothing,
 * then each further attempt from that address for that name waits twice as long as the
 * last, up to a cap. Another address with the right password is never held back.
 *
 * @param freeFailures failures from one address for one name before attempts must wait
 * (default 3)
 * @param firstWait the wait after the first failure beyond those (default 1s); it doubles
 * with each further failure
 * @param maxWait the longest wait (default 15m)
 * @param forgetAfter failures older than this, without a new one, are forgotten (default
 * 1h)
 */
@ConfigurationProperties("aiwire.admin.sign-in")
record SignInProperties(@DefaultValue("3") int freeFailures, @DefaultValue("1s") Duration firstWait,
		@DefaultValue("15m") Duration maxWait, @DefaultValue("1h") Duration forgetAfter) {

	/** How long the next attempt must wait after this many failures in a row. */
	Duration waitAfter(int failures) {
		int beyond = failures - this.freeFailures;
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		Duration wait = this.firstWait.multipliedBy(1L << Math.min(beyond - 1, 30));
		return (wait.compareTo(this.maxWait) > 0) ? this.maxWait : wait;
	}

}
