package dev.aiwire.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.timeline.DatedEvent;
import dev.aiwire.timeline.TimexFormat;

/**
 * An article as its reader reads it: everything the page of one article shows. Its JSON
 * and the editors' preview, which shows the page as readers will see it, are made from it
 * too.
 *
 * @param date the original's date
 * @param timeline the dated events of the text, earliest first
 * @param quotes the quotations of the text, in reading order
 * @param publishedOn the day this translation was published where the site is, or null
 * when it is not known
 */
public record ReaderArticle(long id, String slug, String lang, String title, String summary, LocalDate date,
		String source, String url, String originalTitle, String originalLanguage, String author, String translator,
		String translation, int readingMinutes, List<SectionView> sections, String footerHtml, List<TagRef> tags,
		List<TranslationLink> translations, List<DatedEvent> timeline, List<ExtractedQuote> quotes, Instant updatedAt,
		LocalDate publishedOn) {

	public ReaderArticle {
		sections = List.copyOf(sections);
		tags = List.copyOf(tags);
		translations = List.copyOf(translations);
		timeline = List.copyOf(timeline);
		quotes = List.copyOf(quotes);
	}

	/** An article whose publication time is not known. */
	public ReaderArticle(long id, String slug, String lang, String title, String summary, LocalDate date, String source,
			String url, String originalTitle, String originalLanguage, String author, String translator,
			String translation, int readingMinutes, List<SectionView> sections, String footerHtml, List<TagRef> tags,
			List<TranslationLink> translations, List<DatedEvent> timeline, List<ExtractedQuote> quotes,
			Instant updatedAt) {
		this(id, slug, lang, title, summary, date, source, url, originalTitle, originalLanguage, author, translator,
				translation, readingMinutes, sections, footerHtml, tags, translations, timeline, quotes, updatedAt,
				null);
	}

	/**
	 * The day of publication, when it is not the original's own day (which the page shows
	 * anyway).
	 */
	public LocalDate publishedApart() {
		return (this.publishedOn == null || this.publishedOn.equals(this.date)) ? null : this.publishedOn;
	}

	/** The pull-quotes chosen for a section (null anchor: the lead), to show after it. */
	public List<ExtractedQuote> pullQuotesOf(String sectionAnchor) {
		return this.quotes.stream()
			.filter(ExtractedQuote::pull)
			.filter(quote -> Objects.equals(quote.sectionAnchor(), sectionAnchor))
			.toList();
	}

	/** The timeline grouped by year, earliest year first. */
	public List<TimelineYear> timelineByYear() {
		List<TimelineYear> years = new ArrayList<>();
		for (DatedEvent event : this.timeline) {
			int year = TimexFormat.year(event.value());
			if (years.isEmpty() || years.get(years.size() - 1).year() != year) {
				years.add(new TimelineYear(year, new ArrayList<>()));
			}
			years.get(years.size() - 1).events().add(event);
		}
		return years;
	}

	/** The events of one year of an article's timeline. */
	public record TimelineYear(int year, List<DatedEvent> events) {
	}

	/** The sections that have a heading, for the table of contents. */
	public List<SectionView> headedSections() {
		return this.sections.stream().filter(section -> !section.isLead()).toList();
	}

}
