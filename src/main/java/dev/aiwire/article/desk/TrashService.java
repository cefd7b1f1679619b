package dev.aiwire.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.publishing.ArticleCleanup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trash: a deleted article leaves readers' pages but keeps everything, until an
 * editor restores it or empties the trash, which deletes it for good.
 */
@Service
@Transactional(readOnly = true)
public class TrashService {

	private static final Logger logger = LoggerFactory.getLogger(TrashService.class);

	private final EditorialRepository desk;

	private final ArticleRepository articles;

	private final ArticleCleanup cleanup;

	private final Clock clock;

	TrashService(EditorialRepository desk, ArticleRepository articles, ArticleCleanup cleanup, Clock clock) {
		this.desk = desk;
		this.articles = articles;
		this.cleanup = cleanup;
		this.clock = clock;
	}

	/** Moves an article to the trash. */
	@Transactional
	public void trash(long articleId, String editor) {
		Article article = find(articleId);
		if (!article.isTrashed()) {
			article.moveToTrash(Instant.now(this.clock));
			logger.info("Article '{}' (id {}) moved to the trash by {}", article.getSlug(), articleId, editor);
			this.cleanup.removed(article, editor);
		}
	}

	/** Takes an article out of the trash, in the state it had. */
	@Transactional
	public void restore(long articleId, String editor) {
		Article article = find(articleId);
		if (article.isTrashed()) {
			article.restoreFromTrash(Instant.now(this.clock));
			logger.info("Article '{}' (id {}) restored from the trash by {}", article.getSlug(), articleId, editor);
			this.cleanup.restored(article, editor);
		}
	}

	/** The articles in the trash, first trashed first. */
	public List<DeskRow> trashed() {
		return this.desk.findTrashed()
			.stream()
			.map(article -> new DeskRow(article.getId(), article.getSlug(), article.getTitle(), article.getLang(),
					article.getDate(), EditorialState.TRASHED, article.getUpdatedAt()))
			.toList();
	}

	/**
	 * Deletes every article of the trash for good, with its revisions; returns how many.
	 */
	@Transactional
	public int emptyTrash(String editor) {
		List<Article> trashed = this.desk.findTrashed();
		for (Article article : trashed) {
			this.cleanup.deleted(article, editor);
			this.articles.delete(article);
		}
		logger.info("Trash emptied by {}: {} article(s) deleted for good", editor, trashed.size());
		return trashed.size();
	}

	private Article find(long articleId) {
		return this.articles.findById(articleId)
			.orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
	}

}
