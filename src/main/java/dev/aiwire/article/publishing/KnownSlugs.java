package dev.aiwire.article.publishing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiwire.article.store.ArticleRepository;

/**
 * The article slugs one transaction knows to be taken or free: a bulk import asks the
 * database once for the slugs its batch's articles would take, and remembers those its
 * own articles took. Asking for one slug at a time would make the database see every
 * article of the batch first, one flush per article, where the batch is meant to be
 * written at once.
 */
final class KnownSlugs {

	private final ArticleRepository articles;

	private final Map<String, Boolean> taken = new HashMap<>();

	KnownSlugs(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * Looks up those of these slugs not known yet, with one query, which does not flush
	 * the articles this transaction has not written yet: those took their slugs here.
	 */
	void lookUp(Collection<String> slugs) {
		Set<String> unknown = new HashSet<>(slugs);
		unknown.removeAll(this.taken.keySet());
		if (unknown.isEmpty()) {
			return;
		}
		unknown.forEach((slug) -> this.taken.put(slug, false));
		this.articles.findSlugsIn(unknown).forEach((slug) -> this.taken.put(slug, true));
	}

	/** Whether an article has this slug, asked of the database if not known yet. */
	boolean isTaken(String slug) {
		return this.taken.computeIfAbsent(slug, (one) -> !this.articles.findSlugsIn(List.of(one)).isEmpty());
	}

	/** An article of this transaction takes this slug. */
	void take(String slug) {
		this.taken.put(slug, true);
	}

}
