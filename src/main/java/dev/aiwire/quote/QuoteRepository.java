package dev.aiwire.quote;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface QuoteRepository extends Repository<Quote, Long> {

	Quote save(Quote quote);

	List<Quote> findByArticleIdOrderByPosition(long articleId);

	List<Quote> findByArticleIdInOrderByArticleIdAscPositionAsc(Collection<Long> articleIds);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Quote q where q.articleId = :articleId")
	int deleteByArticleId(@Param("articleId") long articleId);

}
