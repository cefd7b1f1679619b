package dev.aiwire.quote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface QuoteCorrectionRepository extends Repository<QuoteCorrection, Long> {

	QuoteCorrection save(QuoteCorrection correction);

	List<QuoteCorrection> findByArticleId(long articleId);

	Optional<QuoteCorrection> findByArticleIdAndQuoteKey(long articleId, String quoteKey);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from QuoteCorrection c where c.articleId = :articleId")
	int deleteByArticleId(@Param("articleId") long articleId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from QuoteCorrection c where c.articleId = :articleId and c.quoteKey = :quoteKey")
	int deleteByArticleIdAndQuoteKey(@Param("articleId") long articleId, @Param("quoteKey") String quoteKey);

}
