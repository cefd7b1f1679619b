package dev.aiwire.timeline.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface TimelineCorrectionRepository extends Repository<TimelineCorrection, Long> {

	public TimelineCorrection save(TimelineCorrection correction);

	public List<TimelineCorrection> findByArticleId(long articleId);

	public Optional<TimelineCorrection> findByArticleIdAndEventKey(long articleId, String eventKey);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from TimelineCorrection c where c.articleId = :articleId")
	public int deleteByArticleId(@Param("articleId") long articleId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from TimelineCorrection c where c.articleId = :articleId and c.eventKey = :eventKey")
	public int deleteByArticleIdAndEventKey(@Param("articleId") long articleId, @Param("eventKey") String eventKey);

}
