package dev.aiwire.article.desk;

import java.util.List;

/**
 * One page of the editors' list of articles.
 *
 * @param rows the articles of this page, last changed first
 * @param page its number, from 1
 * @param totalPages how many pages the list has (at least 1)
 * @param total how many articles match
 */
public record DeskPage(List<DeskRow> rows, int page, int totalPages, long total) {

	public DeskPage {
		rows = List.copyOf(rows);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

}
