package dev.aiwire.article.desk;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.publishing.Extracted;
import dev.aiwire.article.publishing.PublishingService;
import dev.aiwire.article.publishing.RenditionFactory;
import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.DatedEvent;
import dev.aiwire.timeline.TimelineService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal understood of a stored article, for an editor to check: every quotation
 * with its speaker and every dated event, as extracted and as corrected. An editor
 * accepts, corrects or removes each; the decision is kept with the article and the
 * article is extracted again at once, so that its page, pull-quotes, quotation pages,
 * timeline and search all follow.
 */
@Service
@Transactional(readOnly = true)
public class ExtractionReview {

	private final ArticleRepository articles;

	private final RenditionFactory renditions;

	private final QuoteService quotes;

	private final TimelineService timeline;

	private final PublishingService publishing;

	ExtractionReview(ArticleRepository articles, RenditionFactory renditions, QuoteService quotes,
			TimelineService timeline, PublishingService publishing) {
		this.articles = articles;
		this.renditions = renditions;
		this.quotes = quotes;
		this.timeline = timeline;
		this.publishing = publishing;
	}

	/**
	 * The quotations and dates of an article, each with what the editors decided about
	 * it.
	 */
	public Review review(long articleId) {
		Article article = find(articleId);
		Extracted extracted = this.renditions.render(article.getMarkdown()).extracted();
		Map<String, QuoteService.Correction> quoteDecisions = new HashMap<>();
		this.quotes.correctionsOf(articleId).forEach((c) -> quoteDecisions.put(c.quoteKey(), c));
		List<ReviewedQuotation> quotations = new ArrayList<>();
		for (ExtractedQuote quote : extracted.quotes()) {
			QuoteService.Correction decision = quoteDecisions.get(QuoteService.keyOf(quote.text()));
			quotations.add(new ReviewedQuotation(quote.text(), quote.kind().name(), quote.speaker(),
					quote.confidence().isConfident(), quote.reason(),
					decisionOf(decision != null, decision != null && decision.removed()),
					(decision != null) ? decision.speaker() : quote.speaker(),
					(decision != null) ? decision.editor() : null));
		}
		Map<String, TimelineService.Correction> dateDecisions = new HashMap<>();
		this.timeline.correctionsOf(articleId).forEach((c) -> dateDecisions.put(c.eventKey(), c));
		List<ReviewedDate> dates = new ArrayList<>();
		List<DatedEvent> events = new ArrayList<>(extracted.events());
		events.sort(DatedEvent.CHRONOLOGICAL);
		for (DatedEvent event : events) {
			String key = TimelineService.keyOf(event);
			TimelineService.Correction decision = dateDecisions.get(key);
			dates.add(new ReviewedDate(key, event.expression(), event.sentence(), event.value(),
					decisionOf(decision != null, decision != null && decision.removed()),
					(decision != null && !decision.removed()) ? decision.value() : event.value(),
					(decision != null) ? decision.editor() : null));
		}
		return new Review(articleId, quotations, dates);
	}

	/**
	 * The speaker found is right: kept from now on, whatever later extractions find. Read
	 * from the stored quotations, which hold what was found while no editor decided.
	 */
	@Transactional
	public void acceptSpeaker(long articleId, String quotation, Principal editor) {
		String key = QuoteService.keyOf(quotation);
		String found = this.quotes.quotesOf(articleId)
			.stream()
			.filter((q) -> QuoteService.keyOf(q.text()).equals(key))
			.map(ExtractedQuote::speaker)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no such quotation in the article"));
		this.quotes.correctSpeaker(articleId, quotation, found, editor.getName());
		this.publishing.reextract(articleId);
	}

	/** The quotation was said by someone else (blank: by nobody the text names). */
	@Transactional
	public void correctSpeaker(long articleId, String quotation, String speaker, Principal editor) {
		this.quotes.correctSpeaker(articleId, quotation, speaker, editor.getName());
		this.publishing.reextract(articleId);
	}

	/** The passage is no quotation. */
	@Transactional
	public void removeQuotation(long articleId, String quotation, Principal editor) {
		this.quotes.removeQuotation(articleId, quotation, editor.getName());
		this.publishing.reextract(articleId);
	}

	/**
	 * The editors' decision about a quotation is forgotten: the extraction speaks again.
	 */
	@Transactional
	public void forgetQuotation(long articleId, String quotation) {
		find(articleId);
		this.quotes.forgetCorrection(articleId, quotation);
		this.publishing.reextract(articleId);
	}

	/** The date found is right; read from the stored events, as for a speaker. */
	@Transactional
	public void acceptDate(long articleId, String eventKey, Principal editor) {
		String found = this.timeline.eventsOf(articleId)
			.stream()
			.filter((e) -> TimelineService.keyOf(e).equals(eventKey))
			.map(DatedEvent::value)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no such date in the article"));
		this.timeline.correctDate(articleId, eventKey, found, editor.getName());
		this.publishing.reextract(articleId);
	}

	/**
	 * The event happened at another date.
	 * @throws IllegalArgumentException when the value is no date the timeline can place
	 */
	@Transactional
	public void correctDate(long articleId, String eventKey, String value, Principal editor) {
		find(articleId);
		this.timeline.correctDate(articleId, eventKey, value, editor.getName());
		this.publishing.reextract(articleId);
	}

	/** The date is no event of the timeline. */
	@Transactional
	public void removeDate(long articleId, String eventKey, Principal editor) {
		find(articleId);
		this.timeline.removeEvent(articleId, eventKey, editor.getName());
		this.publishing.reextract(articleId);
	}

	/** The editors' decision about a date is forgotten. */
	@Transactional
	public void forgetDate(long articleId, String eventKey) {
		find(articleId);
		this.timeline.forgetCorrection(articleId, eventKey);
		this.publishing.reextract(articleId);
	}

	private static Decision decisionOf(boolean decided, boolean removed) {
		if (!decided) {
			return Decision.FOUND;
		}
		return removed ? Decision.REMOVED : Decision.CORRECTED;
	}

	private Article find(long articleId) {
		return this.articles.findById(articleId)
			.orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
	}

	/** Whether an editor decided about an extracted item. */
	public enum Decision {

		/** As the portal found it. */
		FOUND,
		/** Accepted or corrected by an editor. */
		CORRECTED,
		/** Removed by an editor: not shown to readers. */
		REMOVED

	}

	/**
	 * What the portal understood of an article.
	 *
	 * @param articleId the article
	 * @param quotations its quotations in reading order
	 * @param dates its dated events, earliest first
	 */
	public record Review(long articleId, List<ReviewedQuotation> quotations, List<ReviewedDate> dates) {
	}

	/**
	 * A quotation as found and as decided.
	 *
	 * @param text its words
	 * @param kind {@code BLOCK} or {@code INLINE}
	 * @param foundSpeaker the speaker the portal found, or null
	 * @param confident whether it was read from a cue rather than guessed
	 * @param reason how the speaker was found
	 * @param decision what an editor decided
	 * @param speaker the speaker readers see (the editor's when corrected)
	 * @param editor who decided, or null
	 */
	public record ReviewedQuotation(String text, String kind, String foundSpeaker, boolean confident, String reason,
			Decision decision, String speaker, String editor) {
	}

	/**
	 * A dated event as found and as decided.
	 *
	 * @param key what finds the editor's decision again
	 * @param expression the words of the date
	 * @param sentence the sentence holding it
	 * @param foundValue the date the portal found (TIMEX3: 2024, 2024-05, 2024-05-14,
	 * 2024-Q2)
	 * @param decision what an editor decided
	 * @param value the date readers see
	 * @param editor who decided, or null
	 */
	public record ReviewedDate(String key, String expression, String sentence, String foundValue, Decision decision,
			String value, String editor) {
	}

}
