package dev.aiwire.article.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.ArticleNotFoundException;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ReaderArticle;
import dev.aiwire.article.SectionView;
import dev.aiwire.article.TagNotFoundException;
import dev.aiwire.article.TagRef;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ArticleController.class)
@Import(ArticleHead.class)
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
				"<p>Suivez-nous sur WeChat.</p>", List.of(new TagRef("baidu", "Baidu")), List.of(), List.of(), List.of(),
				Instant.now());
	}

	@Test
	void showsTheArticleWithItsProvenanceAndContents() throws Exception {
		given(this.articles.show("ernie-lancement")).willReturn(view());
		this.mvc.perform(get("/articles/ernie-lancement").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Ernie Bot : trop tôt ?</h1>")))
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
