package dev.aiwire.article;

/**
 * What an editor looks for in the list of articles.
 *
 * @param state one state, or null for every article outside the trash
 * @param lang a language code, or null for all
 * @param title words the title contains, or null
 * @param page the page, from 1
 */
public record ArticleQuery(EditorialState state, String lang, String title, int page) {

	public ArticleQuery {
		lang = (lang == null || lang.isBlank()) ? null : lang.strip();
		title = (title == null || title.isBlank()) ? null : title.strip();
		page = Math.max(1, page);
	}

}
