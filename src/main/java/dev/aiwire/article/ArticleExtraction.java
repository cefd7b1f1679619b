package dev.aiwire.article;

import java.util.List;

import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.quote.QuoteExtractor;
import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.DatedEvent;
import dev.aiwire.timeline.TemporalTagger;
import dev.aiwire.timeline.TimelineService;
import dev.aiwire.timeline.VagueDates;

import org.springframework.stereotype.Component;

/** What publishing extracts from an article's text, and where it keeps it. */
@Component
class ArticleExtraction {

	private final TemporalTagger tagger;

	private final QuoteExtractor quoteExtractor = new QuoteExtractor();

	private final TimelineService timeline;

	private final QuoteService quotes;

	ArticleExtraction(TemporalTagger tagger, TimelineService timeline, QuoteService quotes) {
		this.tagger = tagger;
		this.timeline = timeline;
		this.quotes = quotes;
	}

	Extracted extract(ParsedDocument document) {
		return new Extracted(this.tagger.tag(document), this.quoteExtractor.extract(document),
				VagueDates.find(document));
	}

	/** Replaces what was stored for the article with what was extracted from its new version. */
	void store(Article article, Extracted extracted) {
		this.timeline.replaceEvents(article.getId(), extracted.events(), article.timelineVisibility());
		this.quotes.replaceQuotes(article.getId(), extracted.quotes());
	}

	/**
	 * The dated events and the quotations of one article, and the time references the timeline
	 * could not place (shown to the editor, not stored).
	 */
	record Extracted(List<DatedEvent> events, List<ExtractedQuote> quotes, List<VagueDates.VagueDate> vagueDates) {

		Extracted {
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

}
