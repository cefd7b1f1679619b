package dev.aiwire.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.aiwire.article.ArticleService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page on a phone, in Debian's Chromium: nothing wider than the screen at
 * 320 and 390 pixels, in French and in English, and the few places a reader saw cramped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrowScreenBrowserTests {

	private static final String CHROMIUM = System.getProperty("aiwire.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("aiwire.chromedriver", "/usr/bin/chromedriver");

	private static final String ARTICLE = "deepseek-r1-secousse-silicon-valley";

	private static final List<String> READER_PAGES = List.of("/", "/articles/" + ARTICLE,
			"/articles/deepseek-r1-shakes-silicon-valley", "/tags/llm", "/tags", "/archives", "/archives/2025/01",
			"/archives/2025", "/timeline", "/quotes", "/quotes/liang-wenfeng", "/search?q=deepseek",
			"/articles/no-such-article", "/admin/login");

	private final int port;

	private final ArticleService articles;

	private Path profile;

	private ChromeDriver browser;

	private WebDriverWait wait;

	NarrowScreenBrowserTests(@LocalServerPort int port, @Autowired ArticleService articles) {
		this.port = port;
		this.articles = articles;
	}

	@BeforeAll
	void startChromium() throws IOException {
		this.profile = Files.createTempDirectory("aiwire-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--disable-default-apps", "--window-size=800,900", "--lang=fr-FR",
				"--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
	}

	@AfterAll
	void stopChromium() throws IOException {
		if (this.browser != null) {
			this.browser.quit();
		}
		try (Stream<Path> paths = Files.walk(this.profile)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/**
	 * A phone's screen: its width in CSS pixels, and the page laid out as a phone would.
	 */
	private void screen(int width) {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 2, "mobile", true));
	}

	private void open(String path, String language) {
		this.browser
			.get("http://localhost:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.site-footer")));
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

	/**
	 * What sticks out of a screen {@code width} wide: the page's width and the elements
	 * past the edge.
	 */
	private String overflow(int width) {
		return (String) script("""
				const width = arguments[0];
				const page = document.documentElement.scrollWidth;
				if (page <= width) return '';
				const out = [];
				for (const element of document.querySelectorAll('body *')) {
				  const box = element.getBoundingClientRect();
				  if (box.right > width + 0.5 && box.width > 0) {
				    out.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
				        + ' ' + Math.round(box.right));
				  }
				}
				return 'page ' + page + ' px: ' + out.slice(0, 8).join(', ');""", width);
	}

	private List<String> tooWide(List<String> paths, int width) {
		List<String> problems = new ArrayList<>();
		screen(width);
		for (String language : List.of("fr", "en")) {
			for (String path : paths) {
				open(path, language);
				String found = overflow(width);
				if (!found.isEmpty()) {
					problems.add(path + " (" + language + ", " + width + " px) " + found);
				}
			}
		}
		return problems;
	}

	private void signIn() {
		open("/admin/login", "fr");
		this.browser.findElement(By.id("username")).sendKeys("redaction");
		this.browser.findElement(By.id("password")).sendKeys("mot-de-passe-des-tests");
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	@Test
	void noPageIsWiderThanAPhoneScreenInEitherLanguage() {
		this.browser.manage().deleteAllCookies();
		List<String> problems = new ArrayList<>(tooWide(READER_PAGES, 320));
		problems.addAll(tooWide(READER_PAGES, 390));
		long id = this.articles.show(ARTICLE).id();
		signIn();
		List<String> admin = List.of("/admin", "/admin?q=deepseek", "/admin/articles/" + id + "/edit",
				"/admin/articles/new", "/admin/articles/" + id + "/revisions");
		problems.addAll(tooWide(admin, 320));
		problems.addAll(tooWide(admin, 390));
		this.browser.manage().deleteAllCookies();
		assertThat(problems).isEmpty();
	}

	@Test
	void theProvenanceKeepsItsWordsWholeAndTheTagsStandApartFromTheHeader() {
		this.browser.manage().deleteAllCookies();
		screen(390);
		open("/articles/" + ARTICLE, "fr");
		WebElement provenance = this.browser.findElement(By.cssSelector(".provenance"));
		for (WebElement value : provenance.findElements(By.tagName("dd"))) {
			assertThat(value.getRect().getWidth()).as(value.getText())
				.isGreaterThan(provenance.getRect().getWidth() * 2 / 3);
		}
		double gap = ((Number) script("""
				return document.querySelector('.article-header > .tags').getBoundingClientRect().top
				    - document.querySelector('.site-header').getBoundingClientRect().bottom;""")).doubleValue();
		assertThat(gap).isGreaterThanOrEqualTo(12);
	}

	@Test
	void theEditorsButtonsAreStyledLikeTheSite() {
		this.browser.manage().deleteAllCookies();
		screen(390);
		open("/admin/login", "fr");
		WebElement button = this.browser.findElement(By.id("sign-in"));
		String accent = (String) script("""
				const probe = document.createElement('span');
				probe.style.color = 'var(--accent)';
				document.body.append(probe);
				const color = getComputedStyle(probe).color;
				probe.remove();
				return color;""");
		String background = (String) script("return getComputedStyle(arguments[0]).backgroundColor;", button);
		assertThat(background).isEqualTo(accent);
		assertThat(button.getCssValue("border-top-left-radius")).isNotEqualTo("0px");
		assertThat(button.getRect().getHeight()).isGreaterThanOrEqualTo(40);
	}

}
