package dev.aiwire.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.ContentLanguages;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.TagRef;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of the latest visible articles: {@code /feed.atom} for the site,
 * {@code /fr/feed.atom} and {@code /en/feed.atom} per language of translation (a path,
 * since {@code ?lang=} chooses the interface's language), {@code /tags/{slug}/feed.atom}
 * per tag.
 */
@Controller
class FeedController {

	/** Entries in a feed. */
	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ArticleCatalog catalog;

	private final ArticleService articles;

	private final AtomWriter atom;

	private final MessageSource messages;

	private final Clock clock;

	FeedController(ArticleCatalog catalog, ArticleService articles, SiteProperties site, MessageSource messages,
			Clock clock) {
		this.catalog = catalog;
		this.articles = articles;
		this.atom = new AtomWriter(site);
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> site() {
		return feed("/feed.atom", "/", message("feed.site", Locale.FRENCH), null, this.catalog.latest(null, ENTRIES));
	}

	@GetMapping("/{language}/feed.atom")
	ResponseEntity<String> language(@PathVariable String language) {
		String content = ContentLanguages.of(language);
		if (content == null || !content.equals(language)) {
			throw new FeedNotFoundException("/" + language + "/feed.atom");
		}
		return feed("/" + content + "/feed.atom", "/?language=" + content,
				message("feed.language", Locale.forLanguageTag(content)), content,
				this.catalog.latest(content, ENTRIES));
	}

	@GetMapping("/tags/{slug}/feed.atom")
	ResponseEntity<String> tag(@PathVariable String slug) {
		TagRef tag = this.articles.tag(slug);
		List<CatalogEntry> entries = this.catalog.latestTagged(tag.slug(), ENTRIES);
		return feed("/tags/" + tag.slug() + "/feed.atom", "/tags/" + tag.slug(),
				this.messages.getMessage("feed.tag", new Object[] { tag.name() }, Locale.FRENCH), null, entries);
	}

	private ResponseEntity<String> feed(String path, String pagePath, String title, String language,
			List<CatalogEntry> entries) {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(this.atom.write(path, pagePath, title, language, entries, Instant.now(this.clock)));
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
