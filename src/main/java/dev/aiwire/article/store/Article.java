package dev.aiwire.article.store;

import dev.aiwire.article.SectionView;
import dev.aiwire.article.ArticleStatus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A translated article, with its Markdown as written and its HTML as rendered at import.
 * Other modules refer to an article by its id, never to this entity.
 */
@Entity
@Table(name = "article")
public class Article {

	/**
	 * Length of the long text columns (Markdown, HTML): {@code text} in the migrations,
	 * which H2 reads as a varchar of at most a million characters and PostgreSQL as
	 * unbounded text.
	 */
	public static final int LONG_TEXT = 1_000_000;

	@Id
	// from a sequence, a block at a time (migration V83), so that inserts go in batches
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_keys")
	@SequenceGenerator(name = "article_keys", sequenceName = "article_seq", allocationSize = 50)
	private Long id;

	private String slug;

	private String lang;

	private String title;

	private String summary;

	@Column(name = "published_on")
	private LocalDate date;

	/**
	 * When the translation was (or will be) published: the home page, lists and feeds
	 * order by it.
	 */
	private Instant publishedAt;

	/**
	 * The day of {@link #publishedAt} in the site's time zone: readers see the article
	 * from that day.
	 */
	private LocalDate publicationDay;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private String source;

	private String url;

	/**
	 * A short key of the title and one of the address, kept at every write, which the
	 * duplicate check looks up through an index (migration V81): the title and the
	 * address may be too long for an index entry of their own.
	 */
	private Long titleKey;

	private Long urlKey;

	private String originalTitle;

	private String originalLanguage;

	private String author;

	private String translator;

	private String translation;

	private String translationKey;

	private int readingMinutes;

	@Column(length = Article.LONG_TEXT)
	private String markdown;

	@Column(length = Article.LONG_TEXT)
	private String html;

	@Column(length = Article.LONG_TEXT)
	private String footerHtml;

	@Column(length = Article.LONG_TEXT)
	private String extra;

	@Column(length = Article.LONG_TEXT)
	private String bodyText;

	private String contentHash;

	private String sourcePath;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	private Instant trashedAt;

	@Enumerated(EnumType.STRING)
	private ArticleStatus trashedFrom;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@OrderBy("position")
	private List<ArticleSection> sections = new ArrayList<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderColumn(name = "position")
	private List<Tag> tags = new ArrayList<>();

	protected Article() {
	}

	public Article(String slug, String sourcePath, Instant now) {
		this.slug = slug;
		this.sourcePath = sourcePath;
		this.createdAt = now;
	}

	/**
	 * Takes a new version of the article: its fields, rendered body, sections and tags.
	 */
	public void revise(ArticleContent content, List<Tag> tags, Instant now) {
		this.lang = content.lang();
		this.title = content.title();
		this.summary = content.summary();
		this.date = content.date();
		ArticleStatus written = content.draft() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
		if (this.status == ArticleStatus.TRASHED) {
			this.trashedFrom = written;
		}
		else {
			this.status = written;
		}
		this.source = content.source();
		this.url = content.url();
		this.originalTitle = content.originalTitle();
		this.originalLanguage = content.originalLanguage();
		this.author = content.author();
		this.translator = content.translator();
		this.translation = content.translation();
		this.translationKey = content.translationKey();
		this.readingMinutes = content.readingMinutes();
		this.markdown = content.markdown();
		this.html = content.html();
		this.footerHtml = content.footerHtml();
		this.extra = content.extraJson();
		this.bodyText = content.bodyText();
		this.contentHash = content.contentHash();
		this.updatedAt = now;
		this.sections.clear();
		for (SectionView section : content.sections()) {
			this.sections
				.add(new ArticleSection(this, section.position(), section.heading(), section.anchor(), section.html()));
		}
		this.tags.clear();
		this.tags.addAll(tags);
	}

	@PrePersist
	@PreUpdate
	void keepKeys() {
		this.titleKey = keyOf(this.title);
		this.urlKey = keyOf(this.url);
	}

	/**
	 * The key a title or an address is looked up by: 64 bits of its SHA-256 in UTF-8, or
	 * null for none. Two values may share a key: whoever looks up compares the values.
	 */
	static Long keyOf(String value) {
		if (value == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Gives the article a new address; the caller keeps the old one as an alias. */
	public void renameTo(String slug, Instant now) {
		this.slug = slug;
		this.updatedAt = now;
	}

	/** Hides the article from readers until it is restored or the trash is emptied. */
	public void moveToTrash(Instant now) {
		if (this.status != ArticleStatus.TRASHED) {
			this.trashedFrom = this.status;
			this.status = ArticleStatus.TRASHED;
			this.trashedAt = now;
			this.updatedAt = now;
		}
	}

	/** Takes the article out of the trash, in the state it had before. */
	public void restoreFromTrash(Instant now) {
		if (this.status == ArticleStatus.TRASHED) {
			this.status = (this.trashedFrom != null) ? this.trashedFrom : ArticleStatus.DRAFT;
			this.trashedFrom = null;
			this.trashedAt = null;
			this.updatedAt = now;
		}
	}

	/**
	 * Sets when the translation is published: the time the editor gave, else the one it
	 * already had, else, the first time it is published, the one given as first. A draft
	 * without a time keeps none until it is published.
	 * @param given the time the front matter gives, or null
	 * @param first the time a first publication takes when none is given
	 * @param zone the site's time zone, which decides the day readers see it from
	 */
	public void publish(Instant given, Instant first, ZoneId zone) {
		Instant at = (given != null) ? given : this.publishedAt;
		if (at == null && (this.status == ArticleStatus.PUBLISHED || this.trashedFrom == ArticleStatus.PUBLISHED)) {
			at = first;
		}
		this.publishedAt = at;
		this.publicationDay = (at != null) ? LocalDate.ofInstant(at, zone) : null;
	}

	/**
	 * The day from which readers see the article (its publication day, which may be still
	 * to come), or null while only editors do: a draft, or an article in the trash.
	 */
	public LocalDate visibleFrom() {
		return (this.status == ArticleStatus.PUBLISHED) ? this.publicationDay : null;
	}

	/**
	 * When the translation was or will be published, or null for a draft never published.
	 */
	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public boolean isTrashed() {
		return this.status == ArticleStatus.TRASHED;
	}

	public Instant getTrashedAt() {
		return this.trashedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getLang() {
		return this.lang;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public String getSource() {
		return this.source;
	}

	public String getUrl() {
		return this.url;
	}

	public String getOriginalTitle() {
		return this.originalTitle;
	}

	public String getOriginalLanguage() {
		return this.originalLanguage;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getTranslator() {
		return this.translator;
	}

	public String getTranslation() {
		return this.translation;
	}

	public String getTranslationKey() {
		return this.translationKey;
	}

	public int getReadingMinutes() {
		return this.readingMinutes;
	}

	public String getMarkdown() {
		return this.markdown;
	}

	public String getHtml() {
		return this.html;
	}

	public String getFooterHtml() {
		return this.footerHtml;
	}

	/**
	 * The text of the body as search reads it: headings and paragraphs, one a line, no
	 * footer.
	 */
	public String getBodyText() {
		return this.bodyText;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getSourcePath() {
		return this.sourcePath;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public List<ArticleSection> getSections() {
		return this.sections;
	}

	public List<Tag> getTags() {
		return this.tags;
	}

}
