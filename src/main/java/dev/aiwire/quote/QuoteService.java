package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the quotations of each article, by article id, with what the quotation pages need to
 * know of the article (see {@link QuotedArticle}), and gives them back in reading order.
 * Publishing replaces them as a whole; the quotations of the whole site by speaker are read by
 * {@link SiteQuotes}.
 */
@Service
@Transactional(readOnly = true)
public class QuoteService {

	private final QuoteRepository quotes;

	private final QuoteSourceRepository articles;

	QuoteService(QuoteRepository quotes, QuoteSourceRepository articles) {
		this.quotes = quotes;
		this.articles = articles;
	}

	/** Replaces the stored quotations of an article with these, kept in the given order. */
	@Transactional
	public void replaceQuotes(QuotedArticle article, List<ExtractedQuote> quotes) {
		articleChanged(article);
		this.quotes.deleteByArticleId(article.id());
		for (int i = 0; i < quotes.size(); i++) {
			this.quotes.save(new Quote(article.id(), i, quotes.get(i)));
		}
	}

	/**
	 * Takes what changed of an article whose quotations stay the same: who may now see them (after a
	 * trash, a restore), its title or slug.
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

	/** Forgets the quotations of an article and what was kept of it (when it is deleted for good). */
	@Transactional
	public void deleteQuotes(long articleId) {
		this.quotes.deleteByArticleId(articleId);
		this.articles.findById(articleId).ifPresent(this.articles::delete);
	}

}
