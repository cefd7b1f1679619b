package dev.aiwire.article;

import java.time.LocalDate;
import java.util.List;

/** Small Markdown articles for tests, built field by field. */
final class ArticleFixtures {

	private String title = "Un article de test";

	private String slug;

	private String lang = "fr";

	private LocalDate date = LocalDate.of(2024, 5, 20);

	private String status = "published";

	private List<String> tags = List.of("LLM");

	private String translationKey;

	private String body = "Le modèle a été présenté fin janvier.\n\n## Première partie\n\nUn texte.\n";

	static ArticleFixtures article() {
		return new ArticleFixtures();
	}

	ArticleFixtures title(String title) {
		this.title = title;
		return this;
	}

	ArticleFixtures slug(String slug) {
		this.slug = slug;
		return this;
	}

	ArticleFixtures lang(String lang) {
		this.lang = lang;
		return this;
	}

	ArticleFixtures date(LocalDate date) {
		this.date = date;
		return this;
	}

	ArticleFixtures draft() {
		this.status = "draft";
		return this;
	}

	ArticleFixtures tags(String... tags) {
		this.tags = List.of(tags);
		return this;
	}

	ArticleFixtures translationKey(String key) {
		this.translationKey = key;
		return this;
	}

	ArticleFixtures body(String body) {
		this.body = body;
		return this;
	}

	String markdown() {
		StringBuilder md = new StringBuilder("---\n");
		md.append("title: \"").append(this.title.replace("\"", "\\\"")).append("\"\n");
		if (this.slug != null) {
			md.append("slug: ").append(this.slug).append('\n');
		}
		md.append("lang: ").append(this.lang).append('\n');
		md.append("date: ").append(this.date).append('\n');
		md.append("source: 36Kr\nurl: https://36kr.example/p/1\n");
		md.append("status: ").append(this.status).append('\n');
		if (this.translationKey != null) {
			md.append("translation_key: ").append(this.translationKey).append('\n');
		}
		md.append("tags: [").append(String.join(", ", this.tags)).append("]\n");
		md.append("---\n\n").append(this.body);
		return md.toString();
	}

	byte[] bytes() {
		return markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
