package dev.aiwire.timeline;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aiwire.markdown.MarkdownParser;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a sentence a timeline shows around each date it names. */
class ExcerptTests {

	private static final String LONG = "Après une première annonce le 3 février, le groupe a repoussé la sortie au "
			+ "17 mars, puis l'a confirmée pour le 2 avril lors d'une conférence réunissant des centaines de "
			+ "développeurs venus de tout le pays.";

	@Test
	void givesEachDateOfOneSentenceItsOwnWordsWithTheDateMarked() {
		List<DatedEvent> events = new TemporalTagger()
			.tag(new MarkdownParser().parse("---\ntitle: Sortie\nlang: fr\ndate: 2024-05-20\n---\n\n" + LONG + "\n"));

		assertThat(events).hasSize(3);
		List<Excerpt> excerpts = events.stream().map((event) -> event.excerpt(90)).toList();
		assertThat(excerpts).extracting(Excerpt::date).containsExactly("3 février", "17 mars", "2 avril");
		assertThat(excerpts).extracting(Excerpt::text).doesNotHaveDuplicates();
		assertThat(excerpts).allSatisfy((excerpt) -> assertThat(excerpt.text().length()).isLessThanOrEqualTo(92));
	}

	@Test
	void cutsAtWordsOnBothSidesOfTheDate() {
		Excerpt excerpt = Excerpt.of(LONG, "2 avril", 60);

		assertThat(excerpt.date()).isEqualTo("2 avril");
		assertThat(excerpt.before()).startsWith("…").endsWith("pour le ");
		assertThat(excerpt.after()).startsWith(" lors").endsWith("…");
		assertThat(excerpt.before().substring(1)).doesNotStartWith(" ");
		assertThat(LONG).contains(excerpt.before().substring(1) + "2 avril" + excerpt.after().replace("…", ""));
	}

	@Test
	void showsAShortSentenceWhole() {
		Excerpt excerpt = Excerpt.of("Le modèle sort\n le 14 mars.", "14 mars", 110);

		assertThat(excerpt.before()).isEqualTo("Le modèle sort le ");
		assertThat(excerpt.date()).isEqualTo("14 mars");
		assertThat(excerpt.after()).isEqualTo(".");
	}

	@Test
	void showsTheStartOfTheSentenceWhenTheDateIsNotFoundInIt() {
		Excerpt excerpt = Excerpt.of("Le modèle sort bientôt, selon ses auteurs, dans une version ouverte à tous.",
				"14 mars", 40);

		assertThat(excerpt.date()).isEmpty();
		assertThat(excerpt.before()).startsWith("Le modèle sort").endsWith("…");
	}

}
