package dev.aiwire.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated events of every visible article, placed in one chronology and filtered by year, tag
 * and language. Reads the timeline module's table joined with the articles, so that what is
 * unpublished or scheduled never shows.
 */
@Service
@Transactional(readOnly = true)
public class SiteTimeline {

	/** Events on one page of the site timeline. */
	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	SiteTimeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A page of the site timeline.
	 * @param query the filters and order; every filter may be null
	 */
	public TimelinePage page(TimelineQuery query) {
		StringBuilder where = new StringBuilder("""
				from timeline_event e join article a on a.id = e.article_id
				where a.status = 'PUBLISHED' and a.published_on <= :today""");
		if (query.year() != null) {
			where.append(" and e.start_date >= :yearStart and e.start_date < :yearEnd");
		}
		if (query.language() != null) {
			where.append(" and a.lang = :lang");
		}
		if (query.tag() != null) {
			where.append(" and exists (select 1 from article_tag at join tag t on t.id = at.tag_id"
					+ " where at.article_id = a.id and t.slug = :tag)");
		}
		String order = query.oldestFirst() ? "e.sort_rank asc, e.id asc" : "e.sort_rank desc, e.id desc";
		long total = bind(this.jdbc.sql("select count(*) " + where), query).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, query.page()), pages);
		List<SiteEvent> events = bind(this.jdbc.sql("select e.timex_value, e.mod, e.expression, e.sentence,"
				+ " e.sentence_id, e.section_anchor, a.slug, a.title, a.lang, a.published_on " + where + " order by "
				+ order + " limit :limit offset :offset"), query)
			.param("limit", PAGE_SIZE)
			.param("offset", (page - 1) * PAGE_SIZE)
			.query((rs, row) -> new SiteEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getObject(10, LocalDate.class)))
			.list();
		return new TimelinePage(new ArrayList<>(events), page, pages, total);
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, TimelineQuery query) {
		JdbcClient.StatementSpec bound = statement.param("today", LocalDate.now(this.clock));
		if (query.year() != null) {
			bound = bound.param("yearStart", LocalDate.of(query.year(), 1, 1))
				.param("yearEnd", LocalDate.of(query.year() + 1, 1, 1));
		}
		if (query.language() != null) {
			bound = bound.param("lang", query.language());
		}
		if (query.tag() != null) {
			bound = bound.param("tag", query.tag());
		}
		return bound;
	}

	/**
	 * What a reader asks of the site timeline.
	 *
	 * @param year only events of that year, or null
	 * @param tag only articles with that tag slug, or null
	 * @param language only articles in that language, or null
	 * @param oldestFirst the order: oldest first, or newest first
	 * @param page the page, from 1
	 */
	public record TimelineQuery(Integer year, String tag, String language, boolean oldestFirst, int page) {
	}

	/** One event of the site timeline, with the article that mentions it. */
	public record SiteEvent(String value, String mod, String expression, String sentence, String sentenceId,
			String sectionAnchor, String articleSlug, String articleTitle, String articleLang,
			LocalDate articleDate) {
	}

	/** A page of the site timeline. */
	public record TimelinePage(List<SiteEvent> events, int page, int totalPages, long totalEvents) {

		public TimelinePage {
			events = List.copyOf(events);
		}

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.totalPages;
		}

	}

}
