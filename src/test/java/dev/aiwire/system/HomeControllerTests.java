package dev.aiwire.system;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.ArticleCard;
import dev.aiwire.article.ArticlePage;
import dev.aiwire.article.ArticleService;
import dev.aiwire.article.TagRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ArticleService articles;

	@Test
	void showsCardsWithEverythingAReaderScansFor() throws Exception {
		ArticleCard card = new ArticleCard(7, "kimi", "fr", "Kimi et le contexte long", "Moonshot mise tout.",
				LocalDate.of(2024, 3, 25), "36Kr", 7, List.of(new TagRef("moonshot", "Moonshot")),
				LocalDate.of(2024, 3, 26));
		given(this.articles.latest(null, 2)).willReturn(new ArticlePage(List.of(card), 2, 3, 45));
		this.mvc.perform(get("/").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/kimi\"")))
			.andExpect(content().string(containsString("Moonshot mise tout.")))
			.andExpect(content().string(containsString("26 mars 2024")))
			.andExpect(content().string(containsString("d&#39;après 36Kr")))
			.andExpect(content().string(containsString("7 min de lecture")))
			.andExpect(content().string(containsString("href=\"/tags/moonshot\"")))
			.andExpect(content().string(containsString("rel=\"prev\" href=\"/?page=1\"")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/?page=3\"")))
			.andExpect(content().string(containsString("Page 2 sur 3")));
	}

	@Test
	void answersAPageNumberThatIsNotANumberWith400() throws Exception {
		this.mvc.perform(get("/").param("page", "abc")).andExpect(status().isBadRequest());
	}

}
