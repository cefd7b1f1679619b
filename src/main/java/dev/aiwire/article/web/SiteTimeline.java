package dev.aiwire.article.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.aiwire.timeline.TimelineService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated events of every visible article, placed in one chronology and filtered by year, tag
 * and language. Each stored event carries its visibility and language (kept in step by
 * publishing, trash and restore), so a page reads the chronology index from one end and stops
 * after one page, whatever the number of articles; then it fetches those events with their
 * articles. There is no total: counting a million events would cost more than the page itself,
 * and a reader only needs to know whether there is more.
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
		StringBuilder where = new StringBuilder("from timeline_event e where e.visible_from <= :today");
		if (query.year() != null) {
			// the rank range lets the index skip to the year; the dates say which events start in it
			where.append(" and e.sort_rank >= :rankFrom and e.sort_rank < :rankTo")
				.append(" and e.start_date >= :yearStart and e.start_date < :yearEnd");
		}
		if (query.language() != null) {
			where.append(" and e.lang = :lang");
		}
		if (query.tag() != null) {
			where.append(" and exists (select 1 from article_tag at join tag t on t.id = at.tag_id")
				.append(" where at.article_id = e.article_id and t.slug = :tag)");
		}
		String order = query.oldestFirst() ? "e.sort_rank asc, e.id asc" : "e.sort_rank desc, e.id desc";
		int page = Math.max(1, query.page());
		List<Long> ids = new ArrayList<>(bind(this.jdbc.sql("select e.id " + where + " order by " + order
				+ " limit :limit offset :offset"), query)
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query(Long.class)
			.list());
		boolean hasNext = ids.size() > PAGE_SIZE;
		if (hasNext) {
			ids = ids.subList(0, PAGE_SIZE);
		}
		return new TimelinePage(events(ids), page, hasNext);
	}

	/** The events of these ids with their articles, in the order of the ids. */
	private List<SiteEvent> events(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, SiteEvent> byId = new HashMap<>();
		this.jdbc.sql("select e.id, e.timex_value, e.mod, e.expression, e.sentence, e.sentence_id, e.section_anchor,"
				+ " a.slug, a.title, a.lang, a.published_on from timeline_event e join article a on a.id = e.article_id"
				+ " where e.id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> byId.put(rs.getLong(1),
					new SiteEvent(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
							rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
							rs.getObject(11, LocalDate.class))))
			.list();
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, TimelineQuery query) {
		JdbcClient.StatementSpec bound = statement.param("today", LocalDate.now(this.clock));
		if (query.year() != null) {
			TimelineService.RankRange ranks = TimelineService.ranksOfYear(query.year());
			bound = bound.param("yearStart", LocalDate.of(query.year(), 1, 1))
				.param("yearEnd", LocalDate.of(query.year() + 1, 1, 1))
				.param("rankFrom", ranks.from())
				.param("rankTo", ranks.to());
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

	/**
	 * A page of the site timeline.
	 * @param events its events, in the order asked for
	 * @param page its number, from 1
	 * @param hasNext whether a next page holds more events
	 */
	public record TimelinePage(List<SiteEvent> events, int page, boolean hasNext) {

		public TimelinePage {
			events = List.copyOf(events);
		}

		public boolean hasPrevious() {
			return this.page > 1;
		}

	}

}
