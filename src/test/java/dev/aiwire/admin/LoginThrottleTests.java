package dev.aiwire.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Five failures lock a user name for fifteen minutes, measured on a clock the test moves. */
@DataJpaTest
class LoginThrottleTests {

	private static final Instant NINE_AM = Instant.parse("2025-03-16T09:00:00Z");

	private final LoginAttemptRepository attempts;

	private Clock clock = Clock.fixed(NINE_AM, ZoneOffset.UTC);

	private final LoginThrottle throttle;

	LoginThrottleTests(@Autowired LoginAttemptRepository attempts) {
		this.attempts = attempts;
		AdminProperties properties = new AdminProperties("admin", null, DataSize.ofMegabytes(2), 5,
				Duration.ofMinutes(15));
		this.throttle = new LoginThrottle(attempts, properties, new Clock() {

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return LoginThrottleTests.this.clock.instant();
			}

		});
	}

	private void moveTo(Instant instant) {
		this.clock = Clock.fixed(instant, ZoneOffset.UTC);
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username);
		}
	}

	@Test
	void fourFailuresStillLetTheEditorTry() {
		fail("claire", 4);
		assertThat(this.throttle.lockedUntil("claire")).isNull();
	}

	@Test
	void theFifthFailureLocksTheNameForFifteenMinutes() {
		fail("marc", 5);
		assertThat(this.throttle.lockedUntil("marc")).isEqualTo(NINE_AM.plus(Duration.ofMinutes(15)));
		moveTo(NINE_AM.plus(Duration.ofMinutes(14)));
		assertThat(this.throttle.lockedUntil("marc")).isNotNull();
		moveTo(NINE_AM.plus(Duration.ofMinutes(15)));
		assertThat(this.throttle.lockedUntil("marc")).isNull();
	}

	@Test
	void afterTheLockTheCountStartsAgain() {
		fail("lea", 5);
		moveTo(NINE_AM.plus(Duration.ofMinutes(16)));
		fail("lea", 1);
		assertThat(this.throttle.lockedUntil("lea")).isNull();
		assertThat(this.attempts.findById("lea")).hasValueSatisfying(a -> assertThat(a.getFailures()).isEqualTo(1));
	}

	@Test
	void failuresSpreadOverHoursDoNotAddUp() {
		for (int hour = 0; hour < 5; hour++) {
			moveTo(NINE_AM.plus(Duration.ofHours(hour)));
			fail("paul", 1);
		}
		assertThat(this.throttle.lockedUntil("paul")).isNull();
	}

	@Test
	void theNameIsCountedWhateverItsCaseAndSpaces() {
		fail("Redaction", 3);
		fail(" redaction ", 2);
		assertThat(this.throttle.lockedUntil("REDACTION")).isNotNull();
	}

	@Test
	void aSuccessForgetsTheFailures() {
		fail("anne", 4);
		this.throttle.succeeded("anne");
		fail("anne", 4);
		assertThat(this.throttle.lockedUntil("anne")).isNull();
	}

}
