package dev.aiwire.article.desk;

/**
 * What an editor looks for in the list of articles.
 *
 * @param state one state, or null for every article outside the trash
 * @param lang a language code, or null for all
 * @param title words the title contains, or null
 * @param page the page, from 1
 */
public record DeskQuery(EditorialState state, String lang, String title, int page) {

	public DeskQuery {
		lang = (lang == null || lang.isBlank()) ? null : lang.strip();
		title = (title == null || title.isBlank()) ? null : title.strip();
		page = Math.max(1, page);
	}

}
