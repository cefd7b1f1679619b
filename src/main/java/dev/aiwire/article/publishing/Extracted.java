package dev.aiwire.article.publishing;

import java.util.List;

import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.timeline.DatedEvent;
import dev.aiwire.timeline.VagueDates;

/**
 * The dated events and the quotations of one version of an article, and the time
 * references the timeline could not place (shown to the editor, not stored).
 */
public record Extracted(List<DatedEvent> events, List<ExtractedQuote> quotes, List<VagueDates.VagueDate> vagueDates) {

	public Extracted {
		events = List.copyOf(events);
		quotes = List.copyOf(quotes);
		vagueDates = List.copyOf(vagueDates);
	}

	/** The speaker of the block quotation at a block index, or null. */
	String speakerOfBlock(int blockIndex) {
		return this.quotes.stream()
			.filter(quote -> quote.blockIndex() == blockIndex && quote.sentenceIndex() < 0)
			.map(ExtractedQuote::speaker)
			.filter(speaker -> speaker != null)
			.findFirst()
			.orElse(null);
	}

}
