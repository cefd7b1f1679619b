package dev.aiwire.admin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Markdown articles as editors upload them, built field by field; every slug is new. */
final class Uploads {

	private static final AtomicInteger counter = new AtomicInteger();

	private String title = "Baidu lance Ernie 4.5 : la riposte à DeepSeek ?";

	private String slug;

	private String lang = "fr";

	private String date = "2025-03-16";

	private String source = "ifanr";

	private String url = "https://www.ifanr.com/1617000";

	private String status;

	private String tags = "[Baidu, Ernie]";

	private final List<String> extra = new ArrayList<>();

	private String body = """
			Baidu a présenté dimanche Ernie 4.5 et Ernie X1, deux modèles qu'il dit moins chers que ceux de DeepSeek.

			Robin Li a déclaré lors du lancement :

			> Le coût des modèles baisse de 90 % par an, et nous voulons être les premiers à en faire profiter les développeurs.

			## Une réponse à DeepSeek

			Début janvier, DeepSeek avait bousculé le marché avec R1. Baidu prévoit de rendre Ernie open source le 30 juin.
			""";

	static Uploads article() {
		Uploads upload = new Uploads();
		int number = counter.incrementAndGet();
		upload.slug = "ernie-4-5-essai-" + number;
		// each upload its own original and its own words: the same text again is a
		// duplicate
		upload.url = "https://www.ifanr.com/" + (1617000 + number);
		upload.body = upload.body + "\nCompte rendu numéro " + number + " de la série.\n";
		return upload;
	}

	Uploads title(String title) {
		this.title = title;
		return this;
	}

	Uploads slug(String slug) {
		this.slug = slug;
		return this;
	}

	Uploads noSlug() {
		this.slug = null;
		return this;
	}

	Uploads lang(String lang) {
		this.lang = lang;
		return this;
	}

	Uploads date(LocalDate date) {
		this.date = date.toString();
		return this;
	}

	Uploads source(String source) {
		this.source = source;
		return this;
	}

	Uploads url(String url) {
		this.url = url;
		return this;
	}

	Uploads draft() {
		this.status = "draft";
		return this;
	}

	/** The tags, as a YAML list. */
	Uploads tags(String yamlList) {
		this.tags = yamlList;
		return this;
	}

	/** Another front matter line, written as is. */
	Uploads field(String line) {
		this.extra.add(line);
		return this;
	}

	Uploads body(String body) {
		this.body = body;
		return this;
	}

	String slug() {
		return this.slug;
	}

	String markdown() {
		StringBuilder md = new StringBuilder("---\n");
		md.append("title: ").append(yaml(this.title)).append('\n');
		if (this.slug != null) {
			md.append("slug: ").append(this.slug).append('\n');
		}
		md.append("lang: ").append(this.lang).append('\n');
		md.append("date: ").append(this.date).append('\n');
		if (this.source != null) {
			md.append("source: ").append(yaml(this.source)).append('\n');
		}
		if (this.url != null) {
			md.append("url: ").append(yaml(this.url)).append('\n');
		}
		if (this.status != null) {
			md.append("status: ").append(this.status).append('\n');
		}
		md.append("tags: ").append(this.tags).append('\n');
		this.extra.forEach(line -> md.append(line).append('\n'));
		md.append("---\n\n").append(this.body);
		return md.toString();
	}

	byte[] bytes() {
		return markdown().getBytes(StandardCharsets.UTF_8);
	}

	/** A YAML double-quoted string: any text, safely. */
	static String yaml(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
