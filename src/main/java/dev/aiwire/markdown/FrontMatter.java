package dev.aiwire.markdown;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validated front matter of an article. Only {@code title} and {@code date} are
 * required; fields the portal does not know are kept in {@code extra}.
 *
 * @param title the translated title
 * @param slug the slug the editor chose, or null to derive one from the title
 * @param lang language of this translation ({@code fr} by default)
 * @param date publication date of the original; relative dates in the text resolve
 * against it
 * @param source outlet of the original
 * @param url address of the original (http or https only)
 * @param originalTitle title in the original language
 * @param originalLanguage language of the original ({@code zh}...)
 * @param author original author(s)
 * @param translator who translated it
 * @param translation how it was translated: {@code human}, {@code machine} or
 * {@code mixed}
 * @param translationKey articles sharing it are translations of one original
 * @param tags tags, in the editor's order, without duplicates
 * @param summary the editor's summary, or null
 * @param status {@code published} (default) or {@code draft}
 * @param pullQuotes the editor's choice of pull-quotes: null lets the portal choose, an
 * empty list suppresses them, otherwise the first words of each quotation to pull
 * @param extra every other field, as written
 * @param published when the translation is (or was) published, or null to let the portal
 * say it
 */
public record FrontMatter(String title, String slug, String lang, LocalDate date, String source, String url,
		String originalTitle, String originalLanguage, String author, String translator, String translation,
		String translationKey, List<String> tags, String summary, String status, List<String> pullQuotes,
		Map<String, Object> extra, PublicationTime published) {

	public FrontMatter {
		tags = List.copyOf(tags);
		pullQuotes = (pullQuotes != null) ? List.copyOf(pullQuotes) : null;
		extra = Map.copyOf(extra);
	}

	/** Front matter that leaves the publication time to the portal. */
	public FrontMatter(String title, String slug, String lang, LocalDate date, String source, String url,
			String originalTitle, String originalLanguage, String author, String translator, String translation,
			String translationKey, List<String> tags, String summary, String status, List<String> pullQuotes,
			Map<String, Object> extra) {
		this(title, slug, lang, date, source, url, originalTitle, originalLanguage, author, translator, translation,
				translationKey, tags, summary, status, pullQuotes, extra, null);
	}

	public boolean isDraft() {
		return "draft".equals(this.status);
	}

}
