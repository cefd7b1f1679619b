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
 * Quotations of every visible article, grouped by the person who said them, read from the
 * quote module's own tables: the quotations and what it keeps of their articles. One
 * person is one page: speakers are grouped by {@link SpeakerNames#unify} ("Huang" joins
 * "Jensen Huang" when only one Huang is quoted anywhere), and a page is named by the slug
 * of the group's key.
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

	/**
	 * Every quoted person, most quoted first. A quotation and its translations count
	 * once: of the translations of one original, only the one in {@code language} (or,
	 * when that one does not quote the person, the one that quotes them most) is counted.
	 */
	public List<Speaker> speakers(String language) {
		return groups(language).values()
			.stream()
			.sorted(Comparator.comparingLong(Speaker::quotes).reversed().thenComparing(Speaker::name))
			.toList();
	}

	/**
	 * Everything one person was quoted saying, newest article first, each quotation once:
	 * from the translation in {@code language} when it quotes them, otherwise from
	 * another one.
	 */
	public SpeakerQuotes quotesOf(String speakerSlug, String language) {
		Map<String, Speaker> groups = groups(language);
		Speaker speaker = groups.get(speakerSlug);
		if (speaker == null) {
			throw new SpeakerNotFoundException(speakerSlug);
		}
		List<QuotedLine> lines = this.jdbc
			.sql("select q.text, q.kind, a.slug, a.title, a.lang, a.published_on"
					+ " from quote q join quote_article a on a.article_id = q.article_id"
					+ " where q.speaker_key in (:keys) and a.article_id in (:articles) and " + VISIBLE
					+ " order by a.published_on desc, a.article_id desc, q.position")
			.param("keys", speaker.keys())
			.param("articles", speaker.articles())
			.param("today", today())
			.query((rs, row) -> new QuotedLine(rs.getString(1), "BLOCK".equals(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.list();
		return new SpeakerQuotes(speaker, lines);
	}

	/**
	 * Speakers by the slug of their group, counted over visible articles, one translation
	 * of each original.
	 */
	private Map<String, Speaker> groups(String language) {
		record Row(String key, String name, long article, String lang, String original, long count) {
		}
		List<Row> rows = this.jdbc
			.sql("select q.speaker_key, q.speaker, a.article_id, a.lang, a.translation_key, count(*) from quote q"
					+ " join quote_article a on a.article_id = q.article_id where q.speaker_key is not null and "
					+ VISIBLE + " group by q.speaker_key, q.speaker, a.article_id, a.lang, a.translation_key")
			.param("today", today())
			.query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getLong(6)))
			.list();
		Map<String, String> unified = SpeakerNames.unify(rows.stream().map(Row::key).distinct().toList());
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
			// quotations per article, then one article per original: the reader's
			// language first
			Map<Long, Long> perArticle = new LinkedHashMap<>();
			Map<String, List<Long>> perOriginal = new LinkedHashMap<>();
			Map<Long, String> languages = new HashMap<>();
			for (Row row : members) {
				if (!languages.containsKey(row.article())) {
					String original = (row.original() != null) ? row.original() : "#" + row.article();
					perOriginal.computeIfAbsent(original, key -> new ArrayList<>()).add(row.article());
					languages.put(row.article(), row.lang());
				}
				perArticle.merge(row.article(), row.count(), Long::sum);
			}
			List<Long> articles = new ArrayList<>();
			for (List<Long> translations : perOriginal.values()) {
				articles.add(translations.stream()
					.max(Comparator
						.<Long, Boolean>comparing((id) -> language != null && language.equals(languages.get(id)))
						.thenComparing(perArticle::get)
						.thenComparing(Comparator.<Long>reverseOrder()))
					.orElseThrow());
			}
			long count = articles.stream().mapToLong(perArticle::get).sum();
			List<String> keys = members.stream().map(Row::key).distinct().toList();
			String slug = Slugs.slugify(group, 80);
			if (!slug.isEmpty()) {
				speakers.put(slug, new Speaker(slug, name, count, keys, articles));
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
	 * @param articles the articles their quotations are shown from, one translation of
	 * each original
	 */
	public record Speaker(String slug, String name, long quotes, List<String> keys, List<Long> articles) {

		public Speaker {
			keys = List.copyOf(keys);
			articles = List.copyOf(articles);
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
