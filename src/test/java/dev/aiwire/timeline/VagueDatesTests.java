package dev.aiwire.timeline;

import dev.aiwire.markdown.MarkdownParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VagueDatesTests {

	private final MarkdownParser parser = new MarkdownParser();

	@Test
	void findsFrenchTimeReferencesThatSayNoDate() {
		var document = this.parser.parse("---\ntitle: T\ndate: 2024-05-20\n---\n"
				+ "Il y a quelque temps, Baidu avait promis un modèle. Tout récemment, Moonshot a répondu. "
				+ "Le 14 mars, Kimi est sorti.");
		assertThat(VagueDates.find(document)).extracting(VagueDates.VagueDate::expression)
			.containsExactly("Il y a quelque temps", "Tout récemment");
	}

	@Test
	void findsEnglishOnesInEnglishArticles() {
		var document = this.parser.parse("---\ntitle: T\nlang: en\ndate: 2024-05-20\n---\n"
				+ "Some time ago, the firm raised money. It was recently valued at 2 billion dollars. "
				+ "On March 14 it shipped Kimi.");
		assertThat(VagueDates.find(document)).extracting(VagueDates.VagueDate::expression)
			.containsExactly("Some time ago", "recently");
	}

}
