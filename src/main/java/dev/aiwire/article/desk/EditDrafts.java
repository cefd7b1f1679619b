package dev.aiwire.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.store.ArticleRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits in progress kept on the server, one per article, so that a closed tab or a lost
 * session loses nothing: written by the edit page's autosave and its "save the draft"
 * button, restored when the page opens again, removed once the changes are published or
 * the editor discards them. A draft never changes the live article.
 */
@Service
@Transactional(readOnly = true)
public class EditDrafts {

	private final EditDraftRepository drafts;

	private final ArticleRepository articles;

	private final Clock clock;

	EditDrafts(EditDraftRepository drafts, ArticleRepository articles, Clock clock) {
		this.drafts = drafts;
		this.articles = articles;
		this.clock = clock;
	}

	/**
	 * Keeps an edit aside, over the article's previous draft if any.
	 * @param baseVersion the version of the article the edit started from
	 * @throws ArticleNotFoundException when there is no such article
	 */
	@Transactional
	public PendingEdit save(long articleId, String markdown, String slug, String status, long baseVersion,
			String editor) {
		if (!this.articles.existsById(articleId)) {
			throw new ArticleNotFoundException(String.valueOf(articleId));
		}
		EditDraft draft = this.drafts.findById(articleId).orElseGet(() -> new EditDraft(articleId));
		draft.write(markdown, slug, status, baseVersion, editor, Instant.now(this.clock));
		return this.drafts.save(draft).view();
	}

	/** The edit kept aside for an article, if any. */
	public Optional<PendingEdit> pending(long articleId) {
		return this.drafts.findById(articleId).map(EditDraft::view);
	}

	/** Forgets the edit kept aside for an article; whether there was one. */
	@Transactional
	public boolean discard(long articleId) {
		if (!this.drafts.existsById(articleId)) {
			return false;
		}
		this.drafts.deleteById(articleId);
		return true;
	}

}
