package dev.aiwire.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.TagRef;

/**
 * Writes an Atom feed (RFC 4287). Entries are identified by tag URIs (RFC 4151) built on
 * the article's id, which no edit changes: a reader never sees an edited article as a new
 * one.
 */
final class AtomWriter {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	/**
	 * The date in the tag URIs of entries: any day on which the site's host names the
	 * site.
	 */
	static final String TAG_DATE = "2025";

	private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final SiteProperties site;

	AtomWriter(SiteProperties site) {
		this.site = site;
	}

	/**
	 * A feed.
	 * @param path the feed's own path, such as {@code /feed.atom}
	 * @param pagePath the path of the page the feed follows, such as {@code /tags/baidu}
	 * @param title the feed's title
	 * @param language the language of every entry, or null for a feed of several
	 * languages
	 * @param entries the entries, newest first
	 * @param emptyUpdated the feed's date when it has no entries
	 */
	String write(String path, String pagePath, String title, String language, List<CatalogEntry> entries,
			Instant emptyUpdated) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(NAMESPACE);
			if (language != null) {
				xml.writeAttribute("xml", XML_NAMESPACE, "lang", language);
			}
			element(xml, "id", this.site.url(path));
			element(xml, "title", title);
			element(xml, "updated", date(updated(entries, emptyUpdated)));
			link(xml, "self", "application/atom+xml", this.site.url(path), null);
			link(xml, "alternate", "text/html", this.site.url(pagePath), null);
			xml.writeStartElement("author");
			element(xml, "name", this.site.name());
			element(xml, "uri", this.site.url("/"));
			xml.writeEndElement();
			element(xml, "generator", this.site.name());
			for (CatalogEntry entry : entries) {
				entry(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write an Atom feed", ex);
		}
	}

	private void entry(XMLStreamWriter xml, CatalogEntry entry) throws XMLStreamException {
		xml.writeStartElement("entry");
		xml.writeAttribute("xml", XML_NAMESPACE, "lang", entry.lang());
		element(xml, "id", entryId(entry.id()));
		element(xml, "title", entry.title());
		element(xml, "updated", date(updated(entry)));
		element(xml, "published", date(published(entry)));
		link(xml, "alternate", "text/html", this.site.articleUrl(entry.slug()), entry.lang());
		if (entry.url() != null) {
			link(xml, "via", "text/html", entry.url(), null);
		}
		xml.writeStartElement("author");
		element(xml, "name", Objects.requireNonNullElse(entry.author(),
				Objects.requireNonNullElse(entry.source(), this.site.name())));
		xml.writeEndElement();
		if (entry.translator() != null) {
			xml.writeStartElement("contributor");
			element(xml, "name", entry.translator());
			xml.writeEndElement();
		}
		for (TagRef tag : entry.tags()) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", tag.slug());
			xml.writeAttribute("label", XmlText.clean(tag.name()));
			xml.writeAttribute("scheme", this.site.url("/tags/"));
		}
		xml.writeStartElement("summary");
		xml.writeAttribute("type", "text");
		boolean noSummary = entry.summary() == null || entry.summary().isBlank();
		xml.writeCharacters(XmlText.clean(noSummary ? entry.title() : entry.summary()));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	/** The entry's permanent id: {@code tag:host,2025:article-42}. */
	String entryId(long articleId) {
		return "tag:" + this.site.baseUrl().getHost() + "," + TAG_DATE + ":article-" + articleId;
	}

	/**
	 * When the translation was published, not its original: feed readers show it as new
	 * from then.
	 */
	private static Instant published(CatalogEntry entry) {
		return (entry.publishedAt() != null) ? entry.publishedAt()
				: entry.date().atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	private static Instant updated(CatalogEntry entry) {
		Instant published = published(entry);
		if (entry.updatedAt() == null || entry.updatedAt().isBefore(published)) {
			return published;
		}
		return entry.updatedAt();
	}

	private static Instant updated(List<CatalogEntry> entries, Instant emptyUpdated) {
		return entries.stream().map(AtomWriter::updated).max(Comparator.naturalOrder()).orElse(emptyUpdated);
	}

	private static String date(Instant instant) {
		return RFC3339.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(XmlText.clean(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href, String hreflang)
			throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
		if (hreflang != null) {
			xml.writeAttribute("hreflang", hreflang);
		}
	}

}
