package dev.aiwire.article;

import dev.aiwire.article.store.ArticleRepository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * How many visible articles each list has (the home page, a tag, a language, a month) and
 * how many each tag has, kept in the caches {@value #LISTS} and {@value #TAGS} until the
 * next write here or on another instance (see {@link ArticleService#forgetAggregates()}).
 * Counting walks the listing index, about 0.1 s at 100,000 articles, and grouping every
 * article's tags 0.4 s: most of the time of a list page, for an answer that only changes
 * with a write or with the day, which is part of each key.
 */
@Component
class ArticleCounts {

	/** The cache of list counts. */
	static final String LISTS = "article-list-counts";

	/** The cache of tag counts. */
	static final String TAGS = "article-tag-counts";

	private final ArticleRepository articles;

	ArticleCounts(ArticleRepository articles) {
		this.articles = articles;
	}

	/** Visible articles in a language ({@code null}: all), the home page's list. */
	@Cacheable(cacheNames = LISTS, key = "{'latest', #language, #today}")
	public long latest(String language, LocalDate today) {
		return this.articles.countVisibleIn(language, today);
	}

	/** Visible articles with a tag, in a language ({@code null}: all). */
	@Cacheable(cacheNames = LISTS, key = "{'tag', #tagSlug, #language, #today}")
	public long tagged(String tagSlug, String language, LocalDate today) {
		return this.articles.countVisibleByTagIn(tagSlug, language, today);
	}

	/**
	 * Visible articles of a month of the originals' dates, in a language ({@code null}:
	 * all).
	 */
	@Cacheable(cacheNames = LISTS, key = "{'month', #month, #language, #today}")
	public long month(YearMonth month, String language, LocalDate today) {
		return this.articles.countVisibleBetween(month.atDay(1), month.atEndOfMonth(), language, today);
	}

	/** Every tag of visible articles, most used first. */
	@Cacheable(cacheNames = TAGS, key = "#today")
	public List<TagCount> tags(LocalDate today) {
		return this.articles.countVisibleByTag(today);
	}

}
