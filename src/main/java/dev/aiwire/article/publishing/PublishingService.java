package dev.aiwire.article.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.store.Revision;
import dev.aiwire.article.store.RevisionRepository;
import dev.aiwire.article.store.Tag;
import dev.aiwire.article.store.TagRepository;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing: parse, extract, store, in one transaction, from one parse of the Markdown.
 * An article keeps every version of its Markdown as a revision; importing the same
 * Markdown again writes nothing.
 */
@Service
public class PublishingService {

	private static final Logger logger = LoggerFactory.getLogger(PublishingService.class);

	static final String REEXTRACTION = "re-extraction";

	private final RenditionFactory renditions;

	private final ArticleRepository articles;

	private final TagRepository tags;

	private final RevisionRepository revisions;

	private final ExtractionStore extractions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PublishingService(RenditionFactory renditions, ArticleRepository articles, TagRepository tags,
			RevisionRepository revisions, ExtractionStore extractions, Clock clock, ApplicationEventPublisher events) {
		this.renditions = renditions;
		this.articles = articles;
		this.tags = tags;
		this.revisions = revisions;
		this.extractions = extractions;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Imports a file of the content folder. The file's path identifies the article: a
	 * changed file becomes a new revision of the same article.
	 * @throws DocumentException when the file is not a valid article
	 */
	@Transactional
	public PublishResult importFile(String sourcePath, byte[] bytes, String editor) {
		Rendition rendition = this.renditions.render(bytes);
		List<ArticlePublished> written = new ArrayList<>(1);
		PublishResult result = importRendition(sourcePath, rendition, editor, written, new KnownTags(this.tags),
				new KnownSlugs(this.articles), false);
		written.forEach(this.events::publishEvent);
		return result;
	}

	/**
	 * Stores a file of the content folder already rendered, in the caller's transaction,
	 * and adds the news of what it wrote to {@code written} instead of publishing it: a
	 * bulk import tells of many articles at once.
	 * @param knownTags the tags this transaction has looked up or created so far
	 * ({@link #knownTags}); those of this article are added
	 * @param knownSlugs the slugs this transaction has looked up or given so far
	 * ({@link #knownSlugs}); that of a new article is added
	 * @param knownNew whether the caller has found no article of this source path in this
	 * transaction already, so that it need not be looked up
	 * @throws DocumentException before anything is written, when its slug is another
	 * article's
	 */
	PublishResult importRendition(String sourcePath, Rendition rendition, String editor, List<ArticlePublished> written,
			KnownTags knownTags, KnownSlugs knownSlugs, boolean knownNew) {
		Article existing = knownNew ? null : this.articles.findBySourcePath(sourcePath).orElse(null);
		rendition = this.renditions.corrected(rendition, (existing != null) ? existing.getId() : null);
		if (existing != null && this.revisions.hasVersion(existing.getId(), rendition.contentHash())) {
			// a file the article already had: an editor may have revised it in the admin
			// since
			return new PublishResult(existing.getId(), existing.getSlug(), PublishResult.Outcome.UNCHANGED);
		}
		String slug = (existing != null) ? existing.getSlug() : newSlug(rendition.frontMatter(), knownSlugs);
		return store(existing, sourcePath, rendition, slug, editor, written, true, knownTags);
	}

	/**
	 * Stores what an editor wrote in the admin, already rendered: a new article (existing
	 * null), which takes the slug given, or a new revision of one. The caller has settled
	 * the slug and checked the version the editor started from.
	 */
	@Transactional
	public PublishResult store(Article existing, Rendition rendition, String newSlug, String editor) {
		List<ArticlePublished> written = new ArrayList<>(1);
		PublishResult result = store(existing, (existing != null) ? existing.getSourcePath() : null, rendition, newSlug,
				editor, written, false, new KnownTags(this.tags));
		written.forEach(this.events::publishEvent);
		return result;
	}

	/**
	 * @param fromFolder whether the text comes from the content folder, where a file that
	 * does not say when it is published takes its original's date, as an archive would;
	 * from the desk it is published when it is saved as published
	 */
	private PublishResult store(Article existing, String sourcePath, Rendition rendition, String newSlug, String editor,
			List<ArticlePublished> written, boolean fromFolder, KnownTags knownTags) {
		if (existing != null && existing.getContentHash().equals(rendition.contentHash())) {
			return new PublishResult(existing.getId(), existing.getSlug(), PublishResult.Outcome.UNCHANGED);
		}
		Instant now = Instant.now(this.clock);
		Article article = existing;
		if (article == null) {
			article = new Article(newSlug, sourcePath, now);
		}
		article.revise(rendition.content(), tagsFor(rendition.frontMatter(), knownTags), now);
		ZoneId zone = this.clock.getZone();
		article.publish(givenPublication(rendition.frontMatter()),
				fromFolder ? rendition.frontMatter().date().atStartOfDay(zone).toInstant() : now, zone);
		// written with the rest of the transaction: a bulk import sends a batch's
		// articles together
		article = this.articles.save(article);
		int number = (existing != null) ? this.revisions.lastNumber(article.getId()) + 1 : 1;
		this.revisions.save(new Revision(article, number, rendition.markdown(), rendition.contentHash(), editor, now));
		this.extractions.store(article, rendition.extracted(), existing == null);
		PublishResult.Outcome outcome = (existing == null) ? PublishResult.Outcome.CREATED
				: PublishResult.Outcome.REVISED;
		logger.info("Article '{}' (id {}) {} by {} as revision {}", article.getSlug(), article.getId(),
				outcome.name().toLowerCase(), editor, number);
		written.add(new ArticlePublished(article.getId(), article.getSlug(), editor));
		return new PublishResult(article.getId(), article.getSlug(), outcome);
	}

	/**
	 * Runs the extraction again on an article's current Markdown, after the tagger or the
	 * quote extractor changed: its HTML, sections, timeline and quotations are rebuilt;
	 * no revision is added, since the text did not change.
	 */
	@Transactional
	public void reextract(long articleId) {
		Article article = this.articles.findById(articleId).orElseThrow();
		this.events.publishEvent(reextract(article, this.renditions.render(article.getMarkdown())));
	}

	/**
	 * Stores a new extraction of an article's current Markdown, in the caller's
	 * transaction, and returns the news of it for the caller to publish.
	 */
	ArticlePublished reextract(Article article, Rendition rendition) {
		rendition = this.renditions.corrected(rendition, article.getId());
		Instant now = Instant.now(this.clock);
		article.revise(rendition.content(), tagsFor(rendition.frontMatter(), new KnownTags(this.tags)), now);
		article.publish(givenPublication(rendition.frontMatter()), now, this.clock.getZone());
		this.extractions.store(article, rendition.extracted(), false);
		return new ArticlePublished(article.getId(), article.getSlug(), REEXTRACTION);
	}

	private Instant givenPublication(FrontMatter frontMatter) {
		return (frontMatter.published() != null) ? frontMatter.published().in(this.clock.getZone()) : null;
	}

	/**
	 * The editor's slug if free, or one derived from the title and made unique; taken in
	 * {@code known}.
	 */
	private String newSlug(FrontMatter frontMatter, KnownSlugs known) {
		String base = baseSlug(frontMatter);
		if (frontMatter.slug() != null) {
			if (known.isTaken(base)) {
				throw new DocumentException("slug", 0,
						"front matter: slug '" + frontMatter.slug() + "' is already used by another article");
			}
			known.take(base);
			return base;
		}
		String slug = base;
		for (int n = 2; known.isTaken(slug); n++) {
			slug = base + "-" + n;
		}
		known.take(slug);
		return slug;
	}

	/** The slug a new article asks for first: the editor's, else its title's. */
	private static String baseSlug(FrontMatter frontMatter) {
		if (frontMatter.slug() != null) {
			return frontMatter.slug();
		}
		String base = Slugs.slugify(frontMatter.title(), 80);
		return base.isEmpty() ? "article-" + frontMatter.date() : base;
	}

	/**
	 * The slugs these articles would take first, looked up with one query: a bulk import
	 * looks its batch's slugs up once rather than once per article.
	 */
	KnownSlugs knownSlugs(Collection<FrontMatter> frontMatters) {
		KnownSlugs known = new KnownSlugs(this.articles);
		known.lookUp(frontMatters.stream().map(PublishingService::baseSlug).toList());
		return known;
	}

	/**
	 * The tags these articles name, looked up with one query: a bulk import looks its
	 * batch's tags up once rather than once per article.
	 */
	KnownTags knownTags(Collection<FrontMatter> frontMatters) {
		Set<String> slugs = new HashSet<>();
		for (FrontMatter frontMatter : frontMatters) {
			for (String name : frontMatter.tags()) {
				slugs.add(Slugs.slugify(name, 80));
			}
		}
		KnownTags known = new KnownTags(this.tags);
		known.lookUp(slugs);
		return known;
	}

	/**
	 * The article's tags in the order given, a name that makes the slug of an earlier one
	 * left out; the tags not stored yet are created. One query finds those not looked up
	 * yet in this transaction, if any.
	 */
	private List<Tag> tagsFor(FrontMatter frontMatter, KnownTags known) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String name : frontMatter.tags()) {
			names.putIfAbsent(Slugs.slugify(name, 80), name);
		}
		List<Tag> found = new ArrayList<>(names.size());
		known.lookUp(names.keySet());
		names.forEach((slug, name) -> found.add(known.get(slug, name)));
		return found;
	}

}
