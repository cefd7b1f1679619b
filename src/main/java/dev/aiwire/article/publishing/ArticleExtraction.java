package dev.aiwire.article.publishing;

import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.quote.QuoteExtractor;
import dev.aiwire.timeline.TemporalTagger;
import dev.aiwire.timeline.VagueDates;

import org.springframework.stereotype.Component;

/**
 * What publishing extracts from an article's text: its dated events and its quotations.
 */
@Component
public class ArticleExtraction {

	private final TemporalTagger tagger;

	private final QuoteExtractor quoteExtractor = new QuoteExtractor();

	public ArticleExtraction(TemporalTagger tagger) {
		this.tagger = tagger;
	}

	Extracted extract(ParsedDocument document) {
		return new Extracted(this.tagger.tag(document), this.quoteExtractor.extract(document),
				VagueDates.find(document));
	}

}
