package dev.aiwire.article.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.ArticleStatus;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.store.Revision;
import dev.aiwire.article.store.RevisionRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' desk: every article whatever its state, found by state, language and
 * title, and the history of each, with any earlier version restored as a new one.
 */
@Service
@Transactional(readOnly = true)
public class DeskService {

	/** Articles on a page of the editors' list. */
	public static final int PAGE_SIZE = 50;

	private final EditorialRepository desk;

	private final RevisionRepository revisions;

	private final EditingService editing;

	private final Clock clock;

	DeskService(EditorialRepository desk, RevisionRepository revisions, EditingService editing, Clock clock) {
		this.desk = desk;
		this.revisions = revisions;
		this.editing = editing;
		this.clock = clock;
	}

	/** Articles matching a query, last changed first. */
	public DeskPage list(DeskQuery query) {
		LocalDate today = LocalDate.now(this.clock);
		ArticleStatus status = null;
		LocalDate after = null;
		LocalDate notAfter = null;
		if (query.state() != null) {
			switch (query.state()) {
				case PUBLISHED -> {
					status = ArticleStatus.PUBLISHED;
					notAfter = today;
				}
				case SCHEDULED -> {
					status = ArticleStatus.PUBLISHED;
					after = today;
				}
				case DRAFT -> status = ArticleStatus.DRAFT;
				case TRASHED -> status = ArticleStatus.TRASHED;
			}
		}
		String pattern = (query.title() == null) ? null : "%"
				+ query.title().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		Page<Article> found = this.desk.search(status, query.lang(), pattern, after, notAfter,
				PageRequest.of(query.page() - 1, PAGE_SIZE));
		List<DeskRow> rows = found.getContent()
			.stream()
			.map(article -> new DeskRow(article.getId(), article.getSlug(), article.getTitle(), article.getLang(),
					article.getDate(), EditorialState.of(article.getStatus(), article.visibleFrom(), today),
					article.getUpdatedAt()))
			.toList();
		return new DeskPage(rows, query.page(), Math.max(1, found.getTotalPages()), found.getTotalElements());
	}

	/** Every saved version of an article, newest first. */
	public List<RevisionView> revisions(long articleId) {
		List<RevisionView> views = new java.util.ArrayList<>(
				this.revisions.findByArticle(articleId).stream().map(revision -> view(articleId, revision)).toList());
		java.util.Collections.reverse(views);
		return List.copyOf(views);
	}

	/** One saved version of an article. */
	public RevisionView revision(long articleId, int number) {
		return this.revisions.findByArticleAndNumber(articleId, number)
			.map(revision -> view(articleId, revision))
			.orElseThrow(() -> new ArticleNotFoundException(articleId + " revision " + number));
	}

	/**
	 * Saves an earlier version of an article again, as its newest revision; the versions
	 * between stay in the history.
	 */
	@Transactional
	public PublishResult restore(long articleId, int number, String editor) {
		RevisionView revision = revision(articleId, number);
		DeskArticle current = this.editing.draft(articleId);
		return this.editing.update(articleId, current.version(), revision.markdown(), editor);
	}

	private static RevisionView view(long articleId, Revision revision) {
		return new RevisionView(articleId, revision.getNumber(), revision.getEditor(), revision.getCreatedAt(),
				revision.getMarkdown());
	}

}
