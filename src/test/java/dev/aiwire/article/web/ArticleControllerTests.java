package dev.aiwire.article.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.SectionView;
import dev.aiwire.article.TagNotFoundException;
import dev.aiwire.article.TagRef;
import dev.aiwire.article.TranslationLink;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ArticleController.class)
@Import({ ArticleHead.class, SocialCards.class })
class ArticleControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleService articles;

	@MockitoBean
	private ArticleCatalog catalog;

	private static ReaderArticle view() {
		return new ReaderArticle(1, "ernie-lancement", "fr", "Ernie Bot : trop tôt ?", "Le résumé.",
				LocalDate.of(2023, 3, 17), "Huxiu", "https://huxiu.example/1", "文心一言发布", "zh", "Li Wei",
				"Claire Martin", "human", 6,
				List.of(new SectionView(0, null, null, "<p>Le chapeau.</p>"),
						new SectionView(1, "Une démo enregistrée", "une-demo-enregistree", "<p>Corps.</p>")),
				"<p>Suivez-nous sur WeChat.</p>", List.of(new TagRef("baidu", "Baidu")), List.of(), List.of(),
				List.of(), Instant.now());
	}

	@Test
	void showsTheArticleWithItsProvenanceAndContents() throws Exception {
		given(this.articles.show("ernie-lancement")).willReturn(view());
		this.mvc.perform(get("/articles/ernie-lancement").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Ernie Bot\u202F: trop tôt\u202F?</h1>")))
			.andExpect(content().string(containsString("href=\"https://huxiu.example/1\"")))
			.andExpect(content().string(containsString("<dd lang=\"zh\">文心一言发布</dd>")))
			.andExpect(content().string(containsString("traduction humaine")))
			.andExpect(content().string(containsString("17 mars 2023")))
			.andExpect(content().string(containsString("<a href=\"#une-demo-enregistree\">Une démo enregistrée</a>")))
			.andExpect(content().string(containsString("<h2 id=\"une-demo-enregistree\">Une démo enregistrée</h2>")))
			.andExpect(content().string(containsString("Suivez-nous sur WeChat.")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void speaksEnglishToAnEnglishBrowser() throws Exception {
		given(this.articles.show("ernie-lancement")).willReturn(view());
		this.mvc.perform(get("/articles/ernie-lancement").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("human translation")))
			.andExpect(content().string(containsString("March 17, 2023")));
	}

	private static ReaderArticle translated() {
		ReaderArticle article = view();
		return new ReaderArticle(article.id(), article.slug(), article.lang(), article.title(), article.summary(),
				article.date(), article.source(), article.url(), article.originalTitle(), article.originalLanguage(),
				article.author(), article.translator(), article.translation(), article.readingMinutes(),
				article.sections(), article.footerHtml(), article.tags(),
				List.of(new TranslationLink("ernie-launch", "en", "Ernie Bot: too soon?")), List.of(), List.of(),
				article.updatedAt());
	}

	@Test
	void offersTheOtherTranslationBesideTheTitleApartFromTheInterfaceLanguage() throws Exception {
		given(this.articles.show("ernie-lancement")).willReturn(translated());
		String link = "<a href=\"/articles/ernie-launch\" hreflang=\"en\" rel=\"alternate\"";
		this.mvc.perform(get("/articles/ernie-lancement").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("<nav class=\"translation-switch\" lang=\"fr\"")))
			.andExpect(content().string(containsString(link)))
			.andExpect(content().string(containsString(">Lire en anglais</a>")));
		this.mvc.perform(get("/articles/ernie-lancement").header("Accept-Language", "en"))
			.andExpect(content().string(containsString(link)))
			.andExpect(content().string(containsString(">Read in English</a>")));
	}

	@Test
	void drawsACardWithTheTitleForSocialNetworks() throws Exception {
		given(this.articles.show("ernie-lancement")).willReturn(view());
		this.mvc.perform(get("/articles/ernie-lancement"))
			.andExpect(content().string(containsString(
					"<meta property=\"og:image\" content=\"http://localhost:8080/articles/ernie-lancement/card.png\">")))
			.andExpect(content().string(containsString("<meta property=\"og:image:width\" content=\"1200\">")))
			.andExpect(content().string(containsString("<meta property=\"og:image:height\" content=\"630\">")))
			.andExpect(content()
				.string(containsString("<meta property=\"og:image:alt\" content=\"Ernie Bot : trop tôt ? — Huxiu\">")));
		byte[] png = this.mvc.perform(get("/articles/ernie-lancement/card.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(card.getWidth()).isEqualTo(1200);
		assertThat(card.getHeight()).isEqualTo(630);
		assertThat(SocialCards.draw("Un autre titre", "AI Wire", "Huxiu")).isNotEqualTo(png);
	}

	@Test
	void answersAnUnknownArticleWithA404Page() throws Exception {
		given(this.articles.show("nope")).willThrow(new ArticleNotFoundException("nope"));
		this.mvc.perform(get("/articles/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page introuvable")));
	}

	@Test
	void answersAnUnknownTagWithA404Page() throws Exception {
		given(this.articles.tag("nope")).willThrow(new TagNotFoundException("nope"));
		this.mvc.perform(get("/tags/nope")).andExpect(status().isNotFound());
	}

}
