package dev.aiwire.timeline.store;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface TimelineEventRepository extends Repository<TimelineEvent, Long> {

	public TimelineEvent save(TimelineEvent event);

	public List<TimelineEvent> findByArticleIdOrderByPosition(long articleId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update TimelineEvent e set e.visibleFrom = :from, e.lang = :lang where e.articleId = :articleId")
	public int show(@Param("articleId") long articleId, @Param("from") LocalDate from, @Param("lang") String lang);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from TimelineEvent e where e.articleId = :articleId")
	public int deleteByArticleId(@Param("articleId") long articleId);

}
