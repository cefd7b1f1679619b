package dev.aiwire.article;

import java.util.List;

/**
 * Chooses the articles related to one, best first. The article module asks and another
 * module answers: the search module ranks by shared tags and speakers in its index.
 * Without an implementation, articles show no related articles.
 */
public interface RelatedArticles {

	/**
	 * Ids of published articles related to an article, best first, without the article
	 * itself or its translations.
	 */
	List<Long> relatedTo(long articleId, int limit);

}
