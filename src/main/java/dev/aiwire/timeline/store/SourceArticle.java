package dev.aiwire.timeline.store;

import dev.aiwire.timeline.TimelineArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The article some stored events come from, as the timeline keeps it (see
 * {@link TimelineArticle}). One made with its article's id is new: saving it inserts it
 * without first reading the row that cannot be there.
 */
@Entity
@Table(name = "timeline_article")
public class SourceArticle implements Persistable<Long> {

	@Id
	@Column(name = "article_id")
	private long articleId;

	private String slug;

	private String title;

	private String lang;

	@Column(name = "published_on")
	private LocalDate date;

	private LocalDate visibleFrom;

	private String translationKey;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "timeline_article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<SourceTag> tags = new ArrayList<>();

	@Transient
	private boolean created;

	protected SourceArticle() {
	}

	public SourceArticle(long articleId) {
		this.articleId = articleId;
		this.created = true;
	}

	@Override
	public Long getId() {
		return this.articleId;
	}

	@Override
	public boolean isNew() {
		return this.created;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.created = false;
	}

	/** Takes what the article module says of the article now. */
	public void describe(TimelineArticle article) {
		this.slug = article.slug();
		this.title = article.title();
		this.lang = article.lang();
		this.date = article.date();
		this.visibleFrom = article.visibleFrom();
		this.translationKey = article.translationKey();
		this.tags.clear();
		article.tags().forEach(tag -> this.tags.add(new SourceTag(tag.slug(), tag.name())));
	}

	/** A tag of a source article. */
	@Embeddable
	static class SourceTag {

		private String slug;

		private String name;

		protected SourceTag() {
		}

		SourceTag(String slug, String name) {
			this.slug = slug;
			this.name = name;
		}

	}

}
