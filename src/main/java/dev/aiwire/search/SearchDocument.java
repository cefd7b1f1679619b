package dev.aiwire.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.SearchableArticle;
import dev.aiwire.article.TagRef;
import dev.aiwire.quote.ExtractedQuote;

/**
 * An article as both engines index it.
 *
 * @param id the article's id
 * @param version the article's version (it grows with every write): an engine never
 * replaces a document with one of a lower version
 * @param changedAt when this version was written, compared with the database to catch up
 * @param slug the slug of its page
 * @param lang the language of the translation, which chooses the analysis of its text
 * @param title its title
 * @param summary its summary
 * @param text the plain text of its body
 * @param quotes its quotations, one a line
 * @param speakers the names of the people quoted, as written
 * @param speakerKeys their keys, to relate articles that quote the same person
 * @param tags its tags
 * @param date the original's date
 * @param visibleFrom the day of the translation's publication: the article is visible
 * from that day
 * @param source the outlet of the original, or null
 * @param translationKey the key shared with its translations, or null
 */
public record SearchDocument(long id, long version, Instant changedAt, String slug, String lang, String title,
		String summary, String text, String quotes, List<String> speakers, List<String> speakerKeys, List<TagRef> tags,
		LocalDate date, LocalDate visibleFrom, String source, String translationKey) {

	public SearchDocument {
		speakers = List.copyOf(speakers);
		speakerKeys = List.copyOf(speakerKeys);
		tags = List.copyOf(tags);
	}

	/** An article read from the database, with its quotations. */
	public static SearchDocument of(SearchableArticle article, List<ExtractedQuote> quotes) {
		CatalogEntry entry = article.entry();
		List<String> speakers = quotes.stream()
			.map(ExtractedQuote::speaker)
			.filter((speaker) -> speaker != null && !speaker.isBlank())
			.toList();
		List<String> keys = quotes.stream()
			.map(ExtractedQuote::speakerKey)
			.filter((key) -> key != null && !key.isBlank())
			.distinct()
			.toList();
		String quoted = quotes.stream().map(ExtractedQuote::text).collect(Collectors.joining("\n"));
		return new SearchDocument(entry.id(), article.version(), entry.updatedAt(), entry.slug(), entry.lang(),
				entry.title(), entry.summary(), article.text(), quoted, speakers, keys, entry.tags(), entry.date(),
				entry.publicationDay(), entry.source(), entry.translationKey());
	}

	/** When this version was written, in epoch milliseconds, as engines keep it. */
	public long changedMillis() {
		return this.changedAt.toEpochMilli();
	}

}
