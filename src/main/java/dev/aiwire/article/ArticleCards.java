package dev.aiwire.article;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.ArticleRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * Turns articles into the cards of index pages, with the tags of all of them read in one
 * query.
 */
@Component
class ArticleCards {

	private final ArticleRepository articles;

	ArticleCards(ArticleRepository articles) {
		this.articles = articles;
	}

	/** A page of a list, as cards, with the number of articles of the whole list. */
	ArticlePage page(Slice<Article> found, long total) {
		int pages = (int) Math.max(1, (total + found.getSize() - 1) / found.getSize());
		return new ArticlePage(summaries(found.getContent()), found.getNumber() + 1, pages, total);
	}

	List<ArticleCard> summaries(List<Article> found) {
		Map<Long, List<TagRef>> tags = tagsOf(found.stream().map(Article::getId).toList());
		return found.stream()
			.map(article -> new ArticleCard(article.getId(), article.getSlug(), article.getLang(), article.getTitle(),
					article.getSummary(), article.getDate(), article.getSource(), article.getReadingMinutes(),
					tags.getOrDefault(article.getId(), List.of()), article.visibleFrom()))
			.toList();
	}

	/** Tags of several articles, by article id, each list in the editor's order. */
	Map<Long, List<TagRef>> tagsOf(Collection<Long> ids) {
		Map<Long, List<TagRef>> tags = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return tags;
		}
		for (Object[] row : this.articles.findTagRows(ids)) {
			tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add(new TagRef((String) row[1], (String) row[2]));
		}
		return tags;
	}

}
