package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.List;

import dev.aiwire.markdown.ParsedDocument;
import org.junit.jupiter.api.Test;

import static dev.aiwire.quote.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

class PullQuoteChooserTests {

	private static final String FILLER = "Le marché chinois des grands modèles a beaucoup changé cette année et les prix ont baissé. ";

	private final PullQuoteChooser chooser = new PullQuoteChooser();

	private static ExtractedQuote quote(String text, String speaker, int block, String section) {
		return new ExtractedQuote(text, speaker, QuoteKind.INLINE, false, block, 0, section);
	}

	private static List<String> pulled(List<ExtractedQuote> quotes) {
		return quotes.stream().filter(ExtractedQuote::pull).map(ExtractedQuote::text).toList();
	}

	private static ParsedDocument documentOfWords(int words) {
		TestDocuments document = document();
		StringBuilder paragraph = new StringBuilder();
		int count = 0;
		while (count < words) {
			paragraph.append(FILLER);
			count += FILLER.split(" ").length;
		}
		for (int i = 0; i < 4; i++) {
			document.quote("Citation " + i);
		}
		return document.paragraph(paragraph.toString()).build();
	}

	@Test
	void pullsAnAttributedFirstPersonStatementRatherThanAnUnattributedOne() {
		List<ExtractedQuote> quotes = List.of(
				quote("Les modèles chinois vont rattraper leur retard plus vite que prévu.", null, 0, null),
				quote("Nous voulons contribuer à l'innovation fondamentale, même si personne ne le demande.",
						"Liang Wenfeng", 1, null));

		List<ExtractedQuote> chosen = this.chooser.choose(documentOfWords(200), quotes);

		assertThat(pulled(chosen)).containsExactly(quotes.get(1).text());
	}

	@Test
	void skipsQuotationsThatDoNotMakeSenseAlone() {
		List<ExtractedQuote> quotes = List.of(
				quote("Mais cela ne suffira pas à rattraper les meilleurs modèles américains.", "Robin Li", 0, null),
				quote("Il faut encore beaucoup de temps pour que nous y arrivions vraiment.", "Robin Li", 1, null),
				quote("trop cher pour les petites entreprises qui veulent essayer", "Robin Li", 2, null),
				quote("Oui.", "Robin Li", 3, null));

		assertThat(pulled(this.chooser.choose(documentOfWords(600), quotes))).isEmpty();
	}

	@Test
	void pullsAboutOneQuotationPerSixHundredWordsAndThreeAtMost() {
		List<ExtractedQuote> quotes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			quotes.add(quote("Nous avons fixé le prix numéro " + i + " en fonction de nos coûts réels.", "Speaker " + i,
					i, "section-" + i));
		}

		assertThat(pulled(this.chooser.choose(documentOfWords(1200), quotes))).hasSize(2);
		assertThat(pulled(this.chooser.choose(documentOfWords(5000), quotes))).hasSize(3);
		assertThat(pulled(this.chooser.choose(documentOfWords(100), quotes))).hasSize(1);
	}

	@Test
	void prefersDifferentSpeakers() {
		List<ExtractedQuote> quotes = List.of(
				quote("Nous ne voulons pas copier les autres, nous voulons innover nous-mêmes.", "Liang Wenfeng", 0,
						"a"),
				quote("Notre problème n'a jamais été l'argent, ce sont les puces qui nous manquent.", "Liang Wenfeng",
						1, "b"),
				quote("Je pense que ce modèle est impressionnant pour ce qu'il coûte vraiment.", "Sam Altman", 2, "c"));

		assertThat(pulled(this.chooser.choose(documentOfWords(1200), quotes))).containsExactly(quotes.get(0).text(),
				quotes.get(2).text());
	}

	@Test
	void neverRepeatsABlockQuotationTheReaderHasJustReadInFull() {
		List<ExtractedQuote> quotes = List.of(new ExtractedQuote(
				"Nous voulons contribuer à l'innovation fondamentale, même si personne ne le demande.", "Liang Wenfeng",
				QuoteKind.BLOCK, false, 0, -1, null));

		assertThat(pulled(this.chooser.choose(documentOfWords(600), quotes))).isEmpty();
	}

	@Test
	void neverPullsASpeakerThatIsOnlyAGuess() {
		List<ExtractedQuote> quotes = List.of(new ExtractedQuote(
				"Nous voulons contribuer à l'innovation fondamentale, même si personne ne le demande.", "Liang Wenfeng",
				QuoteKind.INLINE, false, 0, 0, null, Confidence.LOW, "topic of the paragraph"));

		assertThat(pulled(this.chooser.choose(documentOfWords(600), quotes))).isEmpty();
	}

	@Test
	void letsTheEditorForceABlockMarkedPull() {
		ParsedDocument doc = document().quote("Une citation ordinaire de l'article.")
			.pullQuote("Le modèle fermé n'est pas un fossé.")
			.build();
		List<ExtractedQuote> quotes = List.of(
				quote("Nous voulons contribuer à l'innovation fondamentale, même si personne ne le demande.",
						"Liang Wenfeng", 0, null),
				new ExtractedQuote("Le modèle fermé n'est pas un fossé.", null, QuoteKind.BLOCK, false, 1, -1, null));

		assertThat(pulled(this.chooser.choose(doc, quotes))).containsExactly("Le modèle fermé n'est pas un fossé.");
	}

	@Test
	void letsTheFrontMatterChooseByFirstWords() {
		ParsedDocument doc = document().paragraph(FILLER).pullQuotes("notre probleme n'a jamais").build();
		List<ExtractedQuote> quotes = List.of(
				quote("Nous voulons contribuer à l'innovation fondamentale, même si personne ne le demande.",
						"Liang Wenfeng", 0, null),
				quote("Notre problème n'a jamais été l'argent.", "Liang Wenfeng", 0, null));

		assertThat(pulled(this.chooser.choose(doc, quotes))).containsExactly("Notre problème n'a jamais été l'argent.");
	}

	@Test
	void pullsNothingWhenTheFrontMatterListIsEmpty() {
		ParsedDocument doc = document().paragraph(FILLER).pullQuotes().build();
		List<ExtractedQuote> quotes = List
			.of(quote("Nous voulons contribuer à l'innovation fondamentale, même si personne ne le demande.",
					"Liang Wenfeng", 0, null));

		assertThat(pulled(this.chooser.choose(doc, quotes))).isEmpty();
	}

}
