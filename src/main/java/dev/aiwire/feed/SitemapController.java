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
import dev.aiwire.article.ArticleEntry;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.TagCount;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: the home page, every visible article with the date it last changed and
 * its translations as hreflang alternates, tag pages and archive months; and {@code /robots.txt},
 * which points to it.
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

	SitemapController(ArticleCatalog catalog, ArticleService articles, ArchiveService archives, SiteProperties site) {
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

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<ArticleEntry> visible = this.catalog.visible();
		Map<String, List<ArticleEntry>> translations = visible.stream()
			.filter(entry -> entry.translationKey() != null)
			.collect(Collectors.groupingBy(ArticleEntry::translationKey));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		xml.writeNamespace("xhtml", XHTML);
		url(xml, this.site.url("/"), null);
		for (ArticleEntry entry : visible) {
			xml.writeStartElement("url");
			element(xml, "loc", this.site.articleUrl(entry.slug()));
			if (entry.updatedAt() != null) {
				element(xml, "lastmod", entry.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
			}
			List<ArticleEntry> versions = (entry.translationKey() != null)
					? translations.getOrDefault(entry.translationKey(), List.of()) : List.of();
			if (versions.size() > 1) {
				for (ArticleEntry version : versions) {
					xml.writeEmptyElement("xhtml", "link", XHTML);
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", version.lang());
					xml.writeAttribute("href", this.site.articleUrl(version.slug()));
				}
			}
			xml.writeEndElement();
		}
		for (TagCount tag : this.articles.tags()) {
			url(xml, this.site.url("/tags/" + tag.slug()), null);
		}
		List<ArchiveMonth> months = new ArrayList<>(this.archives.months(null));
		if (!months.isEmpty()) {
			url(xml, this.site.url("/archives"), null);
		}
		for (ArchiveMonth month : months) {
			url(xml, this.site.url("/archives/" + month.month().getYear() + "/" + month.monthNumber()), null);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(XML).body(out.toString());
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
