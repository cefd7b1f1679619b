package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the quotations of each article, by article id, and gives them back in reading order.
 * Publishing replaces them as a whole.
 */
@Service
@Transactional(readOnly = true)
public class QuoteService {

	private final QuoteRepository quotes;

	QuoteService(QuoteRepository quotes) {
		this.quotes = quotes;
	}

	/** Replaces the stored quotations of an article with these, kept in the given order. */
	@Transactional
	public void replaceQuotes(long articleId, List<ExtractedQuote> quotes) {
		this.quotes.deleteByArticleId(articleId);
		for (int i = 0; i < quotes.size(); i++) {
			this.quotes.save(new Quote(articleId, i, quotes.get(i)));
		}
	}

	/** The quotations of an article in reading order; empty when it has none. */
	public List<ExtractedQuote> quotesOf(long articleId) {
		return this.quotes.findByArticleIdOrderByPosition(articleId).stream().map(Quote::toRecord).toList();
	}

	/** The quotations of several articles in one query, by article id, each list in reading order. */
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

	/** Forgets the quotations of an article (when it is deleted for good). */
	@Transactional
	public void deleteQuotes(long articleId) {
		this.quotes.deleteByArticleId(articleId);
	}

}
