package dev.aiwire.markdown;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a translation is published, as its front matter says it: a day, or a day and a
 * time, with or without an offset. Without one, the time is read in the site's time zone.
 *
 * @param local the day and time as written (midnight for a day alone)
 * @param offset the offset written after the time, or null
 */
public record PublicationTime(LocalDateTime local, ZoneOffset offset) {

	/** The instant it names, a time without offset being read in the given zone. */
	public Instant in(ZoneId zone) {
		return (this.offset != null) ? this.local.toInstant(this.offset) : this.local.atZone(zone).toInstant();
	}

	/**
	 * Reads {@code 2025-03-16}, {@code 2025-03-16T09:30}, {@code 2025-03-16 09:30:00} or
	 * either with an offset ({@code +01:00}, {@code Z}); empty when the text is none of
	 * them.
	 */
	public static Optional<PublicationTime> parse(String text) {
		String value = text.strip().replace(' ', 'T');
		try {
			if (value.length() == 10) {
				return Optional.of(new PublicationTime(java.time.LocalDate.parse(value).atStartOfDay(), null));
			}
			if (value.endsWith("Z") || value.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
				OffsetDateTime withOffset = OffsetDateTime.parse(value);
				return Optional.of(new PublicationTime(withOffset.toLocalDateTime(), withOffset.getOffset()));
			}
			return Optional.of(new PublicationTime(LocalDateTime.parse(value), null));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
