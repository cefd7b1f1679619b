package dev.aiwire.article;

import java.util.List;

/**
 * One page of an article list.
 *
 * @param articles the articles of this page
 * @param page its number, from 1
 * @param totalPages how many pages the list has (at least 1)
 * @param totalArticles how many articles the list has
 */
public record ArticlePage(List<ArticleCard> articles, int page, int totalPages, long totalArticles) {

	public ArticlePage {
		articles = List.copyOf(articles);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

}
