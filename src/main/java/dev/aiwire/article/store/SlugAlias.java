package dev.aiwire.article.store;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A slug an article had before it was renamed: links to it redirect to the article's new
 * slug.
 */
@Entity
@Table(name = "slug_alias")
public class SlugAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private Instant createdAt;

	protected SlugAlias() {
	}

	public SlugAlias(String slug, Article article, Instant createdAt) {
		this.slug = slug;
		this.article = article;
		this.createdAt = createdAt;
	}

	/** Points the old slug at another article, which took it over and then left it. */
	public void pointTo(Article article, Instant now) {
		this.article = article;
		this.createdAt = now;
	}

	public String getSlug() {
		return this.slug;
	}

}
