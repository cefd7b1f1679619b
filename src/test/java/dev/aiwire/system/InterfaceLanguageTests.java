package dev.aiwire.system;

import java.time.LocalDate;
import java.util.List;

import dev.aiwire.article.ArticleCard;
import dev.aiwire.article.ArticlePage;
import dev.aiwire.article.ArticleService;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/**
 * The interface speaks French or English, chosen by ?lang=, then a cookie, then the
 * browser.
 */
@WebMvcTest(HomeController.class)
class InterfaceLanguageTests {

	private final MockMvc mvc;

	InterfaceLanguageTests(@Autowired MockMvc mvc) {
		this.mvc = mvc;
	}

	@MockitoBean
	private ArticleService articles;

	@BeforeEach
	void oneArticle() {
		ArticleCard card = new ArticleCard(7, "kimi", "fr", "Kimi et le contexte long", "Moonshot mise tout.",
				LocalDate.of(2024, 3, 25), "36Kr", 7, List.of(), LocalDate.of(2024, 3, 25));
		given(this.articles.latest(any(), anyInt())).willReturn(new ArticlePage(List.of(card), 1, 1, 1));
	}

	@Test
	void speaksFrenchToABrowserThatSaysNothing() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content().string(containsString("25 mars 2024")));
	}

	@Test
	void speaksTheFirstOfTheBrowsersLanguagesThatItKnows() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9,en-GB;q=0.8,fr;q=0.5"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("March 25, 2024")));
		this.mvc.perform(get("/").header("Accept-Language", "de-DE,de;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@Test
	void remembersTheLanguageChosenWithLang() throws Exception {
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(cookie().value("aiwire-lang", "en"))
			.andExpect(content().string(containsString("Latest translations")));
		this.mvc.perform(get("/").cookie(new Cookie("aiwire-lang", "en")).header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void readsARegionalVariantAsItsLanguage() throws Exception {
		this.mvc.perform(get("/").param("lang", "en-GB"))
			.andExpect(cookie().value("aiwire-lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void ignoresALanguageItDoesNotSpeak() throws Exception {
		this.mvc.perform(get("/").param("lang", "de"))
			.andExpect(cookie().doesNotExist("aiwire-lang"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
		this.mvc.perform(get("/").cookie(new Cookie("aiwire-lang", "de")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		this.mvc.perform(get("/").header("Accept-Language", "not a language header;;;"))
			.andExpect(content().string(containsString("<html lang=\"fr\">")));
	}

	@Test
	void switchesLanguageOnTheSamePageWithItsParameters() throws Exception {
		this.mvc.perform(get("/?language=en&page=1"))
			.andExpect(content().string(containsString("href=\"/?language=en&amp;page=1&amp;lang=en\"")))
			.andExpect(content().string(not(containsString("lang=fr&amp;lang"))));
	}

}
