package dev.aiwire.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article of the catalogue, as feeds, the sitemap and the search index read it: what
 * identifies it, links to it and credits it, without its body.
 *
 * @param id its id
 * @param slug the slug of its page
 * @param lang the language of this translation
 * @param title its title
 * @param summary its summary
 * @param date the publication date of the original
 * @param publishedAt when this translation was published
 * @param publicationDay its day where the site is: the article is visible from that day
 * @param updatedAt when this translation last changed
 * @param source the outlet of the original
 * @param url the original article
 * @param author the original's author(s), or null
 * @param translator who translated it, or null
 * @param translationKey the key shared by translations of one original, or null
 * @param tags its tags in the editor's order
 */
public record CatalogEntry(long id, String slug, String lang, String title, String summary, LocalDate date,
		Instant publishedAt, LocalDate publicationDay, Instant updatedAt, String source, String url, String author,
		String translator, String translationKey, List<TagRef> tags) {

	public CatalogEntry {
		tags = List.copyOf(tags);
	}

}
