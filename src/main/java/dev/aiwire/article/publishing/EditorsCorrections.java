package dev.aiwire.article.publishing;

import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.TimelineService;

import org.springframework.stereotype.Component;

/**
 * What editors decided about an article's extracted quotations and dates, applied to a
 * new extraction before anything is rendered from it: a block quotation's caption, the
 * pull-quotes, the stored quotations and timeline all show the corrected speaker or date,
 * and nothing removed.
 */
@Component
class EditorsCorrections implements Corrections {

	private final QuoteService quotes;

	private final TimelineService timeline;

	EditorsCorrections(QuoteService quotes, TimelineService timeline) {
		this.quotes = quotes;
		this.timeline = timeline;
	}

	@Override
	public Extracted apply(Long articleId, Extracted extracted) {
		if (articleId == null) {
			return extracted;
		}
		return new Extracted(this.timeline.applyCorrections(articleId, extracted.events()),
				this.quotes.applyCorrections(articleId, extracted.quotes()), extracted.vagueDates());
	}

}
