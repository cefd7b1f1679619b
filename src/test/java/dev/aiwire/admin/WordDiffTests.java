package dev.aiwire.admin;

import java.util.List;

import dev.aiwire.admin.WordDiff.Change;
import dev.aiwire.admin.WordDiff.Paragraph;
import dev.aiwire.admin.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differences an editor reads between two revisions: the changed words, not whole
 * paragraphs.
 */
class WordDiffTests {

	private static final String LONG = "Le groupe a présenté jeudi à Pékin son nouveau modèle de langage, entraîné sur "
			+ "des puces produites en Chine, et promet de le rendre disponible aux développeurs avant la fin de "
			+ "l'année, à un prix qu'il dit dix fois inférieur à celui de ses concurrents américains, selon son "
			+ "directeur technique, qui s'exprimait devant la presse à l'issue de la conférence annuelle.";

	@Test
	void marksTheOneWordChangedInALongParagraph() {
		List<Paragraph> diff = WordDiff.between("# Titre\n\n" + LONG + "\n",
				"# Titre\n\n" + LONG.replace("dix", "vingt") + "\n");

		assertThat(diff).hasSize(1);
		Paragraph changed = diff.get(0);
		assertThat(changed.change()).isEqualTo(Change.CHANGED);
		assertThat(changed.line()).isEqualTo(3);
		assertThat(changed.segments()).contains(new Segment("dix", Change.REMOVED), new Segment("vingt", Change.ADDED));
	}

	@Test
	void shortensTheUnchangedWordsFarFromTheChange() {
		Paragraph changed = WordDiff.between(LONG, LONG.replace("jeudi", "mercredi")).get(0);

		String shown = changed.segments().stream().map(Segment::text).reduce("", String::concat);
		assertThat(shown).contains("présenté jeudimercredi à Pékin")
			.contains(" …")
			.doesNotContain("conférence annuelle");
	}

	@Test
	void showsAddedAndRemovedParagraphsWhole() {
		List<Paragraph> diff = WordDiff.between("Un.\n\nDeux.\n", "Un.\n\nDeux.\n\nTrois paragraphes.\n");

		assertThat(diff).extracting(Paragraph::change).containsExactly(Change.ADDED);
		assertThat(diff.get(0).line()).isEqualTo(5);
		assertThat(diff.get(0).segments()).containsExactly(new Segment("Trois paragraphes.", Change.ADDED));
	}

	@Test
	void findsNothingBetweenTwoEqualTexts() {
		assertThat(WordDiff.between(LONG, LONG)).isEmpty();
	}

}
