package dev.aiwire.quote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.markdown.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotations of every visible article, grouped by the person who said them, read from the quote
 * module's own tables: the quotations and what it keeps of their articles. One person is one
 * page: speakers are grouped by {@link SpeakerNames#unify} ("Huang" joins "Jensen Huang" when
 * only one Huang is quoted anywhere), and a page is named by the slug of the group's key.
 */
@Service
@Transactional(readOnly = true)
public class SiteQuotes {

	private static final String VISIBLE = "a.visible_from <= :today";

	private final JdbcClient jdbc;

	private final Clock clock;

	SiteQuotes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every quoted person, most quoted first. */
	public List<Speaker> speakers() {
		return groups().values()
			.stream()
			.sorted(Comparator.comparingLong(Speaker::quotes).reversed().thenComparing(Speaker::name))
			.toList();
	}

	/** Everything one person was quoted saying, newest article first. */
	public SpeakerQuotes quotesOf(String speakerSlug) {
		Map<String, Speaker> groups = groups();
		Speaker speaker = groups.get(speakerSlug);
		if (speaker == null) {
			throw new SpeakerNotFoundException(speakerSlug);
		}
		List<QuotedLine> lines = this.jdbc
			.sql("select q.text, q.kind, a.slug, a.title, a.lang, a.published_on"
					+ " from quote q join quote_article a on a.article_id = q.article_id"
					+ " where q.speaker_key in (:keys) and " + VISIBLE
					+ " order by a.published_on desc, a.article_id desc, q.position")
			.param("keys", speaker.keys())
			.param("today", today())
			.query((rs, row) -> new QuotedLine(rs.getString(1), "BLOCK".equals(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.list();
		return new SpeakerQuotes(speaker, lines);
	}

	/** Speakers by the slug of their group, counted over visible articles. */
	private Map<String, Speaker> groups() {
		record Row(String key, String name, long count) {
		}
		List<Row> rows = this.jdbc
			.sql("select q.speaker_key, q.speaker, count(*) from quote q"
					+ " join quote_article a on a.article_id = q.article_id where q.speaker_key is not null and "
					+ VISIBLE + " group by q.speaker_key, q.speaker")
			.param("today", today())
			.query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
		Map<String, String> unified = SpeakerNames.unify(rows.stream().map(Row::key).toList());
		Map<String, List<Row>> byGroup = new LinkedHashMap<>();
		for (Row row : rows) {
			byGroup.computeIfAbsent(unified.getOrDefault(row.key(), row.key()), key -> new ArrayList<>()).add(row);
		}
		Map<String, Speaker> speakers = new HashMap<>();
		byGroup.forEach((group, members) -> {
			String name = members.stream()
				.map(Row::name)
				.max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
				.orElse(group);
			long count = members.stream().mapToLong(Row::count).sum();
			List<String> keys = members.stream().map(Row::key).distinct().toList();
			String slug = Slugs.slugify(group, 80);
			if (!slug.isEmpty()) {
				speakers.put(slug, new Speaker(slug, name, count, keys));
			}
		});
		return speakers;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A quoted person.
	 *
	 * @param slug the slug of their page
	 * @param name the longest form of their name used in the articles
	 * @param quotes how many quotations of visible articles are theirs
	 * @param keys the speaker keys grouped under them
	 */
	public record Speaker(String slug, String name, long quotes, List<String> keys) {

		public Speaker {
			keys = List.copyOf(keys);
		}

	}

	/** One quotation of a person, with the article it comes from. */
	public record QuotedLine(String text, boolean block, String articleSlug, String articleTitle, String articleLang,
			LocalDate articleDate) {
	}

	/** A person and what they were quoted saying. */
	public record SpeakerQuotes(Speaker speaker, List<QuotedLine> quotes) {

		public SpeakerQuotes {
			quotes = List.copyOf(quotes);
		}

	}

}
