package dev.aiwire.quote;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the quotations of each article, by article id, with what the quotation pages
 * need to know of the article (see {@link QuotedArticle}), and gives them back in reading
 * order. Publishing replaces them as a whole; the quotations of the whole site by speaker
 * are read by {@link SiteQuotes}. The editors' corrections (a speaker set right, a
 * passage that is no quotation) are kept apart, by the quotation's words, and applied
 * again to every extraction, so that they survive re-extraction and new revisions that
 * leave the words unchanged.
 */
@Service
@Transactional(readOnly = true)
public class QuoteService {

	/** The longest part of a quotation's words that finds its correction again. */
	private static final int KEY_LENGTH = 300;

	private final QuoteRepository quotes;

	private final QuoteSourceRepository articles;

	private final QuoteCorrectionRepository corrections;

	private final Clock clock;

	QuoteService(QuoteRepository quotes, QuoteSourceRepository articles, QuoteCorrectionRepository corrections,
			Clock clock) {
		this.quotes = quotes;
		this.articles = articles;
		this.corrections = corrections;
		this.clock = clock;
	}

	/**
	 * Replaces the stored quotations of an article with these, kept in the given order,
	 * the editors' corrections applied; returns what was stored.
	 */
	@Transactional
	public List<ExtractedQuote> replaceQuotes(QuotedArticle article, List<ExtractedQuote> quotes) {
		articleChanged(article);
		List<ExtractedQuote> corrected = applyCorrections(article.id(), quotes);
		this.quotes.deleteByArticleId(article.id());
		saveQuotes(article, corrected);
		return corrected;
	}

	/**
	 * Stores the quotations of an article just created, of which nothing is stored yet
	 * and which no editor has corrected: the same rows as {@link #replaceQuotes}, without
	 * looking for earlier ones or for corrections.
	 */
	@Transactional
	public List<ExtractedQuote> addQuotes(QuotedArticle article, List<ExtractedQuote> quotes) {
		QuoteSource source = new QuoteSource(article.id());
		source.describe(article);
		this.articles.save(source);
		saveQuotes(article, quotes);
		return quotes;
	}

	private void saveQuotes(QuotedArticle article, List<ExtractedQuote> quotes) {
		for (int i = 0; i < quotes.size(); i++) {
			this.quotes.save(new Quote(article.id(), i, quotes.get(i)));
		}
	}

	/**
	 * These quotations with an article's corrections applied: a removed one left out, a
	 * corrected one given its speaker, with the editor's certainty.
	 */
	public List<ExtractedQuote> applyCorrections(long articleId, List<ExtractedQuote> quotes) {
		Map<String, QuoteCorrection> byKey = new HashMap<>();
		for (QuoteCorrection correction : this.corrections.findByArticleId(articleId)) {
			byKey.put(correction.getQuoteKey(), correction);
		}
		if (byKey.isEmpty()) {
			return quotes;
		}
		List<ExtractedQuote> corrected = new ArrayList<>();
		for (ExtractedQuote quote : quotes) {
			QuoteCorrection correction = byKey.get(keyOf(quote.text()));
			if (correction == null) {
				corrected.add(quote);
			}
			else if (!correction.isRemoved()) {
				String reason = "corrected by "
						+ ((correction.getEditor() != null) ? correction.getEditor() : "an editor");
				corrected.add(new ExtractedQuote(quote.text(), correction.getSpeaker(), quote.kind(),
						quote.pull() && correction.getSpeaker() != null, quote.blockIndex(), quote.sentenceIndex(),
						quote.sectionAnchor(), (correction.getSpeaker() != null) ? Confidence.CERTAIN : Confidence.NONE,
						reason));
			}
		}
		return corrected;
	}

	/**
	 * Sets the speaker of a quotation of an article (null: nobody said it that the text
	 * names) for this and every later extraction, and applies it to what is stored now.
	 */
	@Transactional
	public void correctSpeaker(long articleId, String quoteText, String speaker, String editor) {
		String name = (speaker == null || speaker.isBlank()) ? null : speaker.strip();
		decide(articleId, quoteText, name, false, editor);
	}

	/**
	 * Says that a passage taken for a quotation is none, for this and every later
	 * extraction.
	 */
	@Transactional
	public void removeQuotation(long articleId, String quoteText, String editor) {
		decide(articleId, quoteText, null, true, editor);
	}

	/**
	 * Forgets an editor's decision about a quotation: the extraction speaks again from
	 * the next one.
	 */
	@Transactional
	public void forgetCorrection(long articleId, String quoteText) {
		this.corrections.deleteByArticleIdAndQuoteKey(articleId, keyOf(quoteText));
	}

	/** The editors' decisions about an article's quotations. */
	public List<Correction> correctionsOf(long articleId) {
		return this.corrections.findByArticleId(articleId)
			.stream()
			.map((correction) -> new Correction(correction.getQuoteKey(), correction.getSpeaker(),
					correction.isRemoved(), correction.getEditor(), correction.getCorrectedAt()))
			.toList();
	}

	/**
	 * An editor's decision about a quotation.
	 *
	 * @param quoteKey the quotation's words, folded, as the correction finds them again
	 * @param speaker the right speaker, or null
	 * @param removed whether the passage is no quotation
	 * @param editor who decided
	 * @param at when
	 */
	public record Correction(String quoteKey, String speaker, boolean removed, String editor, Instant at) {
	}

	private void decide(long articleId, String quoteText, String speaker, boolean removed, String editor) {
		String key = keyOf(quoteText);
		QuoteCorrection correction = this.corrections.findByArticleIdAndQuoteKey(articleId, key)
			.orElseGet(() -> new QuoteCorrection(articleId, key));
		correction.decide(speaker, removed, editor, this.clock.instant());
		this.corrections.save(correction);
		List<ExtractedQuote> stored = quotesOf(articleId);
		List<ExtractedQuote> corrected = applyCorrections(articleId, stored);
		this.quotes.deleteByArticleId(articleId);
		for (int i = 0; i < corrected.size(); i++) {
			this.quotes.save(new Quote(articleId, i, corrected.get(i)));
		}
	}

	/**
	 * The key that finds a quotation's correction: its words folded, letters and digits
	 * only.
	 */
	public static String keyOf(String text) {
		String key = PullQuoteChooser.comparable(text);
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

	/**
	 * Takes what changed of an article whose quotations stay the same: who may now see
	 * them (after a trash, a restore), its title or slug.
	 */
	@Transactional
	public void articleChanged(QuotedArticle article) {
		QuoteSource source = this.articles.findById(article.id()).orElseGet(() -> new QuoteSource(article.id()));
		source.describe(article);
		this.articles.save(source);
	}

	/** The quotations of an article in reading order; empty when it has none. */
	public List<ExtractedQuote> quotesOf(long articleId) {
		return this.quotes.findByArticleIdOrderByPosition(articleId).stream().map(Quote::toRecord).toList();
	}

	/**
	 * The quotations of several articles in one query, by article id, each list in
	 * reading order.
	 */
	public Map<Long, List<ExtractedQuote>> quotesOf(Collection<Long> articleIds) {
		Map<Long, List<ExtractedQuote>> quotes = new HashMap<>();
		if (articleIds.isEmpty()) {
			return quotes;
		}
		for (Quote quote : this.quotes.findByArticleIdInOrderByArticleIdAscPositionAsc(articleIds)) {
			quotes.computeIfAbsent(quote.getArticleId(), (id) -> new ArrayList<>()).add(quote.toRecord());
		}
		return quotes;
	}

	/**
	 * Forgets the quotations of an article, what was kept of it and the corrections made
	 * to them (when it is deleted for good).
	 */
	@Transactional
	public void deleteQuotes(long articleId) {
		this.quotes.deleteByArticleId(articleId);
		this.articles.findById(articleId).ifPresent(this.articles::delete);
		this.corrections.deleteByArticleId(articleId);
	}

}
