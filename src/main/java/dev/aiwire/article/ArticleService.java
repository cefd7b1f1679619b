package dev.aiwire.article;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.store.SectionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dev.aiwire.quote.QuoteService;
import dev.aiwire.timeline.web.SiteTimeline;
import dev.aiwire.timeline.TimelineService;

import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What readers see: lists of visible articles, one article, tags. Every page is served by
 * a fixed number of queries, whatever the number of articles or tags.
 */
@Service
@Transactional(readOnly = true)
@CacheConfig(cacheNames = { ArticleCounts.LISTS, ArticleCounts.TAGS, SiteTimeline.TAG_COUNTS })
public class ArticleService {

	/** Articles on a page of the home and tag lists. */
	public static final int PAGE_SIZE = 20;

	private final ArticleRepository articles;

	private final ArticleCards cards;

	private final ArticleCounts counts;

	private final SectionRepository sections;

	private final TimelineService timeline;

	private final QuoteService quotes;

	private final Clock clock;

	ArticleService(ArticleRepository articles, ArticleCards cards, ArticleCounts counts, SectionRepository sections,
			TimelineService timeline, QuoteService quotes, Clock clock) {
		this.articles = articles;
		this.cards = cards;
		this.counts = counts;
		this.sections = sections;
		this.timeline = timeline;
		this.quotes = quotes;
		this.clock = clock;
	}

	/** The latest visible articles, newest first; {@code page} counts from 1. */
	public ArticlePage latest(int page) {
		LocalDate today = today();
		long total = this.counts.latest(null, today);
		return this.cards.page(this.articles.findVisible(today, pageRequest(page)), total);
	}

	/** Visible articles with a tag, newest first. */
	public ArticlePage taggedWith(String tagSlug, int page) {
		LocalDate today = today();
		long total = this.counts.tagged(tagSlug, null, today);
		if (total == 0) {
			throw new TagNotFoundException(tagSlug);
		}
		return this.cards.page(this.articles.findVisibleByTag(tagSlug, today, pageRequest(page)), total);
	}

	/** The latest visible articles in one language ({@code null}: all), newest first. */
	public ArticlePage latest(String language, int page) {
		LocalDate today = today();
		long total = this.counts.latest(language, today);
		return this.cards.page(this.articles.findVisibleIn(language, today, pageRequest(page)), total);
	}

	/**
	 * Visible articles with a tag in one language ({@code null}: all), newest first; a
	 * language the tag has no article in gives an empty page, not a missing tag.
	 */
	public ArticlePage taggedWith(String tagSlug, String language, int page) {
		if (language == null) {
			return taggedWith(tagSlug, page);
		}
		LocalDate today = today();
		long total = this.counts.tagged(tagSlug, language, today);
		return this.cards.page(this.articles.findVisibleByTagIn(tagSlug, language, today, pageRequest(page)), total);
	}

	/** A tag by the slug of its page. */
	public TagRef tag(String tagSlug) {
		return this.articles.findTag(tagSlug).orElseThrow(() -> new TagNotFoundException(tagSlug));
	}

	/** Every tag of visible articles, most used first. */
	public List<TagCount> tags() {
		return this.counts.tags(today());
	}

	/**
	 * Forgets what is kept of counts over all the articles (the article count of each
	 * list, the tag counts here and on the site timeline): after every write here, and
	 * when another instance of the portal wrote or the day changed (the system module
	 * calls this when it sees the content version move).
	 */
	@CacheEvict(allEntries = true)
	public void forgetAggregates() {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@CacheEvict(allEntries = true)
	void forgetAggregates(ArticlePublished event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@CacheEvict(allEntries = true)
	void forgetAggregates(ArticlesPublished event) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	@CacheEvict(allEntries = true)
	void forgetAggregates(ArticleRemoved event) {
	}

	/** One visible article. */
	public ReaderArticle show(String slug) {
		Article article = this.articles.findVisible(slug, today()).orElseThrow(() -> notFoundOrMoved(slug));
		List<SectionView> sectionViews = this.sections.findByArticle(article.getId())
			.stream()
			.map(section -> new SectionView(section.getPosition(), section.getHeading(), section.getAnchor(),
					section.getHtml()))
			.toList();
		List<TranslationLink> translations = (article.getTranslationKey() == null) ? List.of()
				: this.articles.findVisibleTranslations(article.getTranslationKey(), article.getId(), today())
					.stream()
					.map(other -> new TranslationLink(other.getSlug(), other.getLang(), other.getTitle()))
					.toList();
		List<TagRef> tags = this.cards.tagsOf(List.of(article.getId())).getOrDefault(article.getId(), List.of());
		return new ReaderArticle(article.getId(), article.getSlug(), article.getLang(), article.getTitle(),
				article.getSummary(), article.getDate(), article.getSource(), article.getUrl(),
				article.getOriginalTitle(), article.getOriginalLanguage(), article.getAuthor(), article.getTranslator(),
				article.getTranslation(), article.getReadingMinutes(), sectionViews, article.getFooterHtml(), tags,
				translations, this.timeline.eventsOf(article.getId()), this.quotes.quotesOf(article.getId()),
				article.getUpdatedAt(), article.visibleFrom());
	}

	private static PageRequest pageRequest(int page) {
		return PageRequest.of(Math.max(0, page - 1), PAGE_SIZE);
	}

	/**
	 * A slug the article had before it was renamed moves readers on; any other is not
	 * found.
	 */
	private ArticleNotFoundException notFoundOrMoved(String slug) {
		return this.articles.findMovedSlug(slug, today())
			.<ArticleNotFoundException>map(newSlug -> new ArticleMovedException(slug, newSlug))
			.orElseGet(() -> new ArticleNotFoundException(slug));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
