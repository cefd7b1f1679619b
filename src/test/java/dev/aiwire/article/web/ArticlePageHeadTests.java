package dev.aiwire.article.web;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.ArticleCard;
import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ReaderArticle;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The head of an article page: what search engines, feed readers and social networks
 * read.
 */
@WebMvcTest(ArticleController.class)
@Import({ ArticleHead.class, SocialCards.class })
class ArticlePageHeadTests {

	private static final String HOSTILE = "Qwen </script><script>alert(1)</script> <!-- \"x\" & 'y'";

	private final MockMvc mvc;

	ArticlePageHeadTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@MockitoBean
	private ArticleService articles;

	@MockitoBean
	private ArticleCatalog catalog;

	private String page(ReaderArticle article, String acceptLanguage) throws Exception {
		given(this.articles.show(article.slug())).willReturn(article);
		given(this.catalog.related(article.id(), ArticleController.RELATED))
			.willReturn(List.of(new ArticleCard(9, "alibaba-qwen-prix", "fr", "Alibaba baisse ses prix", "Résumé.",
					LocalDate.of(2024, 5, 21), "36Kr", 4, List.of(), LocalDate.of(2024, 5, 22))));
		return this.mvc.perform(get("/articles/" + article.slug()).header("Accept-Language", acceptLanguage))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void givesTheCanonicalAddressTheTranslationsAndTheSocialCards() throws Exception {
		String html = page(ArticleHeadTests.article("Qwen3 arrive", "Alibaba publie Qwen3."), "fr");
		assertThat(html).contains("<link rel=\"canonical\" href=\"http://localhost:8080/articles/qwen3-hybride\">")
			.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost:8080/articles/qwen3-hybride\">")
			.contains(
					"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost:8080/articles/qwen3-hybrid-thinking\">")
			.contains("<meta name=\"description\" content=\"Alibaba publie Qwen3.\">")
			.contains("<meta property=\"og:title\" content=\"Qwen3 arrive\">")
			.contains("<meta property=\"og:url\" content=\"http://localhost:8080/articles/qwen3-hybride\">")
			.contains("<meta property=\"og:locale\" content=\"fr_FR\">")
			.contains("<meta property=\"og:locale:alternate\" content=\"en_US\">")
			.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">")
			.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"");
	}

	@Test
	void escapesEveryFieldInItsTagAndItsJson() throws Exception {
		String html = page(ArticleHeadTests.article(HOSTILE, HOSTILE), "fr");
		assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<!-- \"x\"");
		String head = html.substring(0, html.indexOf("</head>"));
		assertThat(head.split("</script>", -1)).hasSize(2);
		assertThat(head).contains(
				"content=\"Qwen &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- &quot;x&quot; &amp; &#39;y&#39;\"");
	}

	@Test
	void creditsTheTranslatorAndTheOriginalInEachLanguage() throws Exception {
		ReaderArticle article = ArticleHeadTests.article("Qwen3 arrive", "Alibaba publie Qwen3.");
		assertThat(page(article, "fr")).contains(
				"<p class=\"byline\">Traduit du chinois par Rachel Kwan, d&#39;après <a href=\"https://jiqizhixin.example/qwen3\"");
		assertThat(page(article, "en")).contains(
				"<p class=\"byline\">Translated from Chinese by Rachel Kwan, from <a href=\"https://jiqizhixin.example/qwen3\"")
			.contains("April 29, 2025");
	}

	@Test
	void showsTheRelatedArticles() throws Exception {
		assertThat(page(ArticleHeadTests.article("Qwen3 arrive", "Alibaba publie Qwen3."), "fr"))
			.contains("À lire aussi")
			.contains("href=\"/articles/alibaba-qwen-prix\"");
	}

}
