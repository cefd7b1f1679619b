package dev.aiwire.article.store;

import dev.aiwire.article.TagCount;
import dev.aiwire.article.ArticleChange;
import dev.aiwire.article.ArticleStatus;
import dev.aiwire.article.TagRef;
import dev.aiwire.article.PublishedVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/**
 * Articles. "Visible" means what a reader may see: published, on its publication day or
 * later (a published article whose publication time is still to come is scheduled).
 * <p>
 * Lists order by status first although the filter fixes it: the order is then the one of
 * the index {@code article_publication (status, published_at desc, id desc)}, and H2
 * reads a page from the index instead of sorting every visible article (at 100,000
 * articles: 7 s for the first page, 2 ms).
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	@Query("select a.id from Article a order by a.id")
	List<Long> findAllIds();

	/** The current slug of the visible article that once had this slug. */
	@Query("""
			select a.slug from SlugAlias s join s.article a
			where s.slug = :slug and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today""")
	Optional<String> findMovedSlug(@Param("slug") String slug, @Param("today") LocalDate today);

	Optional<Article> findBySourcePath(String sourcePath);

	/**
	 * Those of these source paths that an article has: a bulk import asks once a batch.
	 */
	@Query("select a.sourcePath from Article a where a.sourcePath in :paths")
	List<String> findSourcePathsIn(@Param("paths") Collection<String> sourcePaths);

	/** Articles translating one original address: an upload of it may be a duplicate. */
	default List<Article> findByUrl(String url) {
		if (url == null) {
			return List.of();
		}
		return findByUrlKey(Article.keyOf(url)).stream().filter(article -> url.equals(article.getUrl())).toList();
	}

	/**
	 * Articles with this title, one of those an upload's text is compared with. The title
	 * is looked up by its key (index of V81), then compared in full.
	 */
	default List<Article> findByTitle(String title) {
		if (title == null) {
			return List.of();
		}
		return findByTitleKey(Article.keyOf(title)).stream()
			.filter(article -> title.equals(article.getTitle()))
			.toList();
	}

	/** Articles whose address has this key ({@link #findByUrl}). */
	List<Article> findByUrlKey(Long urlKey);

	/** Articles whose title has this key ({@link #findByTitle}). */
	List<Article> findByTitleKey(Long titleKey);

	/**
	 * Articles of an original's date (index of V81), the others an upload's text is
	 * compared with.
	 */
	List<Article> findByDate(LocalDate date);

	boolean existsBySlug(String slug);

	/**
	 * Those of these slugs that an article has: a bulk import asks once a batch. The
	 * articles the transaction has not written yet are not flushed first (the caller
	 * knows their slugs), so that a batch is written at once, at its commit.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query("select a.slug from Article a where a.slug in :slugs")
	List<String> findSlugsIn(@Param("slugs") Collection<String> slugs);

	@Query("""
			select a from Article a
			where a.slug = :slug and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today""")
	Optional<Article> findVisible(@Param("slug") String slug, @Param("today") LocalDate today);

	@Query("""
			select a from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			order by a.status, a.publishedAt desc, a.id desc""")
	Slice<Article> findVisible(@Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select a from Article a join a.tags t
			where t.slug = :tag and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			order by a.status, a.publishedAt desc, a.id desc""")
	Slice<Article> findVisibleByTag(@Param("tag") String tag, @Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select a from Article a
			where a.translationKey = :key and a.id <> :id
			  and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			order by a.lang""")
	List<Article> findVisibleTranslations(@Param("key") String key, @Param("id") long id,
			@Param("today") LocalDate today);

	/**
	 * Tag names and slugs of several articles in one query, as (article id, slug, name)
	 * rows.
	 */
	@Query("""
			select a.id, t.slug, t.name from Article a join a.tags t
			where a.id in :ids order by a.id, index(t)""")
	List<Object[]> findTagRows(@Param("ids") Collection<Long> ids);

	@Query("select new dev.aiwire.article.TagRef(t.slug, t.name) from Tag t where t.slug = :slug")
	Optional<TagRef> findTag(@Param("slug") String slug);

	@Query("""
			select new dev.aiwire.article.TagCount(t.slug, t.name, count(a)) from Article a join a.tags t
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			group by t.slug, t.name order by count(a) desc, t.name""")
	List<TagCount> countVisibleByTag(@Param("today") LocalDate today);

	// Lists by language, archives, feeds, the sitemap and the search index.

	@Query("""
			select a from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and (:lang is null or a.lang = :lang)
			order by a.status, a.publishedAt desc, a.id desc""")
	Slice<Article> findVisibleIn(@Param("lang") String lang, @Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select a from Article a join a.tags t
			where t.slug = :tag and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and (:lang is null or a.lang = :lang)
			order by a.status, a.publishedAt desc, a.id desc""")
	Slice<Article> findVisibleByTagIn(@Param("tag") String tag, @Param("lang") String lang,
			@Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select a from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and a.publicationDay between :from and :to and (:lang is null or a.lang = :lang)
			order by a.status, a.publishedAt desc, a.id desc""")
	Slice<Article> findVisibleBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("lang") String lang, @Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select count(a) from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and (:lang is null or a.lang = :lang)""")
	long countVisibleIn(@Param("lang") String lang, @Param("today") LocalDate today);

	@Query("""
			select count(a) from Article a join a.tags t
			where t.slug = :tag and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and (:lang is null or a.lang = :lang)""")
	long countVisibleByTagIn(@Param("tag") String tag, @Param("lang") String lang, @Param("today") LocalDate today);

	@Query("""
			select count(a) from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and a.publicationDay between :from and :to and (:lang is null or a.lang = :lang)""")
	long countVisibleBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("lang") String lang,
			@Param("today") LocalDate today);

	/**
	 * Visible articles per month of their date, as (year, month, count) rows, newest
	 * month first.
	 */
	@Query("""
			select extract(year from a.publicationDay), extract(month from a.publicationDay), count(a) from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and (:lang is null or a.lang = :lang)
			group by extract(year from a.publicationDay), extract(month from a.publicationDay)
			order by extract(year from a.publicationDay) desc, extract(month from a.publicationDay) desc""")
	List<Object[]> countVisibleByMonth(@Param("lang") String lang, @Param("today") LocalDate today);

	@Query("""
			select a from Article a
			where a.id in :ids and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today""")
	List<Article> findVisibleByIds(@Param("ids") Collection<Long> ids, @Param("today") LocalDate today);

	@Query(value = """
			select new dev.aiwire.article.store.CatalogEntryRow(a.id, a.slug, a.lang, a.title, a.summary, a.date,
			  a.publishedAt, a.publicationDay, a.updatedAt, a.source, a.url, a.author, a.translator, a.translationKey)
			from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			  and (:lang is null or a.lang = :lang)
			order by a.status, a.publishedAt desc, a.id desc""")
	List<CatalogEntryRow> findVisibleEntries(@Param("lang") String lang, @Param("today") LocalDate today,
			Pageable pageable);

	@Query(value = """
			select new dev.aiwire.article.store.CatalogEntryRow(a.id, a.slug, a.lang, a.title, a.summary, a.date,
			  a.publishedAt, a.publicationDay, a.updatedAt, a.source, a.url, a.author, a.translator, a.translationKey)
			from Article a join a.tags t
			where t.slug = :tag and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.publicationDay <= :today
			order by a.status, a.publishedAt desc, a.id desc""")
	List<CatalogEntryRow> findVisibleEntriesByTag(@Param("tag") String tag, @Param("today") LocalDate today,
			Pageable pageable);

	/**
	 * Published articles, scheduled ones included, with the time of their last change,
	 * for the search index.
	 */
	@Query("""
			select new dev.aiwire.article.PublishedVersion(a.id, a.updatedAt) from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED order by a.id""")
	List<PublishedVersion> findPublishedVersions();

	@Query("select a from Article a where a.id in :ids and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED")
	List<Article> findPublishedByIds(@Param("ids") Collection<Long> ids);

	/**
	 * Articles written after a time, in any state, for the search index of another
	 * instance (index of V20).
	 */
	@Query("""
			select new dev.aiwire.article.ArticleChange(a.id, a.updatedAt, a.version, a.status)
			from Article a where a.updatedAt > :since order by a.updatedAt""")
	List<ArticleChange> findChangedSince(@Param("since") Instant since);

	/** The same for some articles. */
	@Query("""
			select new dev.aiwire.article.ArticleChange(a.id, a.updatedAt, a.version, a.status)
			from Article a where a.id in :ids""")
	List<ArticleChange> findChanges(@Param("ids") Collection<Long> ids);

	@Query("select count(a) from Article a where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED")
	long countPublished();

}
