package dev.aiwire.feed;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.aiwire.article.ArchiveMonth;
import dev.aiwire.article.ArchiveService;
import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.TagCount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml}: the home page, every visible article with the date it last
 * changed and its translations as hreflang alternates, tag pages and archive months, or,
 * on a site with more URLs than one sitemap may hold, an index of parts that list them;
 * and {@code /robots.txt}, which points to it.
 */
@Controller
class SitemapController {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final ArticleCatalog catalog;

	private final ArticleService articles;

	private final ArchiveService archives;

	private final SiteProperties site;

	/** URLs in one sitemap file at most: 50,000 by the sitemaps protocol. */
	private final int urlsPerFile;

	SitemapController(ArticleCatalog catalog, ArticleService articles, ArchiveService archives, SiteProperties site,
			@Value("${aiwire.sitemap.urls-per-file:50000}") int urlsPerFile) {
		this.urlsPerFile = urlsPerFile;
		this.catalog = catalog;
		this.articles = articles;
		this.archives = archives;
		this.site = site;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /admin/
				Disallow: /api/
				Disallow: /search

				Sitemap: %s
				""".formatted(this.site.url("/sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(robots);
	}

	/**
	 * The sitemap, or above the protocol's 50,000 URLs a sitemap index of its parts: the
	 * site's own pages, then the articles, newest first, so many per part.
	 */
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<CatalogEntry> visible = this.catalog.visible();
		List<String> pages = sitePages();
		if (visible.size() + pages.size() <= this.urlsPerFile) {
			return xml(urlset(visible, translations(visible), pages));
		}
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("sitemapindex");
		xml.writeDefaultNamespace(SITEMAP);
		part(xml, this.site.url("/sitemap-pages.xml"));
		for (int n = 1; n <= articleParts(visible.size()); n++) {
			part(xml, this.site.url("/sitemap-articles-" + n + ".xml"));
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return xml(out.toString());
	}

	/** The part of a sitemap index that lists the home, tag and archive pages. */
	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<String> sitemapOfPages() throws XMLStreamException {
		return xml(urlset(List.of(), Map.of(), sitePages()));
	}

	/** A part of a sitemap index that lists articles; 404 past the last one. */
	@GetMapping("/sitemap-articles-{part}.xml")
	ResponseEntity<String> sitemapOfArticles(@PathVariable int part) throws XMLStreamException {
		List<CatalogEntry> visible = this.catalog.visible();
		if (part < 1 || part > articleParts(visible.size())) {
			throw new FeedNotFoundException("/sitemap-articles-" + part + ".xml");
		}
		int from = (part - 1) * this.urlsPerFile;
		return xml(urlset(visible.subList(from, Math.min(visible.size(), from + this.urlsPerFile)),
				translations(visible), List.of()));
	}

	private int articleParts(int articles) {
		return Math.max(1, (articles + this.urlsPerFile - 1) / this.urlsPerFile);
	}

	/** The home page, the tag pages and the archive months. */
	private List<String> sitePages() {
		List<String> pages = new ArrayList<>();
		pages.add(this.site.url("/"));
		for (TagCount tag : this.articles.tags()) {
			pages.add(this.site.url("/tags/" + tag.slug()));
		}
		List<ArchiveMonth> months = this.archives.months(null);
		if (!months.isEmpty()) {
			pages.add(this.site.url("/archives"));
		}
		for (ArchiveMonth month : months) {
			pages.add(this.site.url("/archives/" + month.month().getYear() + "/" + month.monthNumber()));
		}
		return pages;
	}

	/**
	 * The visible articles that are translations of one original, by their translation
	 * key.
	 */
	private static Map<String, List<CatalogEntry>> translations(List<CatalogEntry> visible) {
		return visible.stream()
			.filter(entry -> entry.translationKey() != null)
			.collect(Collectors.groupingBy(CatalogEntry::translationKey));
	}

	/**
	 * A urlset: the first of the pages, the articles with their translations, the other
	 * pages.
	 */
	private String urlset(List<CatalogEntry> entries, Map<String, List<CatalogEntry>> translations, List<String> pages)
			throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		xml.writeNamespace("xhtml", XHTML);
		if (!pages.isEmpty()) {
			url(xml, pages.get(0), null);
		}
		for (CatalogEntry entry : entries) {
			xml.writeStartElement("url");
			element(xml, "loc", this.site.articleUrl(entry.slug()));
			if (entry.updatedAt() != null) {
				element(xml, "lastmod", entry.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
			}
			List<CatalogEntry> versions = (entry.translationKey() != null)
					? translations.getOrDefault(entry.translationKey(), List.of()) : List.of();
			if (versions.size() > 1) {
				for (CatalogEntry version : versions) {
					xml.writeEmptyElement("xhtml", "link", XHTML);
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", version.lang());
					xml.writeAttribute("href", this.site.articleUrl(version.slug()));
				}
			}
			xml.writeEndElement();
		}
		for (String page : pages.subList(Math.min(1, pages.size()), pages.size())) {
			url(xml, page, null);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static ResponseEntity<String> xml(String body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	private static void part(XMLStreamWriter xml, String loc) throws XMLStreamException {
		xml.writeStartElement("sitemap");
		element(xml, "loc", loc);
		xml.writeEndElement();
	}

	private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", loc);
		if (lastmod != null) {
			element(xml, "lastmod", lastmod);
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
