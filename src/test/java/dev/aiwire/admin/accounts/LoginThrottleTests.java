package dev.aiwire.admin.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling per user name and client address, on a clock the test moves: three free
 * failures, then waits of 1, 2, 4... seconds, capped; another address is never held back.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginThrottleTests {

	private static final Instant NINE_AM = Instant.parse("2025-03-16T09:00:00Z");

	private static final SignInProperties RULES = new SignInProperties(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
			Duration.ofHours(1));

	private Instant now = NINE_AM;

	private final Clock clock = new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return LoginThrottleTests.this.now;
		}

	};

	private final LoginThrottle throttle;

	/** A second instance of the portal, on the same database. */
	private final LoginThrottle otherInstance;

	LoginThrottleTests(@Autowired LoginAttemptRepository attempts, @Autowired PlatformTransactionManager transactions) {
		this.throttle = new LoginThrottle(attempts, RULES, this.clock, transactions);
		this.otherInstance = new LoginThrottle(attempts, RULES, this.clock, transactions);
	}

	private void fail(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username, address);
		}
	}

	@Test
	void threeFailuresCostNothing() {
		fail("claire", "203.0.113.1", 3);
		assertThat(this.throttle.waitFor("claire", "203.0.113.1")).isZero();
	}

	@Test
	void eachFurtherFailureDoublesTheWaitUpToTheCap() {
		fail("marc", "203.0.113.2", 3);
		for (long expected : new long[] { 1, 2, 4, 8, 16, 30, 30 }) {
			LoginThrottle.Failure failure = this.throttle.failed("marc", "203.0.113.2");
			assertThat(failure.nextWait()).isEqualTo(Duration.ofSeconds(expected));
			assertThat(this.throttle.waitFor("marc", "203.0.113.2")).isEqualTo(Duration.ofSeconds(expected));
		}
	}

	@Test
	void theWaitRunsOutWithTime() {
		fail("lea", "203.0.113.3", 5);
		assertThat(this.throttle.waitFor("lea", "203.0.113.3")).isEqualTo(Duration.ofSeconds(2));
		this.now = NINE_AM.plusSeconds(1);
		assertThat(this.throttle.waitFor("lea", "203.0.113.3")).isEqualTo(Duration.ofSeconds(1));
		this.now = NINE_AM.plusSeconds(2);
		assertThat(this.throttle.waitFor("lea", "203.0.113.3")).isZero();
	}

	@Test
	void anotherAddressForTheSameNameIsNeverHeldBack() {
		fail("redaction", "203.0.113.4", 20);
		assertThat(this.throttle.waitFor("redaction", "203.0.113.4")).isPositive();
		assertThat(this.throttle.waitFor("redaction", "198.51.100.7")).isZero();
	}

	@Test
	void everyInstanceOnTheDatabaseSeesTheSameCount() {
		fail("paul", "203.0.113.5", 2);
		this.otherInstance.failed("paul", "203.0.113.5");
		assertThat(this.otherInstance.failed("paul", "203.0.113.5").inARow()).isEqualTo(4);
		assertThat(this.throttle.waitFor("paul", "203.0.113.5")).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theNameIsCountedWhateverItsCaseAndSpaces() {
		fail("Redac", "203.0.113.6", 2);
		fail(" redac ", "203.0.113.6", 2);
		assertThat(this.throttle.waitFor("REDAC", "203.0.113.6")).isPositive();
	}

	@Test
	void aSuccessForgetsTheFailuresOfThatAddress() {
		fail("anne", "203.0.113.7", 6);
		this.throttle.succeeded("anne", "203.0.113.7");
		assertThat(this.throttle.waitFor("anne", "203.0.113.7")).isZero();
		assertThat(this.throttle.failed("anne", "203.0.113.7").inARow()).isEqualTo(1);
	}

	@Test
	void failuresSpreadOverHoursDoNotAddUp() {
		for (int hour = 0; hour < 6; hour++) {
			this.now = NINE_AM.plus(Duration.ofHours(hour).plusMinutes(hour));
			fail("sophie", "203.0.113.8", 1);
		}
		assertThat(this.throttle.waitFor("sophie", "203.0.113.8")).isZero();
	}

}
