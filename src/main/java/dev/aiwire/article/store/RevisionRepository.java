package dev.aiwire.article.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

	@Query("select coalesce(max(r.number), 0) from Revision r where r.article.id = :articleId")
	int lastNumber(@Param("articleId") long articleId);

	@Query("select r from Revision r where r.article.id = :articleId order by r.number")
	List<Revision> findByArticle(@Param("articleId") long articleId);

	@Query("select r from Revision r where r.article.id = :articleId and r.number = :number")
	Optional<Revision> findByArticleAndNumber(@Param("articleId") long articleId, @Param("number") int number);

	Optional<Revision> findFirstByArticleIdOrderByNumberDesc(long articleId);

	@Query("select count(r) > 0 from Revision r where r.article.id = :articleId and r.contentHash = :hash")
	boolean hasVersion(@Param("articleId") long articleId, @Param("hash") String contentHash);

	@Query("""
			select new dev.aiwire.article.store.SourceVersion(r.article.sourcePath, r.contentHash) from Revision r
			where r.article.sourcePath in :paths""")
	List<SourceVersion> findVersionsOfSources(@Param("paths") Collection<String> sourcePaths);

}
