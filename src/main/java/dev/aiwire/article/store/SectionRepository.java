package dev.aiwire.article.store;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SectionRepository extends JpaRepository<ArticleSection, Long> {

	@Query("select s from ArticleSection s where s.article.id = :articleId order by s.position")
	List<ArticleSection> findByArticle(@Param("articleId") long articleId);

}
