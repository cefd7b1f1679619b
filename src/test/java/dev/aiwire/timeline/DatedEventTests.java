package dev.aiwire.timeline;

import dev.aiwire.timeline.web.SiteTimeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an event sits in time, whatever the granularity of its value. */
class DatedEventTests {

	private static DatedEvent event(String value, String mod) {
		return new DatedEvent(value, mod, value, 0, "s-0", "", null);
	}

	@Test
	void startsAtTheFirstDayOfItsPeriod() {
		assertThat(event("2024", null).start()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(event("2024-Q2", null).start()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(event("2023-SU", null).start()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(event("2023-WI", null).start()).isEqualTo(LocalDate.of(2023, 12, 1));
		assertThat(event("2025-H2", null).start()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(event("2024-05", "END").start()).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(event("2024-05-14", null).start()).isEqualTo(LocalDate.of(2024, 5, 14));
	}

	@Test
	void ordersModifiersInsideAPeriod() {
		List<DatedEvent> events = new ArrayList<>(
				List.of(event("2023", "END"), event("2023-10", null), event("2023", "MID"), event("2023", null),
						event("2023", "START"), event("2023-01-05", null), event("2022-Q4", null)));

		events.sort(DatedEvent.CHRONOLOGICAL);

		assertThat(events).extracting((e) -> e.value() + " " + e.mod())
			.containsExactly("2022-Q4 null", "2023 START", "2023 null", "2023-01-05 null", "2023 MID", "2023-10 null",
					"2023 END");
	}

	@Test
	void everyEventStartingInAYearSortsInsideThatYearsRankRange() {
		List<String> values = new ArrayList<>(List.of("2024", "2024-Q1", "2024-Q4", "2024-SP", "2024-SU", "2024-FA",
				"2024-WI", "2024-H1", "2024-H2"));
		for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
			values.add(day.toString());
			values.add(day.toString().substring(0, 7));
		}
		SiteTimeline.RankRange of2024 = SiteTimeline.ranksOfYear(2024);
		for (String value : values) {
			for (String mod : java.util.Arrays.asList(null, "START", "MID", "END")) {
				assertThat(event(value, mod).sortRank()).as(value + " " + mod)
					.isGreaterThanOrEqualTo(of2024.from())
					.isLessThan(of2024.to());
			}
		}
		assertThat(event("2023-12-31", "END").sortRank()).isLessThan(of2024.from());
		assertThat(event("2025-03-01", null).sortRank()).isGreaterThanOrEqualTo(of2024.to());
	}

}
