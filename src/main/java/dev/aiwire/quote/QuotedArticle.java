package dev.aiwire.quote;

import java.time.LocalDate;

/**
 * What the quote module keeps of the article its quotations come from, handed over by the
 * article module whenever it stores the quotations or the article's visibility changes:
 * enough to link a quotation to its article and to show only what readers may see,
 * without reading the article module's tables.
 *
 * @param id the article's id
 * @param slug the slug of its page
 * @param title its title
 * @param lang the language of this translation
 * @param date the publication date of the original
 * @param visibleFrom the day from which readers see it (its date, which may be still to
 * come), or null while only editors do
 * @param translationKey the key shared by translations of one original, or null
 */
public record QuotedArticle(long id, String slug, String title, String lang, LocalDate date, LocalDate visibleFrom,
		String translationKey) {
}
