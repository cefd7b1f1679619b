package dev.aiwire.article;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.store.CatalogEntryRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visible articles as the rest of the site reads them: feeds and the sitemap (entries
 * without bodies), the search index (published articles with their text) and the related
 * articles of an article page. Each call takes a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final ArticleCards cards;

	private final ObjectProvider<RelatedArticles> related;

	private final Clock clock;

	ArticleCatalog(ArticleRepository articles, ArticleCards cards, ObjectProvider<RelatedArticles> related,
			Clock clock) {
		this.articles = articles;
		this.cards = cards;
		this.related = related;
		this.clock = clock;
	}

	/**
	 * The latest visible articles, newest first; {@code language} null for all languages.
	 */
	public List<CatalogEntry> latest(String language, int limit) {
		return withTags(this.articles.findVisibleEntries(language, today(), PageRequest.of(0, limit)));
	}

	/** The latest visible articles with a tag, newest first. */
	public List<CatalogEntry> latestTagged(String tagSlug, int limit) {
		return withTags(this.articles.findVisibleEntriesByTag(tagSlug, today(), PageRequest.of(0, limit)));
	}

	/** Every visible article, newest first. */
	public List<CatalogEntry> visible() {
		return withTags(this.articles.findVisibleEntries(null, today(), Pageable.unpaged()));
	}

	/**
	 * Every published article, scheduled ones included, with the time of its last change,
	 * by id.
	 */
	public List<PublishedVersion> publishedVersions() {
		return this.articles.findPublishedVersions();
	}

	/** How many articles are published, scheduled ones included. */
	public long publishedCount() {
		return this.articles.countPublished();
	}

	/**
	 * Every article written after a time, in whatever state, oldest write first: what
	 * another instance changed since this one last looked.
	 */
	public List<ArticleChange> changedSince(Instant since) {
		return this.articles.findChangedSince(since);
	}

	/** The state of some articles; ids of articles deleted for good are left out. */
	public List<ArticleChange> changes(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.articles.findChanges(ids);
	}

	/**
	 * Published articles (scheduled ones included) with their text, in the order of the
	 * ids; ids of drafts and of deleted articles are left out. The text was worked out
	 * when the article was saved, from the one parse of its Markdown.
	 */
	public List<SearchableArticle> indexable(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Article> found = this.articles.findPublishedByIds(ids);
		Map<Long, List<TagRef>> tags = this.cards.tagsOf(ids);
		return found.stream()
			.sorted(Comparator.comparing(Article::getId))
			.map(article -> new SearchableArticle(entry(article, tags.getOrDefault(article.getId(), List.of())),
					Objects.requireNonNullElse(article.getBodyText(), ""), article.getVersion()))
			.toList();
	}

	/**
	 * Visible articles related to one, best first, as cards: the ids come from the
	 * {@link RelatedArticles} of another module, or none without it.
	 */
	public List<ArticleCard> related(long articleId, int limit) {
		RelatedArticles finder = this.related.getIfAvailable();
		if (finder == null) {
			return List.of();
		}
		List<Long> ids = finder.relatedTo(articleId, limit);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> byId = this.articles.findVisibleByIds(ids, today())
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return this.cards.summaries(ids.stream().filter(byId::containsKey).map(byId::get).toList());
	}

	private List<CatalogEntry> withTags(List<CatalogEntryRow> rows) {
		Map<Long, List<TagRef>> tags = this.cards.tagsOf(rows.stream().map(CatalogEntryRow::id).toList());
		return rows.stream().map(row -> row.withTags(tags.getOrDefault(row.id(), List.of()))).toList();
	}

	private static CatalogEntry entry(Article a, List<TagRef> tags) {
		return new CatalogEntry(a.getId(), a.getSlug(), a.getLang(), a.getTitle(), a.getSummary(), a.getDate(),
				a.getPublishedAt(), a.visibleFrom(), a.getUpdatedAt(), a.getSource(), a.getUrl(), a.getAuthor(),
				a.getTranslator(), a.getTranslationKey(), tags);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
