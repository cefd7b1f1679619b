package dev.aiwire.article.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.ArticleStatus;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.TagRef;
import dev.aiwire.article.TranslationLink;
import dev.aiwire.article.publishing.Rendition;
import dev.aiwire.article.publishing.RenditionFactory;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Slugs;
import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.timeline.VagueDates;

import org.springframework.stereotype.Component;

/**
 * Renders Markdown as the page readers will see, without saving anything, and lists what
 * an editor should act on. The rendition it makes is the one publishing stores: an
 * article is parsed once per save.
 */
@Component
class ArticlePreviews {

	/** Words of a quotation shown in a warning. */
	private static final int QUOTE_WORDS = 12;

	private final RenditionFactory renditions;

	private final ArticleRepository articles;

	private final ArticleSlugs slugs;

	private final Clock clock;

	ArticlePreviews(RenditionFactory renditions, ArticleRepository articles, ArticleSlugs slugs, Clock clock) {
		this.renditions = renditions;
		this.articles = articles;
		this.slugs = slugs;
		this.clock = clock;
	}

	/**
	 * Renders Markdown as a new article (existing null) or a new version of an article.
	 * @throws DocumentException when the Markdown is not a valid article
	 */
	Previewed preview(String markdown, Article existing) {
		Long id = (existing != null) ? existing.getId() : null;
		Rendition rendition = this.renditions.render(markdown, id);
		ParsedDocument document = rendition.document();
		FrontMatter fm = document.frontMatter();
		SlugConflict conflict = (fm.slug() != null) ? this.slugs.conflict(fm.slug(), id).orElse(null) : null;
		String slug;
		if (fm.slug() != null) {
			slug = fm.slug();
		}
		else {
			slug = (existing != null) ? existing.getSlug() : this.slugs.slugFor(fm);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<TagRef> tags = fm.tags().stream().map(name -> new TagRef(Slugs.slugify(name, 80), name)).toList();
		List<TranslationLink> translations = (fm.translationKey() == null) ? List.of()
				: this.articles.findVisibleTranslations(fm.translationKey(), (id != null) ? id : -1L, today)
					.stream()
					.map(other -> new TranslationLink(other.getSlug(), other.getLang(), other.getTitle()))
					.toList();
		Instant publication = (fm.published() != null) ? fm.published().in(this.clock.getZone())
				: (existing != null) ? existing.getPublishedAt() : null;
		ReaderArticle view = new ReaderArticle((id != null) ? id : 0L, slug, fm.lang(), fm.title(), document.summary(),
				fm.date(), fm.source(), fm.url(), fm.originalTitle(), fm.originalLanguage(), fm.author(),
				fm.translator(), fm.translation(), document.readingMinutes(), rendition.content().sections(),
				document.footer().html(), tags, translations, rendition.extracted().events(),
				rendition.extracted().quotes(), Instant.now(this.clock), LocalDate
					.ofInstant((publication != null) ? publication : Instant.now(this.clock), this.clock.getZone()));
		EditorialState state = EditorialState.of(fm.isDraft() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED,
				(publication != null) ? LocalDate.ofInstant(publication, this.clock.getZone()) : null, today);
		DeskPreview preview = new DeskPreview(view, markdown, state, warnings(rendition, state), conflict,
				(existing == null) ? duplicates(rendition) : List.of());
		return new Previewed(rendition, slug, preview);
	}

	/**
	 * Articles this upload seems to repeat: the same original address, or the same text
	 * once spacing, case and punctuation are set aside. Trashed articles are left out.
	 */
	private List<Duplicate> duplicates(Rendition rendition) {
		FrontMatter fm = rendition.frontMatter();
		String text = comparable(rendition.content().bodyText());
		Map<Long, Article> candidates = new LinkedHashMap<>();
		if (fm.url() != null) {
			this.articles.findByUrl(fm.url()).forEach(article -> candidates.put(article.getId(), article));
		}
		// two indexed lookups: one "title or date" read the whole table
		this.articles.findByTitle(fm.title()).forEach(article -> candidates.put(article.getId(), article));
		this.articles.findByDate(fm.date()).forEach(article -> candidates.put(article.getId(), article));
		List<Duplicate> duplicates = new ArrayList<>();
		for (Article article : candidates.values()) {
			if (article.getTrashedAt() != null) {
				continue;
			}
			boolean sameUrl = fm.url() != null && fm.url().equals(article.getUrl());
			boolean sameText = !text.isEmpty() && text.equals(comparable(article.getBodyText()));
			if (sameUrl || sameText) {
				duplicates.add(new Duplicate(article.getId(), article.getSlug(), article.getTitle(),
						article.getVersion(), sameText, sameUrl));
			}
		}
		return duplicates;
	}

	/** A text with only its letters and digits, in lower case. */
	private static String comparable(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	/** Where a stored article stands today. */
	EditorialState stateOf(Article article) {
		return EditorialState.of(article.getStatus(), article.visibleFrom(), LocalDate.now(this.clock));
	}

	private static List<PreviewWarning> warnings(Rendition rendition, EditorialState state) {
		ParsedDocument document = rendition.document();
		List<PreviewWarning> warnings = new ArrayList<>();
		if (state == EditorialState.SCHEDULED) {
			warnings.add(new PreviewWarning(PreviewWarning.Kind.SCHEDULED, document.frontMatter().date().toString()));
		}
		if (document.frontMatter().source() == null) {
			warnings.add(new PreviewWarning(PreviewWarning.Kind.NO_SOURCE, null));
		}
		if (document.frontMatter().url() == null) {
			warnings.add(new PreviewWarning(PreviewWarning.Kind.NO_SOURCE_URL, null));
		}
		for (ExtractedQuote quote : rendition.extracted().quotes()) {
			if (quote.speaker() == null) {
				warnings.add(new PreviewWarning(PreviewWarning.Kind.QUOTE_WITHOUT_SPEAKER, firstWords(quote.text())));
			}
			else if (!quote.confidence().isConfident()) {
				// read through a pronoun with a close second, or guessed from the
				// paragraph's topic
				warnings.add(new PreviewWarning(PreviewWarning.Kind.DOUBTFUL_SPEAKER,
						"« " + firstWords(quote.text()) + " » — " + quote.speaker()));
			}
		}
		for (VagueDates.VagueDate vague : rendition.extracted().vagueDates()) {
			warnings.add(new PreviewWarning(PreviewWarning.Kind.UNRESOLVED_DATE, vague.expression()));
		}
		for (String warning : document.warnings()) {
			warnings.add(new PreviewWarning(PreviewWarning.Kind.UNSAFE_MARKUP, warning));
		}
		return warnings;
	}

	private static String firstWords(String text) {
		String[] words = text.strip().split("\\s+");
		if (words.length <= QUOTE_WORDS) {
			return text.strip();
		}
		return String.join(" ", List.of(words).subList(0, QUOTE_WORDS)) + " …";
	}

	/**
	 * A preview and what publishing it would store.
	 *
	 * @param rendition the one rendition of the Markdown, which publishing stores as it
	 * is
	 * @param slug the slug the article would have: the front matter's, its own, or a free
	 * one derived from the title
	 * @param preview what the editor sees
	 */
	record Previewed(Rendition rendition, String slug, DeskPreview preview) {
	}

}
