package dev.aiwire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs like the system's from a point the test may move, for days that turn.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private final ZoneId zone;

	public MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Moves the time forward (or back) from now on. */
	public void advance(Duration by) {
		this.offset.updateAndGet((current) -> current.plus(by));
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock other = new MovableClock(zone);
		other.offset.set(this.offset.get());
		return other;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
