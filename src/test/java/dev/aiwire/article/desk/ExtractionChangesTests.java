package dev.aiwire.article.desk;

import java.util.List;

import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.quote.QuoteKind;
import dev.aiwire.timeline.DatedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an edit changes in the quotations and the timeline, as the edit preview lists it.
 */
class ExtractionChangesTests {

	private static ExtractedQuote quote(String text, String speaker) {
		return new ExtractedQuote(text, speaker, QuoteKind.INLINE, false, 0, 0, null);
	}

	private static DatedEvent event(String value, String expression, int index, String sentence) {
		return new DatedEvent(value, null, expression, index, "s" + index, sentence, null);
	}

	@Test
	void aQuotationKeptWordForWordWithTheSameSpeakerIsNoChange() {
		assertThat(ExtractionChanges.ofQuotes(List.of(quote("Le prix baissera.", "Zhou Min")),
				List.of(quote("Le  prix baissera.", "Zhou Min"))))
			.isEmpty();
	}

	@Test
	void quotationsAreAddedRemovedOrGivenAnotherSpeaker() {
		List<QuoteChange> changes = ExtractionChanges.ofQuotes(
				List.of(quote("Le prix baissera.", "Zhou Min"), quote("Nous restons prudents.", "Gao Jun")),
				List.of(quote("Le prix baissera.", "Tang Yu"), quote("Les puces arriveront en mai.", null)));
		assertThat(changes).containsExactly(
				new QuoteChange(QuoteChange.Kind.SPEAKER_CHANGED, "Le prix baissera.", "Zhou Min", "Tang Yu"),
				new QuoteChange(QuoteChange.Kind.ADDED, "Les puces arriveront en mai.", null, null),
				new QuoteChange(QuoteChange.Kind.REMOVED, "Nous restons prudents.", "Gao Jun", null));
	}

	@Test
	void theSameDateInTheSameWordsOfARewordedSentenceIsNoChange() {
		assertThat(ExtractionChanges.ofEvents(
				List.of(event("2021-04-12", "le 12 avril 2021", 3, "Le centre a ouvert le 12 avril 2021.")),
				List.of(event("2021-04-12", "le 12 avril 2021", 4, "Le premier centre a ouvert le 12 avril 2021."))))
			.isEmpty();
	}

	@Test
	void aDateWhoseSentenceReadsTheSameAroundItHasMoved() {
		List<EventChange> changes = ExtractionChanges.ofEvents(
				List.of(event("2021-04-12", "le 12 avril 2021", 3, "Le centre a ouvert le 12 avril 2021.")),
				List.of(event("2021-05-12", "le 12 mai 2021", 3, "Le centre a ouvert le 12 mai 2021.")));
		assertThat(changes).containsExactly(new EventChange(EventChange.Kind.DATE_CHANGED, "le 12 mai 2021",
				"Le centre a ouvert le 12 mai 2021.", "2021-04-12", null, "2021-05-12", null));
	}

	@Test
	void otherDatesAreAddedOrRemoved() {
		List<EventChange> changes = ExtractionChanges.ofEvents(
				List.of(event("2019", "en 2019", 1, "La société est née en 2019.")),
				List.of(event("2023-06", "en juin 2023", 2, "Le modèle est sorti en juin 2023.")));
		assertThat(changes).extracting(EventChange::kind)
			.containsExactly(EventChange.Kind.ADDED, EventChange.Kind.REMOVED);
	}

	@Test
	void ofTwoDatesInOneSentenceOnlyTheOneChangedIsListed() {
		List<EventChange> changes = ExtractionChanges.ofEvents(
				List.of(event("2019", "2019", 1, "De 2019 à 2021, le laboratoire a grandi."),
						event("2021", "2021", 1, "De 2019 à 2021, le laboratoire a grandi.")),
				List.of(event("2019", "2019", 1, "De 2019 à 2022, le laboratoire a grandi."),
						event("2022", "2022", 1, "De 2019 à 2022, le laboratoire a grandi.")));
		assertThat(changes).containsExactly(new EventChange(EventChange.Kind.DATE_CHANGED, "2022",
				"De 2019 à 2022, le laboratoire a grandi.", "2021", null, "2022", null));
	}

}
