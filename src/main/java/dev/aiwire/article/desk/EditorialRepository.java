package dev.aiwire.article.desk;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticleStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Articles as editors look for them: every state, the trash included. */
interface EditorialRepository extends Repository<Article, Long> {

	/**
	 * Articles by status (null: all outside the trash), language, title words and date
	 * range. The date parameters are cast so that PostgreSQL knows their type when they
	 * are null.
	 * @param after only articles published after this day (scheduled), or null
	 * @param notAfter only articles published this day or earlier, or null
	 * @param titlePattern a lower-case LIKE pattern for the title, or null
	 */
	@Query(value = """
			select a from Article a
			where ((:status is null and a.status <> dev.aiwire.article.ArticleStatus.TRASHED) or a.status = :status)
			  and (:lang is null or a.lang = :lang)
			  and (:titlePattern is null or lower(a.title) like :titlePattern escape '!')
			  and (cast(:after as LocalDate) is null or a.publicationDay > :after)
			  and (cast(:notAfter as LocalDate) is null or a.publicationDay <= :notAfter)
			order by a.updatedAt desc, a.id desc""")
	Page<Article> search(@Param("status") ArticleStatus status, @Param("lang") String lang,
			@Param("titlePattern") String titlePattern, @Param("after") LocalDate after,
			@Param("notAfter") LocalDate notAfter, Pageable pageable);

	@Query("select a from Article a where a.status = dev.aiwire.article.ArticleStatus.TRASHED order by a.trashedAt")
	List<Article> findTrashed();

	@Query("select a from Article a where a.status <> dev.aiwire.article.ArticleStatus.TRASHED order by a.slug")
	List<Article> findAllOutsideTrash();

}
