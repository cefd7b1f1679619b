package dev.aiwire.timeline.web;

import dev.aiwire.timeline.Excerpt;
import dev.aiwire.timeline.Periods;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated events of every visible article, placed in one chronology and filtered by
 * year, tag and language. Each stored event carries its visibility and language (kept in
 * step by the article module through {@link TimelineService}), so a page reads the
 * chronology index from one end and stops after one page, whatever the number of
 * articles; then it fetches those events with what the timeline keeps of their articles.
 * There is no total: counting a million events would cost more than the page itself, and
 * a reader only needs to know whether there is more.
 */
@Service
@Transactional(readOnly = true)
public class SiteTimeline {

	/** Events on one page of the site timeline. */
	public static final int PAGE_SIZE = 50;

	/**
	 * The cache of the tag counts of the timeline's filter: emptied by the article
	 * module, which writes what they count, after each write and when another instance
	 * wrote.
	 */
	public static final String TAG_COUNTS = "timeline-tag-counts";

	/**
	 * Keeps an event only when no other visible translation of its original is preferred
	 * to its article: the one in the reader's language first, then the first published
	 * (lowest id).
	 */
	private static final String ONE_TRANSLATION = " and not exists (select 1 from timeline_article mine"
			+ " join timeline_article other on other.translation_key = mine.translation_key"
			+ " and other.article_id <> mine.article_id"
			+ " where mine.article_id = e.article_id and other.visible_from <= :today"
			+ " and (case when other.lang = :reader then 0 else 1 end < case when mine.lang = :reader then 0 else 1 end"
			+ " or (case when other.lang = :reader then 0 else 1 end = case when mine.lang = :reader then 0 else 1 end"
			+ " and other.article_id < mine.article_id)))";

	private final JdbcClient jdbc;

	private final TimelineTags tags;

	private final Clock clock;

	SiteTimeline(JdbcClient jdbc, TimelineTags tags, Clock clock) {
		this.jdbc = jdbc;
		this.tags = tags;
		this.clock = clock;
	}

	/**
	 * A page of the site timeline.
	 * @param query the filters and order; every filter may be null
	 */
	public TimelinePage page(TimelineQuery query) {
		StringBuilder where = new StringBuilder("from timeline_event e where e.visible_from <= :today");
		if (query.year() != null) {
			// the rank range lets the index skip to the year; the dates say which events
			// start in it
			where.append(" and e.sort_rank >= :rankFrom and e.sort_rank < :rankTo")
				.append(" and e.start_date >= :yearStart and e.start_date < :yearEnd");
		}
		if (query.language() != null) {
			where.append(" and e.lang = :lang");
		}
		else if (query.readerLanguage() != null) {
			where.append(ONE_TRANSLATION);
		}
		if (query.tag() != null) {
			where.append(" and exists (select 1 from timeline_article_tag t")
				.append(" where t.article_id = e.article_id and t.slug = :tag)");
		}
		String order = query.oldestFirst() ? "e.sort_rank asc, e.id asc" : "e.sort_rank desc, e.id desc";
		int page = Math.max(1, query.page());
		List<Long> ids = new ArrayList<>(
				bind(this.jdbc.sql("select e.id " + where + " order by " + order + " limit :limit offset :offset"),
						query)
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

	/**
	 * The tags of visible articles, most used first, for the filter of the site timeline.
	 */
	public List<TimelineTag> tags() {
		return this.tags.counts(LocalDate.now(this.clock));
	}

	/**
	 * The sort ranks ({@code timeline_event.sort_rank}) of the events whose period starts
	 * in a year. Only a period that starts on the first of January lasts a whole year;
	 * the others last three months at most, so every period that starts in a year ends
	 * before the March of the next one ("winter 2023" runs into February 2024). Lets a
	 * chronology limited to one year read only that stretch of its index.
	 * @return the lowest rank and the rank after the highest
	 */
	public static RankRange ranksOfYear(int year) {
		return new RankRange(Periods.sortRankFloor(LocalDate.of(year, 1, 1)),
				Periods.sortRankFloor(LocalDate.of(year + 1, 3, 1)));
	}

	/** Sort ranks from {@code from} (included) to {@code to} (excluded). */
	public record RankRange(int from, int to) {
	}

	/** The events of these ids with their articles, in the order of the ids. */
	private List<SiteEvent> events(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, SiteEvent> byId = new HashMap<>();
		this.jdbc
			.sql("select e.id, e.timex_value, e.mod, e.expression, e.sentence, e.sentence_id, e.section_anchor,"
					+ " a.slug, a.title, a.lang, a.published_on from timeline_event e"
					+ " join timeline_article a on a.article_id = e.article_id where e.id in (:ids)")
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
			RankRange ranks = ranksOfYear(query.year());
			bound = bound.param("yearStart", LocalDate.of(query.year(), 1, 1))
				.param("yearEnd", LocalDate.of(query.year() + 1, 1, 1))
				.param("rankFrom", ranks.from())
				.param("rankTo", ranks.to());
		}
		if (query.language() != null) {
			bound = bound.param("lang", query.language());
		}
		else if (query.readerLanguage() != null) {
			bound = bound.param("reader", query.readerLanguage());
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
	 * @param readerLanguage the language of the reader's interface: with every language
	 * shown, translations of one original give their events once, from the translation in
	 * it; null shows every translation
	 */
	public record TimelineQuery(Integer year, String tag, String language, boolean oldestFirst, int page,
			String readerLanguage) {
	}

	/** One event of the site timeline, with the article that mentions it. */
	public record SiteEvent(String value, String mod, String expression, String sentence, String sentenceId,
			String sectionAnchor, String articleSlug, String articleTitle, String articleLang, LocalDate articleDate) {

		/**
		 * The words of its sentence around its date, in at most about this many
		 * characters.
		 */
		public Excerpt excerpt(int maxLength) {
			return Excerpt.of(this.sentence, this.expression, maxLength);
		}

	}

	/**
	 * A page of the site timeline.
	 *
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

	/**
	 * A tag of the site timeline's filter.
	 *
	 * @param slug the slug it is filtered by
	 * @param name the tag as editors wrote it
	 * @param articles how many visible articles carry it
	 */
	public record TimelineTag(String slug, String name, long articles) {
	}

}
