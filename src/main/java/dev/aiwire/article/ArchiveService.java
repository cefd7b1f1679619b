package dev.aiwire.article;

import dev.aiwire.article.store.ArticleRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archives: visible articles by the month of the original's publication date,
 * optionally in one language. Each page takes a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveService {

	private final ArticleRepository articles;

	private final ArticleCards cards;

	private final ArticleCounts counts;

	private final Clock clock;

	ArchiveService(ArticleRepository articles, ArticleCards cards, ArticleCounts counts, Clock clock) {
		this.articles = articles;
		this.cards = cards;
		this.counts = counts;
		this.clock = clock;
	}

	/** Months that have visible articles, newest first; {@code language} null for all. */
	public List<ArchiveMonth> months(String language) {
		return this.articles.countVisibleByMonth(language, today())
			.stream()
			.map(row -> new ArchiveMonth(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
					((Number) row[2]).longValue()))
			.toList();
	}

	/**
	 * Months of one year that have visible articles, newest first; {@code language} null
	 * for all.
	 */
	public List<ArchiveMonth> months(int year, String language) {
		return months(language).stream().filter((month) -> month.month().getYear() == year).toList();
	}

	/**
	 * Visible articles of a month, newest first; an empty page when the month has none.
	 */
	public ArticlePage month(YearMonth month, String language, int page) {
		LocalDate today = today();
		long total = this.counts.month(month, language, today);
		PageRequest request = PageRequest.of(Math.max(0, page - 1), ArticleService.PAGE_SIZE);
		return this.cards.page(
				this.articles.findVisibleBetween(month.atDay(1), month.atEndOfMonth(), language, today, request),
				total);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
