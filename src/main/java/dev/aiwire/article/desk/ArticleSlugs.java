package dev.aiwire.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.store.SlugAlias;
import dev.aiwire.article.store.SlugAliasRepository;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.Slugs;

import org.springframework.stereotype.Component;

/**
 * The slugs of articles as editors change them: who has a slug, a free one like it, and
 * renaming an article so that its old slug keeps working as an alias.
 */
@Component
class ArticleSlugs {

	private final ArticleRepository articles;

	private final SlugAliasRepository aliases;

	private final Clock clock;

	ArticleSlugs(ArticleRepository articles, SlugAliasRepository aliases, Clock clock) {
		this.articles = articles;
		this.aliases = aliases;
		this.clock = clock;
	}

	/**
	 * Another article that has this slug, if any (an article does not conflict with
	 * itself).
	 */
	Optional<SlugConflict> conflict(String slug, Long articleId) {
		return this.articles.findBySlug(slug)
			.filter(other -> !other.getId().equals(articleId))
			.map(other -> new SlugConflict(slug, other.getId(), other.getTitle(), other.getVersion(),
					freeSlugLike(slug)));
	}

	/**
	 * The slug a new article gets: the editor's, or one derived from the title and made
	 * unique.
	 */
	String slugFor(FrontMatter frontMatter) {
		if (frontMatter.slug() != null) {
			return frontMatter.slug();
		}
		String base = Slugs.slugify(frontMatter.title(), 80);
		return freeSlugLike(base.isEmpty() ? "article-" + frontMatter.date() : base);
	}

	/** The slug itself when free, else the first free one of slug-2, slug-3... */
	String freeSlugLike(String slug) {
		String candidate = slug;
		for (int n = 2; this.articles.existsBySlug(candidate); n++) {
			candidate = slug + "-" + n;
		}
		return candidate;
	}

	/**
	 * A new article takes a slug: an alias another article kept of it no longer applies.
	 */
	void claim(String slug) {
		this.aliases.deleteBySlug(slug);
	}

	/**
	 * Renames an article; its old slug becomes an alias that redirects readers to the new
	 * one.
	 */
	void rename(Article article, String newSlug) {
		String oldSlug = article.getSlug();
		if (oldSlug.equals(newSlug)) {
			return;
		}
		Instant now = Instant.now(this.clock);
		this.aliases.deleteBySlug(newSlug);
		SlugAlias alias = this.aliases.findBySlug(oldSlug).orElse(null);
		if (alias == null) {
			this.aliases.save(new SlugAlias(oldSlug, article, now));
		}
		else {
			alias.pointTo(article, now);
		}
		article.renameTo(newSlug, now);
	}

}
