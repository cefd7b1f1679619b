package dev.aiwire.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	@Query("select coalesce(max(r.number), 0) from Revision r where r.article.id = :articleId")
	int lastNumber(@Param("articleId") long articleId);

	@Query("select r from Revision r where r.article.id = :articleId order by r.number")
	List<Revision> findByArticle(@Param("articleId") long articleId);

}
