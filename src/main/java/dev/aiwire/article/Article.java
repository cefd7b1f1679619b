package dev.aiwire.article;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.timeline.Visibility;

/** A translated article, with its Markdown as written and its HTML as rendered at import. */
@Entity
@Table(name = "article")
class Article {

	/**
	 * Length of the long text columns (Markdown, HTML): {@code text} in the migrations, which H2
	 * reads as a varchar of at most a million characters and PostgreSQL as unbounded text.
	 */
	static final int LONG_TEXT = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String lang;

	private String title;

	private String summary;

	@Column(name = "published_on")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private String source;

	private String url;

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

	Article(String slug, String sourcePath, Instant now) {
		this.slug = slug;
		this.sourcePath = sourcePath;
		this.createdAt = now;
	}

	/** Takes a new version of the article: its fields, rendered body, sections and tags. */
	void revise(Rendition rendition, List<Tag> tags, Instant now) {
		FrontMatter fm = rendition.document().frontMatter();
		this.lang = fm.lang();
		this.title = fm.title();
		this.summary = rendition.document().summary();
		this.date = fm.date();
		ArticleStatus written = fm.isDraft() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
		if (this.status == ArticleStatus.TRASHED) {
			this.trashedFrom = written;
		}
		else {
			this.status = written;
		}
		this.source = fm.source();
		this.url = fm.url();
		this.originalTitle = fm.originalTitle();
		this.originalLanguage = fm.originalLanguage();
		this.author = fm.author();
		this.translator = fm.translator();
		this.translation = fm.translation();
		this.translationKey = fm.translationKey();
		this.readingMinutes = rendition.document().readingMinutes();
		this.markdown = rendition.markdown();
		this.html = rendition.html();
		this.footerHtml = rendition.document().footer().html();
		this.extra = rendition.extraJson();
		this.contentHash = rendition.contentHash();
		this.updatedAt = now;
		this.sections.clear();
		for (Rendition.RenderedSection section : rendition.sections()) {
			this.sections.add(new ArticleSection(this, section.position(), section.heading(), section.anchor(),
					section.html()));
		}
		this.tags.clear();
		this.tags.addAll(tags);
	}

	/** Gives the article a new address; the caller keeps the old one as an alias. */
	void renameTo(String slug, Instant now) {
		this.slug = slug;
		this.updatedAt = now;
	}

	/** Hides the article from readers until it is restored or the trash is emptied. */
	void moveToTrash(Instant now) {
		if (this.status != ArticleStatus.TRASHED) {
			this.trashedFrom = this.status;
			this.status = ArticleStatus.TRASHED;
			this.trashedAt = now;
			this.updatedAt = now;
		}
	}

	/** Takes the article out of the trash, in the state it had before. */
	void restoreFromTrash(Instant now) {
		if (this.status == ArticleStatus.TRASHED) {
			this.status = (this.trashedFrom != null) ? this.trashedFrom : ArticleStatus.DRAFT;
			this.trashedFrom = null;
			this.trashedAt = null;
			this.updatedAt = now;
		}
	}

	/** Who may read this article's events on the site timeline: readers from its date once published. */
	Visibility timelineVisibility() {
		return new Visibility((this.status == ArticleStatus.PUBLISHED) ? this.date : null, this.lang);
	}

	boolean isTrashed() {
		return this.status == ArticleStatus.TRASHED;
	}

	Instant getTrashedAt() {
		return this.trashedAt;
	}

	long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getLang() {
		return this.lang;
	}

	String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	LocalDate getDate() {
		return this.date;
	}

	ArticleStatus getStatus() {
		return this.status;
	}

	String getSource() {
		return this.source;
	}

	String getUrl() {
		return this.url;
	}

	String getOriginalTitle() {
		return this.originalTitle;
	}

	String getOriginalLanguage() {
		return this.originalLanguage;
	}

	String getAuthor() {
		return this.author;
	}

	String getTranslator() {
		return this.translator;
	}

	String getTranslation() {
		return this.translation;
	}

	String getTranslationKey() {
		return this.translationKey;
	}

	int getReadingMinutes() {
		return this.readingMinutes;
	}

	String getMarkdown() {
		return this.markdown;
	}

	String getHtml() {
		return this.html;
	}

	String getFooterHtml() {
		return this.footerHtml;
	}

	String getContentHash() {
		return this.contentHash;
	}

	String getSourcePath() {
		return this.sourcePath;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	List<ArticleSection> getSections() {
		return this.sections;
	}

	List<Tag> getTags() {
		return this.tags;
	}

}
