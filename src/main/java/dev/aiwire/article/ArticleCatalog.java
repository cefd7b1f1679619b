package dev.aiwire.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visible articles as the rest of the site reads them: feeds and the sitemap (entries without
 * bodies), the search index (published articles with their text) and the related articles of an
 * article page. Each call takes a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final ArticleCards cards;

	private final MarkdownParser parser;

	private final ObjectProvider<RelatedArticles> related;

	private final Clock clock;

	ArticleCatalog(ArticleRepository articles, ArticleCards cards, MarkdownParser parser,
			ObjectProvider<RelatedArticles> related, Clock clock) {
		this.articles = articles;
		this.cards = cards;
		this.parser = parser;
		this.related = related;
		this.clock = clock;
	}

	/** The latest visible articles, newest first; {@code language} null for all languages. */
	public List<ArticleEntry> latest(String language, int limit) {
		return withTags(this.articles.findVisibleEntries(language, today(), PageRequest.of(0, limit)));
	}

	/** The latest visible articles with a tag, newest first. */
	public List<ArticleEntry> latestTagged(String tagSlug, int limit) {
		return withTags(this.articles.findVisibleEntriesByTag(tagSlug, today(), PageRequest.of(0, limit)));
	}

	/** Every visible article, newest first. */
	public List<ArticleEntry> visible() {
		return withTags(this.articles.findVisibleEntries(null, today(), Pageable.unpaged()));
	}

	/** Every published article, scheduled ones included, with the time of its last change, by id. */
	public List<PublishedVersion> publishedVersions() {
		return this.articles.findPublishedVersions();
	}

	/** A published article and the time of its last change. */
	public record PublishedVersion(long id, Instant updatedAt) {
	}

	/** How many articles are published, scheduled ones included. */
	public long publishedCount() {
		return this.articles.countPublished();
	}

	/**
	 * Every article written after a time, in whatever state, oldest write first: what another
	 * instance changed since this one last looked.
	 */
	public List<ArticleChange> changedSince(Instant since) {
		return this.articles.findChangedSince(since);
	}

	/** The state of some articles; ids of articles deleted for good are left out. */
	public List<ArticleChange> changes(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.articles.findChanges(ids);
	}

	/**
	 * The last write to an article.
	 *
	 * @param id the article
	 * @param updatedAt when it was written
	 * @param version its version, which every write increments
	 * @param published whether it is published (scheduled included) after this write
	 */
	public record ArticleChange(long id, Instant updatedAt, long version, boolean published) {

		ArticleChange(long id, Instant updatedAt, long version, ArticleStatus status) {
			this(id, updatedAt, version, status == ArticleStatus.PUBLISHED);
		}

	}

	/**
	 * Published articles (scheduled ones included) with their text, in the order of the ids; ids of
	 * drafts and of deleted articles are left out.
	 */
	public List<IndexableArticle> indexable(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Article> found = this.articles.findPublishedByIds(ids);
		Map<Long, List<TagRef>> tags = this.cards.tagsOf(ids);
		return found.stream()
			.sorted(Comparator.comparing(Article::getId))
			.map(article -> new IndexableArticle(entry(article, tags.getOrDefault(article.getId(), List.of())),
					text(article.getMarkdown()), article.getVersion()))
			.toList();
	}

	/**
	 * Visible articles related to one, best first, as cards: the ids come from the
	 * {@link RelatedArticles} of another module, or none without it.
	 */
	public List<ArticleSummary> related(long articleId, int limit) {
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

	private List<ArticleEntry> withTags(List<EntryRow> rows) {
		Map<Long, List<TagRef>> tags = this.cards.tagsOf(rows.stream().map(EntryRow::id).toList());
		return rows.stream().map(row -> row.withTags(tags.getOrDefault(row.id(), List.of()))).toList();
	}

	private static ArticleEntry entry(Article a, List<TagRef> tags) {
		return new ArticleEntry(a.getId(), a.getSlug(), a.getLang(), a.getTitle(), a.getSummary(), a.getDate(),
				a.getUpdatedAt(), a.getSource(), a.getUrl(), a.getAuthor(), a.getTranslator(), a.getTranslationKey(),
				tags);
	}

	/** Headings and blocks of the body as plain text, one per line; the outlet's footer is not in it. */
	private String text(String markdown) {
		ParsedDocument document = this.parser.parse(markdown);
		Map<Integer, List<Block>> blocksBySection = document.blocks()
			.stream()
			.collect(Collectors.groupingBy(Block::sectionIndex));
		StringBuilder text = new StringBuilder();
		for (Section section : document.sections()) {
			if (section.heading() != null) {
				text.append(section.heading()).append('\n');
			}
			for (Block block : blocksBySection.getOrDefault(section.index(), List.of())) {
				text.append(block.text()).append('\n');
			}
		}
		return text.toString();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
