package dev.aiwire.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.aiwire.admin.accounts.EditorAccounts;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.EditingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an editor and a reader do, in Debian's Chromium driven through chromedriver: one
 * server and one browser for the whole class, a fresh profile, nothing downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AdminTestDatabase.URL)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTests {

	private static final String CHROMIUM = System.getProperty("aiwire.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("aiwire.chromedriver", "/usr/bin/chromedriver");

	private static final String PASSWORD = "mot-de-passe-des-tests";

	private final int port;

	private final EditingService editing;

	private final EditorAccounts accounts;

	private Path profile;

	private Path files;

	private WebDriver browser;

	private WebDriverWait wait;

	AdminBrowserTests(@LocalServerPort int port, @Autowired EditingService editing,
			@Autowired EditorAccounts accounts) {
		this.port = port;
		this.editing = editing;
		this.accounts = accounts;
	}

	@BeforeAll
	void startChromium() throws IOException {
		this.profile = Files.createTempDirectory("aiwire-chromium-");
		this.files = Files.createTempDirectory("aiwire-uploads-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--disable-default-apps", "--window-size=1280,1024", "--lang=fr-FR",
				"--user-data-dir=" + this.profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
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
		for (Path folder : new Path[] { this.profile, this.files }) {
			try (Stream<Path> paths = Files.walk(folder)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	@BeforeEach
	void signOut() {
		open("/");
		this.browser.manage().deleteAllCookies();
		for (String handle : new ArrayList<>(this.browser.getWindowHandles())) {
			if (this.browser.getWindowHandles().size() > 1) {
				this.browser.switchTo().window(handle).close();
			}
		}
		this.browser.switchTo().window(this.browser.getWindowHandles().iterator().next());
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private WebElement find(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	private void signIn(String username, String password) {
		open("/admin/login");
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("#sign-in").click();
	}

	private void signInAsEditor() {
		signIn("redaction", PASSWORD);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
	}

	private Path file(String name, String content) throws IOException {
		return Files.writeString(this.files.resolve(name), content, StandardCharsets.UTF_8);
	}

	private void assertNothingRuns() {
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> this.browser.switchTo().alert());
		@SuppressWarnings("unchecked")
		List<String> found = (List<String>) ((JavascriptExecutor) this.browser).executeScript("""
				const problems = [];
				for (const element of document.querySelectorAll('*')) {
				  for (const attribute of element.attributes) {
				    const name = attribute.name.toLowerCase();
				    const value = attribute.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
				    if (name.startsWith('on')) problems.push('handler ' + name + ' on ' + element.tagName);
				    if (['href', 'src', 'action', 'formaction', 'data'].includes(name)
				        && /^(javascript|vbscript|data):/.test(value)) problems.push(name + '=' + value);
				  }
				  if (element.tagName === 'SCRIPT' && element.type !== 'application/ld+json'
				      && !(element.src && new URL(element.src).origin === location.origin)) {
				    problems.push('script ' + element.outerHTML);
				  }
				  if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(element.tagName)) problems.push(element.tagName);
				}
				return problems;""");
		assertThat(found).isEmpty();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() {
		open("/admin/articles/new");
		this.wait.until(ExpectedConditions.urlContains("/admin/login"));
		assertThat(find("h1").getText()).isEqualTo("Connexion à la rédaction");
	}

	@Test
	void anEditorUploadsPreviewsAndPublishesAndReadersSeeTheArticle() throws IOException {
		Uploads upload = Uploads.article().title("Ernie 4.5 vu par le navigateur");
		signInAsEditor();
		Cookie session = this.browser.manage().getCookieNamed("SESSION");
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		find("#nav-new").click();
		find("#file").sendKeys(file("ernie.md", upload.markdown()).toString());
		find("#preview").click();
		assertThat(find(".admin-preview h1").getText()).isEqualTo("Ernie 4.5 vu par le navigateur");
		assertThat(find(".admin-preview figcaption").getText()).isEqualTo("— Robin Li");
		assertThat(find("#publish").getText()).isEqualTo("Publier");
		assertThat(find("#save-draft").getText()).isEqualTo("Enregistrer comme brouillon");
		find("#publish").click();
		assertThat(find("#saved").getText()).contains("Article publié.");

		open("/");
		find("a[href='/articles/" + upload.slug() + "']").click();
		assertThat(find("h1").getText()).isEqualTo("Ernie 4.5 vu par le navigateur");
		assertThat(this.browser.findElements(By.cssSelector("section h2")).stream().map(WebElement::getText))
			.contains("Une réponse à DeepSeek");
	}

	@Test
	void anEditorPastesTextAndSavesADraftReadersDoNotSee() {
		Uploads upload = Uploads.article().title("Un brouillon collé");
		signInAsEditor();
		open("/admin/articles/new");
		find("#markdown").sendKeys(upload.markdown());
		find("#preview").click();
		assertThat(find(".admin-preview h1").getText()).isEqualTo("Un brouillon collé");
		find("#save-draft").click();
		assertThat(find("#saved").getText()).contains("Brouillon enregistré.");
		open("/articles/" + upload.slug());
		assertThat(find("h1").getText()).isEqualTo("Page introuvable");
	}

	@Test
	void aBadUploadIsExplainedAndTheTextKept() throws IOException {
		signInAsEditor();
		open("/admin/articles/new");
		String markdown = "---\ntitle: Une date impossible\nsource: ifanr\nlang: fr\ndate: 2023-13-45\n---\nLe texte.";
		find("#file").sendKeys(file("date.md", markdown).toString());
		find("#preview").click();
		assertThat(find("#problem").getText()).contains(
				"en-tête, ligne 5\u202F: La date (date) «\u202F2023-13-45\u202F» n'est pas une date valide (attendu\u202F: AAAA-MM-JJ).");
		assertThat(find("#markdown").getAttribute("value")).contains("title: Une date impossible");
	}

	@Test
	void anUploadOverTheLimitGetsTheFriendlyPage() throws IOException {
		signInAsEditor();
		open("/admin/articles/new");
		String big = Uploads.article().markdown() + "Une ligne de texte un peu longue.\n".repeat(110_000);
		find("#file").sendKeys(file("gros.md", big).toString());
		find("#preview").click();
		assertThat(find("h1").getText()).isEqualTo("Fichier trop volumineux");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedWithBothVersions() {
		PublishResult article = this.editing.create(Uploads.article().title("Version commune").markdown(), "claire");
		String edit = "/admin/articles/" + article.articleId() + "/edit";
		signInAsEditor();
		open(edit);
		String first = this.browser.getWindowHandle();
		this.browser.switchTo().newWindow(WindowType.TAB);
		open(edit);
		String second = this.browser.getWindowHandle();

		this.browser.switchTo().window(first);
		replaceTitle("Version commune", "Version du premier onglet");
		find("#save").click();
		assertThat(find("#edit-preview-intro").getText()).contains("l'article en ligne n'a pas changé");
		find("#publish-changes").click();
		assertThat(find("#saved").getText()).contains("Nouvelle révision enregistrée.");

		this.browser.switchTo().window(second);
		replaceTitle("Version commune", "Version du second onglet");
		find("#save").click();
		find("#publish-changes").click();
		assertThat(find("#conflict").getText()).contains("Votre version n'a pas été enregistrée");
		assertThat(find("#theirs").getAttribute("value")).contains("Version du premier onglet");
		assertThat(find("#markdown").getAttribute("value")).contains("Version du second onglet");
	}

	@Test
	void anEditInProgressIsKeptAsideByThePageAndRestoredWhenItOpensAgain() {
		PublishResult article = this.editing.create(Uploads.article().title("Titre avant le brouillon").markdown(),
				"claire");
		String edit = "/admin/articles/" + article.articleId() + "/edit";
		signInAsEditor();
		open(edit);
		replaceTitle("Titre avant le brouillon", "Titre du brouillon en cours");
		// leaving the textarea is a change: the page keeps the edit aside by itself
		find("#slug").click();
		assertThat(find("#autosave-status").getText()).startsWith("Brouillon enregistré automatiquement");
		open(edit);
		assertThat(find("#draft-restored").getText()).contains("restauré");
		assertThat(find("#markdown").getAttribute("value")).contains("Titre du brouillon en cours");
		find("#discard-draft").click();
		assertThat(find("#draft-discarded").isDisplayed()).isTrue();
		assertThat(find("#markdown").getAttribute("value")).contains("Titre avant le brouillon");
	}

	/**
	 * The whole desk as a working editor meets it: a plain-text paste with no front
	 * matter, the form's fields, sections and a quotation seen in the preview, a speaker
	 * corrected, the article first for readers and in the feed, a word edited through the
	 * preview and marked in the diff, and a password changed.
	 */
	@Test
	void anEditorGoesFromAPlainPasteToAPublishedArticleEditsAWordAndChangesTheirPassword() throws Exception {
		this.accounts.add("marie", "mot-de-passe-de-marie", "test");
		signIn("marie", "mot-de-passe-de-marie");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		open("/admin/articles/new");
		find("#markdown").sendKeys("""
				Zhipu parie sur les agents en entreprise

				Zhipu a présenté mardi à Pékin une plateforme d'agents destinée aux grandes entreprises chinoises.

				Une stratégie assumée

				Le directeur général Zhang Peng a expliqué devant la presse :

				« Nous voulons que chaque entreprise puisse construire ses propres agents sans dépendre de personne. »

				Les premiers clients sont des banques et des opérateurs de télécommunications.
				""");
		find("#date").sendKeys("2025-03-04");
		find("#source").sendKeys("36Kr");
		find("#preview").click();
		assertThat(find("#title").getAttribute("value")).isEqualTo("Zhipu parie sur les agents en entreprise");
		assertThat(find(".admin-preview h1").getText()).isEqualTo("Zhipu parie sur les agents en entreprise");
		assertThat(this.browser.findElements(By.cssSelector(".admin-preview section h2"))
			.stream()
			.map(WebElement::getText)).contains("Une stratégie assumée");
		assertThat(find(".admin-preview figcaption").getText()).contains("Zhang Peng");
		find("#publish").click();
		assertThat(find("#saved").getText()).contains("Article publié.");
		String id = this.browser.getCurrentUrl().replaceAll(".*/admin/articles/(\\d+)/edit.*", "$1");

		open("/admin/articles/" + id + "/review");
		WebElement speaker = find("#speaker-1");
		speaker.clear();
		speaker.sendKeys("Peng Zhang");
		speaker.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[value=correct]")).click();

		open("/");
		WebElement first = find(".cards li:first-child .card-title a");
		assertThat(first.getText()).isEqualTo("Zhipu parie sur les agents en entreprise");
		first.click();
		assertThat(find("article figcaption").getText()).contains("Peng Zhang");
		String slug = this.browser.getCurrentUrl().replaceAll(".*/articles/", "");
		java.net.http.HttpResponse<String> feed = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/feed.atom"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		String firstEntry = feed.body().substring(feed.body().indexOf("<entry"));
		assertThat(firstEntry.substring(0, firstEntry.indexOf("</entry>"))).contains("/articles/" + slug);

		open("/admin/articles/" + id + "/edit");
		replaceTitle("présenté mardi", "présenté mercredi");
		find("#save").click();
		find("#publish-changes").click();
		assertThat(find("#saved").getText()).contains("Nouvelle révision enregistrée.");
		open("/admin/articles/" + id + "/revisions");
		find("#compare > button[type=submit]").click();
		assertThat(this.browser.findElements(By.cssSelector("ins")).stream().map(WebElement::getText))
			.anySatisfy(added -> assertThat(added).contains("mercredi"));

		open("/admin/account");
		find("#current").sendKeys("mot-de-passe-de-marie");
		find("#password").sendKeys("un-nouveau-mot-de-passe");
		find("#confirmation").sendKeys("un-nouveau-mot-de-passe");
		find("#change-password-submit").click();
		assertThat(find("#password-changed").getText()).isEqualTo("Mot de passe changé.");
		this.browser.manage().deleteAllCookies();
		signIn("marie", "un-nouveau-mot-de-passe");
		assertThat(this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")))).isNotNull();
	}

	private void replaceTitle(String from, String to) {
		WebElement textarea = find("#markdown");
		String text = textarea.getAttribute("value").replace(from, to);
		textarea.clear();
		textarea.sendKeys(text);
	}

	@Test
	void afterFailedSignInsThisAddressIsToldToWaitEvenWithTheRightPassword() {
		String username = "attente-" + System.nanoTime() % 100_000;
		this.accounts.add(username, "le-bon-mot-de-passe", "test");
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(username, "mauvais-" + attempt);
			assertThat(find("#login-error").getText()).isEqualTo("Nom d'utilisateur ou mot de passe incorrect.");
		}
		signIn(username, "le-bon-mot-de-passe");
		assertThat(find("#login-wait").getText()).contains("attendez");
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login");
	}

	@Test
	void scriptInAnUploadRunsNowhere() {
		Uploads upload = XssVectors.article();
		PublishResult article = this.editing.create(upload.markdown(), "redaction");
		open("/articles/" + upload.slug());
		assertThat(find("h1").getText()).startsWith("Titre \"'><script>");
		assertNothingRuns();
		open("/");
		assertNothingRuns();
		signInAsEditor();
		for (String path : new String[] { "/admin", "/admin/articles/" + article.articleId() + "/edit",
				"/admin/articles/" + article.articleId() + "/preview" }) {
			open(path);
			find("h1");
			assertNothingRuns();
		}
		open("/admin/articles/new");
		find("#file").sendKeys(fileQuietly("piege.md", XssVectors.article().markdown()).toString());
		find("#preview").click();
		find(".admin-preview h1");
		assertNothingRuns();
		assertThat(find("#warnings").getText()).contains("Balisage retiré pour la sécurité");
	}

	private Path fileQuietly(String name, String content) {
		try {
			return file(name, content);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
