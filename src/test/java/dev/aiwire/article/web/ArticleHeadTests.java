package dev.aiwire.article.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.SiteProperties;
import dev.aiwire.article.TagRef;
import dev.aiwire.article.TranslationLink;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleHeadTests {

	private static final String HOSTILE = "Qwen </script><script>alert(1)</script> <!-- \"citée\" & 'autre' \u2028";

	private final JsonMapper json = JsonMapper.builder().build();

	private final ArticleHead head = new ArticleHead(
			new SiteProperties(URI.create("https://aiwire.example/"), "AI Wire"), this.json);

	static ReaderArticle article(String title, String summary) {
		return new ReaderArticle(7, "qwen3-hybride", "fr", title, summary, LocalDate.of(2025, 4, 29), "Synced (机器之心)",
				"https://jiqizhixin.example/qwen3", "Qwen3 凌晨发布", "zh", "机器之心编辑部", "Rachel Kwan", "human", 5, List.of(),
				"", List.of(new TagRef("qwen", "Qwen")),
				List.of(new TranslationLink("qwen3-hybrid-thinking", "en", "Qwen3 lands")), List.of(), List.of(),
				Instant.parse("2025-05-02T08:30:15.123456Z"));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(String jsonLd) {
		return this.json.readValue(jsonLd, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@Test
	void describesTheTranslationAsANewsArticleBasedOnTheOriginal() {
		Map<String, Object> data = read(this.head.jsonLd(article("Qwen3 arrive", "Alibaba publie Qwen3.")));
		assertThat(data.get("@type")).isEqualTo("NewsArticle");
		assertThat(data.get("headline")).isEqualTo("Qwen3 arrive");
		assertThat(data.get("inLanguage")).isEqualTo("fr");
		assertThat(data.get("datePublished")).isEqualTo("2025-04-29");
		assertThat(data.get("dateModified")).isEqualTo("2025-05-02T08:30:15Z");
		assertThat(data.get("url")).isEqualTo("https://aiwire.example/articles/qwen3-hybride");
		assertThat(map(data.get("author"))).containsEntry("name", "机器之心编辑部");
		assertThat(map(data.get("translator"))).containsEntry("@type", "Person").containsEntry("name", "Rachel Kwan");
		assertThat(map(data.get("publisher"))).containsEntry("name", "AI Wire");
		Map<String, Object> original = map(data.get("isBasedOn"));
		assertThat(original).containsEntry("url", "https://jiqizhixin.example/qwen3")
			.containsEntry("inLanguage", "zh")
			.containsEntry("headline", "Qwen3 凌晨发布");
	}

	@Test
	void noFieldCanCloseTheScriptElementOrOpenAComment() {
		String jsonLd = this.head.jsonLd(article(HOSTILE, HOSTILE));
		assertThat(jsonLd).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
		Map<String, Object> data = read(jsonLd);
		assertThat(data.get("headline")).isEqualTo(HOSTILE);
		assertThat(data.get("description")).isEqualTo(HOSTILE);
	}

}
