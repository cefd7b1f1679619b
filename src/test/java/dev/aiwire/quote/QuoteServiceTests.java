package dev.aiwire.quote;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Storing quotations by article id, on the real Flyway migrations. */
@DataJpaTest
@Import(QuoteService.class)
class QuoteServiceTests {

	private static final ExtractedQuote BLOCK = new ExtractedQuote("Nous voulons contribuer à l'innovation.",
			"Liang Wenfeng", QuoteKind.BLOCK, true, 4, -1, "d-un-fonds-quantitatif");

	private static final ExtractedQuote INLINE = new ExtractedQuote("R1 est le moment Spoutnik de l'IA",
			"Marc Andreessen", QuoteKind.INLINE, false, 9, 21, null);

	private static final ExtractedQuote UNNAMED = new ExtractedQuote("cette fois, c'est nous qui avons fait peur", null,
			QuoteKind.INLINE, false, 2, 5, null);

	@Autowired
	private QuoteService service;

	private static QuotedArticle article(long id) {
		return new QuotedArticle(id, "article-" + id, "Article " + id, "fr", LocalDate.of(2025, 1, 28),
				LocalDate.of(2025, 1, 28), null);
	}

	@Autowired
	private QuoteRepository repository;

	@Test
	void givesQuotesBackInReadingOrderAsStored() {
		this.service.replaceQuotes(article(1), List.of(BLOCK, INLINE, UNNAMED));

		assertThat(this.service.quotesOf(1L)).containsExactly(BLOCK, INLINE, UNNAMED);
	}

	@Test
	void givesTheQuotesOfSeveralArticlesAtOnceEachInReadingOrder() {
		this.service.replaceQuotes(article(1), List.of(BLOCK, UNNAMED));
		this.service.replaceQuotes(article(2), List.of(INLINE));

		assertThat(this.service.quotesOf(List.of(1L, 2L, 3L))).containsOnlyKeys(1L, 2L)
			.containsEntry(1L, List.of(BLOCK, UNNAMED))
			.containsEntry(2L, List.of(INLINE));
	}

	@Test
	void replacingForgetsTheQuotesOfThePreviousVersion() {
		this.service.replaceQuotes(article(1), List.of(BLOCK, INLINE));

		this.service.replaceQuotes(article(1), List.of(UNNAMED));

		assertThat(this.service.quotesOf(1L)).containsExactly(UNNAMED);
	}

	@Test
	void anArticleJustCreatedGetsItsQuotesInReadingOrderAndLaterVersionsReplaceThem() {
		assertThat(this.service.addQuotes(article(3), List.of(BLOCK, UNNAMED))).containsExactly(BLOCK, UNNAMED);

		assertThat(this.service.quotesOf(3L)).containsExactly(BLOCK, UNNAMED);

		this.service.replaceQuotes(article(3), List.of(INLINE));

		assertThat(this.service.quotesOf(3L)).containsExactly(INLINE);
	}

	@Test
	void keepsEachArticleQuotesApart() {
		this.service.replaceQuotes(article(1), List.of(BLOCK));
		this.service.replaceQuotes(article(2), List.of(INLINE));

		this.service.deleteQuotes(1L);

		assertThat(this.service.quotesOf(1L)).isEmpty();
		assertThat(this.service.quotesOf(2L)).containsExactly(INLINE);
	}

	@Nested
	class EditorsCorrections {

		@Test
		void givesAQuotationTheSpeakerAnEditorSetEvenAfterTheNextExtraction() {
			QuoteServiceTests.this.service.replaceQuotes(article(1), List.of(BLOCK, UNNAMED));

			QuoteServiceTests.this.service.correctSpeaker(1L, UNNAMED.text(), "Luo Fuli", "claire");
			List<ExtractedQuote> now = QuoteServiceTests.this.service.quotesOf(1L);
			QuoteServiceTests.this.service.replaceQuotes(article(1), List.of(BLOCK, UNNAMED));
			List<ExtractedQuote> after = QuoteServiceTests.this.service.quotesOf(1L);

			assertThat(now.get(1).speaker()).isEqualTo("Luo Fuli");
			assertThat(after.get(1).speaker()).isEqualTo("Luo Fuli");
			assertThat(after.get(1).confidence()).isEqualTo(Confidence.CERTAIN);
			assertThat(after.get(1).reason()).isEqualTo("corrected by claire");
			assertThat(after.get(0)).isEqualTo(BLOCK);
		}

		@Test
		void leavesOutAPassageAnEditorSaidIsNoQuotation() {
			QuoteServiceTests.this.service.replaceQuotes(article(1), List.of(BLOCK, INLINE));

			QuoteServiceTests.this.service.removeQuotation(1L, INLINE.text(), "claire");
			QuoteServiceTests.this.service.replaceQuotes(article(1), List.of(BLOCK, INLINE));

			assertThat(QuoteServiceTests.this.service.quotesOf(1L)).containsExactly(BLOCK);
		}

		@Test
		void findsTheQuotationAgainWhateverItsMarksAndCase() {
			QuoteServiceTests.this.service.correctSpeaker(1L, "« R1 est le moment Spoutnik de l'IA »",
					"Marc Andreessen", "claire");
			ExtractedQuote unattributed = new ExtractedQuote("r1 est le moment spoutnik de l’IA", null,
					QuoteKind.INLINE, false, 9, 21, null);

			assertThat(QuoteServiceTests.this.service.replaceQuotes(article(1), List.of(unattributed)))
				.extracting(ExtractedQuote::speaker)
				.containsExactly("Marc Andreessen");
		}

		@Test
		void letsTheExtractionSpeakAgainOnceACorrectionIsForgotten() {
			QuoteServiceTests.this.service.correctSpeaker(1L, UNNAMED.text(), "Luo Fuli", "claire");
			QuoteServiceTests.this.service.forgetCorrection(1L, UNNAMED.text());

			QuoteServiceTests.this.service.replaceQuotes(article(1), List.of(UNNAMED));

			assertThat(QuoteServiceTests.this.service.quotesOf(1L)).containsExactly(UNNAMED);
			assertThat(QuoteServiceTests.this.service.correctionsOf(1L)).isEmpty();
		}

		@Test
		void keepsEachArticlesCorrectionsApartAndForgetsThemWithTheArticle() {
			QuoteServiceTests.this.service.correctSpeaker(1L, UNNAMED.text(), "Luo Fuli", "claire");
			QuoteServiceTests.this.service.replaceQuotes(article(2), List.of(UNNAMED));

			assertThat(QuoteServiceTests.this.service.quotesOf(2L)).containsExactly(UNNAMED);
			QuoteServiceTests.this.service.deleteQuotes(1L);
			assertThat(QuoteServiceTests.this.service.correctionsOf(1L)).isEmpty();
		}

	}

	@Test
	void storesTheSpeakerKeyForGroupingAcrossArticles() {
		this.service.replaceQuotes(article(7), List.of(BLOCK.withPull(false), UNNAMED));

		assertThat(this.repository.findByArticleIdOrderByPosition(7L)).extracting(Quote::getSpeakerKey)
			.containsExactly("liang wenfeng", null);
	}

}
