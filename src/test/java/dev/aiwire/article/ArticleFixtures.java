package dev.aiwire.article;

import java.time.LocalDate;
import java.util.List;

/** Small Markdown articles for tests, built field by field. */
public final class ArticleFixtures {

	private String title = "Un article de test";

	private String slug;

	private String lang = "fr";

	private LocalDate date = LocalDate.of(2024, 5, 20);

	private String status = "published";

	private List<String> tags = List.of("LLM");

	private String translationKey;

	private String body = "Le modèle a été présenté fin janvier.\n\n## Première partie\n\nUn texte.\n";

	public static ArticleFixtures article() {
		return new ArticleFixtures();
	}

	public ArticleFixtures title(String title) {
		this.title = title;
		return this;
	}

	public ArticleFixtures slug(String slug) {
		this.slug = slug;
		return this;
	}

	public ArticleFixtures lang(String lang) {
		this.lang = lang;
		return this;
	}

	public ArticleFixtures date(LocalDate date) {
		this.date = date;
		return this;
	}

	public ArticleFixtures draft() {
		this.status = "draft";
		return this;
	}

	public ArticleFixtures tags(String... tags) {
		this.tags = List.of(tags);
		return this;
	}

	public ArticleFixtures translationKey(String key) {
		this.translationKey = key;
		return this;
	}

	public ArticleFixtures body(String body) {
		this.body = body;
		return this;
	}

	public String markdown() {
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

	public byte[] bytes() {
		return markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
