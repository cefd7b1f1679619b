package dev.aiwire.article.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One section of an article as rendered at import: the lead (no heading) or a headed
 * part.
 */
@Entity
@Table(name = "article_section")
public class ArticleSection {

	@Id
	// keys from a sequence, fifty at a time (see the V80 migration), so that an
	// article's rows are inserted in JDBC batches
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_section_keys")
	@SequenceGenerator(name = "article_section_keys", sequenceName = "article_section_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private int position;

	private String heading;

	private String anchor;

	@Column(length = Article.LONG_TEXT)
	private String html;

	protected ArticleSection() {
	}

	ArticleSection(Article article, int position, String heading, String anchor, String html) {
		this.article = article;
		this.position = position;
		this.heading = (heading != null && heading.length() > 500) ? heading.substring(0, 500) : heading;
		this.anchor = anchor;
		this.html = html;
	}

	public int getPosition() {
		return this.position;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getAnchor() {
		return this.anchor;
	}

	public String getHtml() {
		return this.html;
	}

}
