package dev.aiwire.article.desk;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.store.Revision;
import dev.aiwire.article.store.RevisionRepository;
import dev.aiwire.article.publishing.PublishingService;
import dev.aiwire.article.publishing.Rendition;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors write in the admin: previews that save nothing, new articles, and new
 * versions of articles, each saved as a revision with its editor's name. A version saved
 * over one the editor did not see is refused, never merged. Each save parses the Markdown
 * once: the preview's rendition is the one stored.
 */
@Service
@Transactional(readOnly = true)
public class EditingService {

	private final ArticlePreviews previews;

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final ArticleSlugs slugs;

	private final PublishingService publishing;

	EditingService(ArticlePreviews previews, ArticleRepository articles, RevisionRepository revisions,
			ArticleSlugs slugs, PublishingService publishing) {
		this.previews = previews;
		this.articles = articles;
		this.revisions = revisions;
		this.slugs = slugs;
		this.publishing = publishing;
	}

	/**
	 * Renders an upload as a new article would read, saving nothing.
	 * @throws DocumentException naming the field or line at fault
	 */
	public DeskPreview preview(String markdown) {
		return this.previews.preview(markdown, null).preview();
	}

	/** Renders a stored article, visible to readers or not, as readers would see it. */
	public DeskPreview previewStored(long articleId) {
		Article article = find(articleId);
		return this.previews.preview(article.getMarkdown(), article).preview();
	}

	/**
	 * Renders an edit of a stored article as readers will see it once published, saving
	 * nothing, with the quotations and the dated events it adds, removes or changes in
	 * the live article.
	 * @throws DocumentException naming the field or line at fault
	 */
	public EditPreview previewEdit(long articleId, String markdown) {
		Article article = find(articleId);
		DeskPreview live = this.previews.preview(article.getMarkdown(), article).preview();
		DeskPreview edited = this.previews.preview(markdown, article).preview();
		return new EditPreview(edited, article.getVersion(),
				ExtractionChanges.ofQuotes(live.article().quotes(), edited.article().quotes()),
				ExtractionChanges.ofEvents(live.article().timeline(), edited.article().timeline()));
	}

	/** The article as an editor opens it to change it. */
	public DeskArticle draft(long articleId) {
		return draftOf(find(articleId));
	}

	/**
	 * Saves an upload as a new article. The slug it settles on is written into its front
	 * matter, so that the stored Markdown names its address.
	 * @throws SlugTakenException when the front matter asks for another article's slug
	 * @throws DocumentException naming the field or line at fault
	 */
	@Transactional
	public PublishResult create(String markdown, String editor) {
		ArticlePreviews.Previewed previewed = this.previews.preview(markdown, null);
		if (previewed.preview().slugConflict() != null) {
			throw new SlugTakenException(previewed.preview().slugConflict());
		}
		Rendition rendition = previewed.rendition();
		if (rendition.frontMatter().slug() == null) {
			rendition = rendition.withFrontMatterField("slug", previewed.slug());
		}
		this.slugs.claim(previewed.slug());
		return this.publishing.store(null, rendition, previewed.slug(), editor);
	}

	/**
	 * Saves a new version of an article. A slug changed in the front matter renames the
	 * article and keeps the old slug as an alias.
	 * @param version the version the editor started from
	 * @throws EditConflictException when someone saved the article since that version
	 * @throws SlugTakenException when the new slug is another article's
	 * @throws DocumentException naming the field or line at fault
	 */
	@Transactional
	public PublishResult update(long articleId, long version, String markdown, String editor) {
		Article article = find(articleId);
		if (article.getVersion() != version) {
			throw new EditConflictException(draftOf(article));
		}
		ArticlePreviews.Previewed previewed = this.previews.preview(markdown, article);
		if (previewed.preview().slugConflict() != null) {
			throw new SlugTakenException(previewed.preview().slugConflict());
		}
		FrontMatter frontMatter = previewed.rendition().frontMatter();
		if (frontMatter.slug() != null) {
			this.slugs.rename(article, frontMatter.slug());
		}
		return this.publishing.store(article, previewed.rendition(), article.getSlug(), editor);
	}

	private Article find(long articleId) {
		return this.articles.findById(articleId)
			.orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
	}

	private DeskArticle draftOf(Article article) {
		String lastEditor = this.revisions.findFirstByArticleIdOrderByNumberDesc(article.getId())
			.map(Revision::getEditor)
			.orElse(null);
		return new DeskArticle(article.getId(), article.getSlug(), article.getTitle(), article.getLang(),
				article.getDate(), this.previews.stateOf(article), article.getMarkdown(), article.getVersion(),
				article.getUpdatedAt(), lastEditor);
	}

}
