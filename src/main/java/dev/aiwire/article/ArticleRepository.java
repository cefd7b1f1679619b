package dev.aiwire.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Articles. "Visible" means what a reader may see: published, and dated today or earlier (a
 * published article dated in the future is scheduled).
 */
interface ArticleRepository extends JpaRepository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	/** The current slug of the visible article that once had this slug. */
	@Query("""
			select a.slug from SlugAlias s join s.article a
			where s.slug = :slug and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today""")
	Optional<String> findMovedSlug(@Param("slug") String slug, @Param("today") LocalDate today);

	Optional<Article> findBySourcePath(String sourcePath);

	boolean existsBySlug(String slug);

	@Query("""
			select a from Article a
			where a.slug = :slug and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today""")
	Optional<Article> findVisible(@Param("slug") String slug, @Param("today") LocalDate today);

	@Query(value = """
			select a from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today
			order by a.date desc, a.id desc""", countQuery = """
			select count(a) from Article a
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today""")
	Page<Article> findVisible(@Param("today") LocalDate today, Pageable pageable);

	@Query(value = """
			select a from Article a join a.tags t
			where t.slug = :tag and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today
			order by a.date desc, a.id desc""", countQuery = """
			select count(a) from Article a join a.tags t
			where t.slug = :tag and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today""")
	Page<Article> findVisibleByTag(@Param("tag") String tag, @Param("today") LocalDate today, Pageable pageable);

	@Query("""
			select a from Article a
			where a.translationKey = :key and a.id <> :id
			  and a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today
			order by a.lang""")
	List<Article> findVisibleTranslations(@Param("key") String key, @Param("id") long id,
			@Param("today") LocalDate today);

	/** Tag names and slugs of several articles in one query, as (article id, slug, name) rows. */
	@Query("""
			select a.id, t.slug, t.name from Article a join a.tags t
			where a.id in :ids order by a.id, index(t)""")
	List<Object[]> findTagRows(@Param("ids") Collection<Long> ids);

	@Query("select new dev.aiwire.article.TagRef(t.slug, t.name) from Tag t where t.slug = :slug")
	Optional<TagRef> findTag(@Param("slug") String slug);

	@Query("""
			select new dev.aiwire.article.TagCount(t.slug, t.name, count(a)) from Article a join a.tags t
			where a.status = dev.aiwire.article.ArticleStatus.PUBLISHED and a.date <= :today
			group by t.slug, t.name order by count(a) desc, t.name""")
	List<TagCount> countVisibleByTag(@Param("today") LocalDate today);

}
