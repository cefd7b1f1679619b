package dev.aiwire.timeline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Storing dated events by article id, on the real Flyway migrations. */
@DataJpaTest
@Import({ TimelineService.class, TemporalTagger.class })
class TimelineServiceTests {

	private static final DatedEvent FOUNDED = new DatedEvent("2015", null, "En 2015", 3, "s-3",
			"En 2015, il fonde High-Flyer.", "d-un-fonds-quantitatif");

	private static final DatedEvent LATE_2023 = new DatedEvent("2023", "END", "fin 2023", 7, "s-7",
			"Fin 2023, le laboratoire compte 150 personnes.", null);

	private static final DatedEvent OCTOBER_2023 = new DatedEvent("2023-10", null, "en octobre 2023", 5, "s-5",
			"Le modèle sort en octobre 2023.", null);

	private static final DatedEvent LAUNCH = new DatedEvent("2025-01-20", null, "le 20 janvier", 1, "s-1",
			"R1 est publié le 20 janvier.", null);

	@Autowired
	private TimelineService service;

	private static TimelineArticle article(long id) {
		return new TimelineArticle(id, "article-" + id, "Article " + id, "fr", LocalDate.of(2025, 1, 28),
				LocalDate.of(2025, 1, 28), null, List.of(new TimelineArticle.Tag("llm", "LLM")));
	}

	@Test
	void givesEventsBackInChronologicalOrder() {
		this.service.replaceEvents(article(1), List.of(LAUNCH, LATE_2023, FOUNDED, OCTOBER_2023));

		assertThat(this.service.eventsOf(1L)).containsExactly(FOUNDED, OCTOBER_2023, LATE_2023, LAUNCH);
	}

	@Test
	void replacingForgetsTheEventsOfThePreviousVersion() {
		this.service.replaceEvents(article(1), List.of(FOUNDED, LAUNCH));

		this.service.replaceEvents(article(1), List.of(OCTOBER_2023));

		assertThat(this.service.eventsOf(1L)).containsExactly(OCTOBER_2023);
	}

	@Test
	void anArticleJustCreatedGetsItsEventsInChronologicalOrderAndLaterVersionsReplaceThem() {
		this.service.addEvents(article(3), List.of(LAUNCH, FOUNDED));

		assertThat(this.service.eventsOf(3L)).containsExactly(FOUNDED, LAUNCH);

		this.service.replaceEvents(article(3), List.of(OCTOBER_2023));

		assertThat(this.service.eventsOf(3L)).containsExactly(OCTOBER_2023);
	}

	@Test
	void keepsEachArticleEventsApart() {
		this.service.replaceEvents(article(1), List.of(FOUNDED));
		this.service.replaceEvents(article(2), List.of(LAUNCH));

		this.service.deleteEvents(1L);

		assertThat(this.service.eventsOf(1L)).isEmpty();
		assertThat(this.service.eventsOf(2L)).containsExactly(LAUNCH);
	}

	@Test
	void givesNothingForAnArticleWithoutEvents() {
		assertThat(this.service.eventsOf(42L)).isEmpty();
	}

}
