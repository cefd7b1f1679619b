package dev.aiwire.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.aiwire.NotFoundException;
import dev.aiwire.article.ArchiveService;
import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Atom feeds, the sitemap and robots.txt, on the sample content and a scheduled article.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedAndSitemapTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final MockMvc mvc;

	private final PublishingService publishing;

	/** The sitemap with room for five URLs a file, to see the index a large site gets. */
	private final SitemapController smallSitemap;

	FeedAndSitemapTests(@Autowired MockMvc mvc, @Autowired PublishingService publishing,
			@Autowired ArticleCatalog catalog, @Autowired ArticleService articles, @Autowired ArchiveService archives,
			@Autowired SiteProperties site) {
		this.mvc = mvc;
		this.publishing = publishing;
		this.smallSitemap = new SitemapController(catalog, articles, archives, site, 5);
	}

	@BeforeAll
	void publishAScheduledArticle() {
		String markdown = """
				---
				title: "Le robot d'Unitree qui n'est pas encore annoncé"
				slug: unitree-annonce-programmee
				lang: fr
				date: %s
				source: 36Kr
				tags: [Unitree, LLM]
				---

				Unitree présentera son robot le mois prochain.
				""".formatted(LocalDate.now().plusDays(30));
		this.publishing.importFile("tests/feed-scheduled.md", markdown.getBytes(StandardCharsets.UTF_8), "tester");
	}

	private Document xml(String path, String contentType) throws Exception {
		byte[] body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(contentType))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return parse(body);
	}

	private static Document parse(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static List<String> locs(Element parent, String child) {
		return children(parent, SITEMAP, child).stream()
			.map(element -> children(element, SITEMAP, "loc").get(0).getTextContent())
			.toList();
	}

	private static List<Element> children(Element parent, String namespace, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				found.add((Element) nodes.item(i));
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, ATOM, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

	private static List<String> alternateLinks(Document feed) {
		return children(feed.getDocumentElement(), ATOM, "entry").stream()
			.flatMap(entry -> children(entry, ATOM, "link").stream())
			.filter(link -> link.getAttribute("rel").equals("alternate"))
			.map(link -> link.getAttribute("href"))
			.toList();
	}

	@Test
	void siteFeedHasEveryRequiredElementOfEachEntry() throws Exception {
		Document feed = xml("/feed.atom", "application/atom+xml");
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "id")).isEqualTo("http://localhost:8080/feed.atom");
		assertThat(text(root, "title")).isNotBlank();
		assertThat(text(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		List<Element> entries = children(root, ATOM, "entry");
		assertThat(entries).isNotEmpty();
		for (Element entry : entries) {
			assertThat(text(entry, "id")).startsWith("tag:localhost,2025:article-");
			assertThat(text(entry, "title")).isNotBlank();
			assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
			assertThat(children(entry, ATOM, "author")).hasSize(1);
			assertThat(text(children(entry, ATOM, "author").get(0), "name")).isNotBlank();
			assertThat(text(entry, "summary")).isNotBlank();
		}
		assertThat(alternateLinks(feed)).contains("http://localhost:8080/articles/deepseek-r1-secousse-silicon-valley",
				"http://localhost:8080/articles/deepseek-r1-shakes-silicon-valley");
	}

	@Test
	void draftsAndScheduledArticlesAreInNoFeed() throws Exception {
		for (String path : List.of("/feed.atom", "/fr/feed.atom", "/tags/llm/feed.atom", "/tags/unitree/feed.atom")) {
			assertThat(alternateLinks(xml(path, "application/atom+xml"))).as(path)
				.noneMatch(link -> link.endsWith("/unitree-annonce-programmee"))
				.noneMatch(link -> link.endsWith("/unitree-gala-printemps-symposium"));
		}
	}

	@Test
	void languageFeedsHoldOneLanguageEach() throws Exception {
		Document english = xml("/en/feed.atom", "application/atom+xml");
		assertThat(english.getDocumentElement().getAttribute("xml:lang")).isEqualTo("en");
		assertThat(children(english.getDocumentElement(), ATOM, "entry"))
			.allMatch(entry -> entry.getAttribute("xml:lang").equals("en"))
			.isNotEmpty();
		assertThat(alternateLinks(english)).contains("http://localhost:8080/articles/deepseek-r1-shakes-silicon-valley")
			.doesNotContain("http://localhost:8080/articles/deepseek-r1-secousse-silicon-valley");
		this.mvc.perform(get("/de/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void tagFeedsFollowTheirTag() throws Exception {
		Document deepseek = xml("/tags/deepseek/feed.atom", "application/atom+xml");
		assertThat(alternateLinks(deepseek)).containsExactlyInAnyOrder(
				"http://localhost:8080/articles/deepseek-r1-secousse-silicon-valley",
				"http://localhost:8080/articles/deepseek-r1-shakes-silicon-valley");
		this.mvc.perform(get("/tags/no-such-tag/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageLinksToTheFeedsInItsHead() throws Exception {
		for (String path : List.of("/", "/tags", "/archives", "/articles/deepseek-r1-secousse-silicon-valley")) {
			String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(path)
				.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\"");
		}
		String tag = this.mvc.perform(get("/tags/deepseek")).andReturn().getResponse().getContentAsString();
		assertThat(tag).contains("type=\"application/atom+xml\" href=\"/tags/deepseek/feed.atom\"");
	}

	@Test
	void sitemapListsVisibleArticlesWithDatesAndTheirTranslations() throws Exception {
		Document sitemap = xml("/sitemap.xml", "application/xml");
		List<Element> urls = children(sitemap.getDocumentElement(), SITEMAP, "url");
		List<String> locs = urls.stream().map(url -> children(url, SITEMAP, "loc").get(0).getTextContent()).toList();
		assertThat(locs)
			.contains("http://localhost:8080/", "http://localhost:8080/articles/kimi-moonshot-contexte-long",
					"http://localhost:8080/tags/llm", "http://localhost:8080/archives/2025/01")
			.doesNotContain("http://localhost:8080/articles/unitree-annonce-programmee",
					"http://localhost:8080/articles/unitree-gala-printemps-symposium");
		Element deepseek = urls.stream()
			.filter(url -> children(url, SITEMAP, "loc").get(0)
				.getTextContent()
				.endsWith("/deepseek-r1-secousse-silicon-valley"))
			.findFirst()
			.orElseThrow();
		assertThat(children(deepseek, SITEMAP, "lastmod").get(0).getTextContent()).matches("\\d{4}-\\d\\d-\\d\\d");
		List<String> alternates = children(deepseek, "http://www.w3.org/1999/xhtml", "link").stream()
			.map(link -> link.getAttribute("hreflang") + " " + link.getAttribute("href"))
			.toList();
		assertThat(alternates).containsExactlyInAnyOrder(
				"fr http://localhost:8080/articles/deepseek-r1-secousse-silicon-valley",
				"en http://localhost:8080/articles/deepseek-r1-shakes-silicon-valley");
	}

	@Test
	void aSiteWithMoreUrlsThanOneSitemapHoldsGetsAnIndexOfPartsThatListThemAll() throws Exception {
		List<String> all = locs(xml("/sitemap.xml", "application/xml").getDocumentElement(), "url");
		Element index = parse(this.smallSitemap.sitemap().getBody().getBytes(StandardCharsets.UTF_8))
			.getDocumentElement();
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<String> parts = locs(index, "sitemap");
		assertThat(parts).first().isEqualTo("http://localhost:8080/sitemap-pages.xml");
		List<String> listed = new ArrayList<>(
				locs(parse(this.smallSitemap.sitemapOfPages().getBody().getBytes(StandardCharsets.UTF_8))
					.getDocumentElement(), "url"));
		for (int part = 1; part < parts.size(); part++) {
			assertThat(parts.get(part)).isEqualTo("http://localhost:8080/sitemap-articles-" + part + ".xml");
			List<String> articles = locs(
					parse(this.smallSitemap.sitemapOfArticles(part).getBody().getBytes(StandardCharsets.UTF_8))
						.getDocumentElement(),
					"url");
			assertThat(articles).hasSizeBetween(1, 5).allMatch((loc) -> loc.contains("/articles/"));
			listed.addAll(articles);
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(all);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.smallSitemap.sitemapOfArticles(parts.size()));
	}

	@Test
	void robotsPointToTheSitemap() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots).contains("User-agent: *")
			.contains("Sitemap: http://localhost:8080/sitemap.xml")
			.contains("Disallow: /admin/");
	}

}
