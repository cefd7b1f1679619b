package dev.aiwire.article.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.timeline.DatedEvent;

/**
 * What an edit changes in the quotations and the timeline the portal found, the live
 * article's against the edited one's. A quotation is the same when its words are (spacing
 * aside); a dated event is the same when its date and its words are, even in a reworded
 * sentence, and it has moved to another date when its sentence reads the same around the
 * words of the date.
 */
final class ExtractionChanges {

	private ExtractionChanges() {
	}

	/**
	 * Quotations added, given another speaker (both in the edited text's order), then
	 * removed.
	 */
	static List<QuoteChange> ofQuotes(List<ExtractedQuote> live, List<ExtractedQuote> edited) {
		List<ExtractedQuote> before = new ArrayList<>(live);
		List<QuoteChange> changes = new ArrayList<>();
		for (ExtractedQuote quote : edited) {
			ExtractedQuote same = take(before, quote, (a, b) -> plain(a.text()).equals(plain(b.text())));
			if (same == null) {
				changes.add(new QuoteChange(QuoteChange.Kind.ADDED, quote.text(), null, quote.speaker()));
			}
			else if (!Objects.equals(same.speaker(), quote.speaker())) {
				changes.add(new QuoteChange(QuoteChange.Kind.SPEAKER_CHANGED, quote.text(), same.speaker(),
						quote.speaker()));
			}
		}
		for (ExtractedQuote quote : before) {
			changes.add(new QuoteChange(QuoteChange.Kind.REMOVED, quote.text(), quote.speaker(), null));
		}
		return changes;
	}

	/**
	 * Dated events added or moved to another date (in the edited text's reading order),
	 * then removed.
	 */
	static List<EventChange> ofEvents(List<DatedEvent> live, List<DatedEvent> edited) {
		List<DatedEvent> before = inReadingOrder(live);
		List<DatedEvent> after = inReadingOrder(edited);
		// the same event, word for word, then the same date in the same words in a
		// reworded sentence
		matchAway(before, after, (a, b) -> sameDate(a, b) && plain(a.sentence()).equals(plain(b.sentence()))
				&& plain(a.expression()).equals(plain(b.expression())));
		matchAway(before, after, (a, b) -> sameDate(a, b) && plain(a.expression()).equals(plain(b.expression())));
		List<EventChange> changes = new ArrayList<>();
		for (DatedEvent event : after) {
			DatedEvent moved = take(before, event, (a, b) -> around(a).equals(around(b)));
			if (moved == null) {
				changes.add(new EventChange(EventChange.Kind.ADDED, event.expression(), event.sentence(), null, null,
						event.value(), event.mod()));
			}
			else if (!sameDate(moved, event)) {
				changes.add(new EventChange(EventChange.Kind.DATE_CHANGED, event.expression(), event.sentence(),
						moved.value(), moved.mod(), event.value(), event.mod()));
			}
		}
		for (DatedEvent event : before) {
			changes.add(new EventChange(EventChange.Kind.REMOVED, event.expression(), event.sentence(), event.value(),
					event.mod(), null, null));
		}
		return changes;
	}

	private static List<DatedEvent> inReadingOrder(List<DatedEvent> events) {
		List<DatedEvent> ordered = new ArrayList<>(events);
		ordered.sort(Comparator.comparingInt(DatedEvent::sentenceIndex));
		return ordered;
	}

	/** Removes from both lists the pairs the test finds alike, each item paired once. */
	private static void matchAway(List<DatedEvent> before, List<DatedEvent> after,
			BiPredicate<DatedEvent, DatedEvent> alike) {
		after.removeIf(event -> take(before, event, alike) != null);
	}

	/** Removes and returns the first item of the list alike to the one given, or null. */
	private static <T> T take(List<T> items, T item, BiPredicate<T, T> alike) {
		for (int i = 0; i < items.size(); i++) {
			if (alike.test(items.get(i), item)) {
				return items.remove(i);
			}
		}
		return null;
	}

	private static boolean sameDate(DatedEvent a, DatedEvent b) {
		return Objects.equals(a.value(), b.value()) && Objects.equals(a.mod(), b.mod());
	}

	/**
	 * The sentence with the words of its date left out: what stays when only the date is
	 * changed.
	 */
	private static String around(DatedEvent event) {
		String sentence = plain(event.sentence());
		String expression = plain(event.expression());
		int at = expression.isEmpty() ? -1 : sentence.indexOf(expression);
		return (at < 0) ? sentence
				: sentence.substring(0, at) + "\u0000" + sentence.substring(at + expression.length());
	}

	/** Text with its spacing made single and its case set aside. */
	private static String plain(String text) {
		return (text == null) ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
