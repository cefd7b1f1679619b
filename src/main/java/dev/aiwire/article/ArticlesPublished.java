package dev.aiwire.article;

import java.util.List;

/**
 * Many articles were created, revised or extracted again in one transaction, by a bulk
 * import or a re-extraction: one event for the lot, so that listeners index them and
 * forget their caches once per batch rather than once per article. Published inside that
 * transaction, like {@link ArticlePublished}.
 *
 * @param articles each article written, in the order it was written
 */
public record ArticlesPublished(List<ArticlePublished> articles) {

	public ArticlesPublished {
		articles = List.copyOf(articles);
	}

	/** The ids of the articles, in the order they were written. */
	public List<Long> articleIds() {
		return this.articles.stream().map(ArticlePublished::articleId).toList();
	}

}
