package dev.aiwire.article.publishing;

import dev.aiwire.article.store.RevisionRepository;
import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.TimelineService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static dev.aiwire.article.ArticleFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ReextractionTests {

	private final PublishingService publishing;

	private final Reextraction reextraction;

	private final TimelineService timeline;

	private final QuoteService quotes;

	private final RevisionRepository revisions;

	ReextractionTests(@Autowired PublishingService publishing, @Autowired Reextraction reextraction,
			@Autowired TimelineService timeline, @Autowired QuoteService quotes,
			@Autowired RevisionRepository revisions) {
		this.publishing = publishing;
		this.reextraction = reextraction;
		this.timeline = timeline;
		this.quotes = quotes;
		this.revisions = revisions;
	}

	@Test
	void rebuildsTimelineAndQuotationsOfEveryArticleWithoutANewRevision() {
		long id = this.publishing
			.importFile("test/reextract.md", article().slug("reextract")
				.date(java.time.LocalDate.of(2024, 5, 20))
				.body("Le 14 mars, Robin Li a déclaré :\n\n> Nous devons publier plus vite que nos concurrents.\n")
				.bytes(), "tester")
			.articleId();
		this.timeline.deleteEvents(id);
		this.quotes.deleteQuotes(id);

		assertThat(this.reextraction.reextractAll()).isGreaterThanOrEqualTo(1);

		assertThat(this.timeline.eventsOf(id)).extracting(event -> event.value()).containsExactly("2024-03-14");
		assertThat(this.quotes.quotesOf(id)).extracting(quote -> quote.speaker()).containsExactly("Robin Li");
		assertThat(this.revisions.findByArticle(id)).hasSize(1);
	}

}
