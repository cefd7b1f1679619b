package dev.aiwire.system;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aiwire.article.SiteProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the site (for absolute URLs) and, for the
 * interface language switch, the address of the same page in each language, its other
 * parameters kept.
 */
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
class SiteModel {

	private final SiteProperties site;

	SiteModel(SiteProperties site) {
		this.site = site;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	/**
	 * The spacing of each language for the stored texts a page shows beside an article
	 * body: titles, summaries, quotations, timeline excerpts.
	 */
	@ModelAttribute("typography")
	TypographyHelper typography() {
		return TypographyHelper.INSTANCE;
	}

	/**
	 * The words of the header's search box: what was searched on the search page, nothing
	 * elsewhere. A page's own model attributes (a timeline query, the admin's title
	 * filter) never reach it, whatever their name.
	 */
	@ModelAttribute("siteSearchText")
	String siteSearchText(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return "/search".equals(path) ? request.getParameter("q") : null;
	}

	/**
	 * The same page in each language; for a page that answers a form (a preview, a
	 * conflict), which a link cannot ask for again, the start of the admin or the home
	 * page.
	 */
	@ModelAttribute("interfaceLanguages")
	Map<String, String> interfaceLanguages(HttpServletRequest request) {
		boolean answersAForm = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		String path = request.getRequestURI();
		if (answersAForm) {
			path = path.startsWith(request.getContextPath() + "/admin") ? request.getContextPath() + "/admin"
					: request.getContextPath() + "/";
		}
		Map<String, String> links = new LinkedHashMap<>();
		for (var language : WebConfiguration.LANGUAGES) {
			links.put(language.getLanguage(),
					UriComponentsBuilder.fromPath(path)
						.query(answersAForm ? null : request.getQueryString())
						.replaceQueryParam("lang", language.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

}
