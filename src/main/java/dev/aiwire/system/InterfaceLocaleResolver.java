package dev.aiwire.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the interface, French or English and nothing else: from {@code ?lang=}
 * (through the locale change interceptor), then the cookie that remembers it, then the
 * first language of Accept-Language that the interface speaks, then French. A request for
 * another language, or a cookie that names one, is ignored; a regional variant ("en-GB")
 * counts as its language.
 */
public class InterfaceLocaleResolver extends CookieLocaleResolver {

	public static final String COOKIE = "aiwire-lang";

	/**
	 * How many distinct Accept-Language headers are remembered: browsers send a few
	 * hundred at most.
	 */
	private static final int KNOWN_BROWSERS = 1024;

	private final List<Locale> languages;

	/**
	 * The language chosen for each Accept-Language header seen, since parsing one is not
	 * free.
	 */
	private final Map<String, Locale> browsers = new ConcurrentHashMap<>();

	InterfaceLocaleResolver(List<Locale> languages) {
		super(COOKIE);
		this.languages = List.copyOf(languages);
		setDefaultLocaleFunction(this::fromBrowser);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale supported = supported(super.resolveLocale(request));
		return (supported != null) ? supported : fromBrowser(request);
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return () -> resolveLocale(request);
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		Locale requested = (localeContext != null) ? localeContext.getLocale() : null;
		if (requested == null) {
			super.setLocaleContext(request, response, null);
			return;
		}
		Locale supported = supported(requested);
		if (supported != null) {
			super.setLocaleContext(request, response, new SimpleLocaleContext(supported));
		}
	}

	private Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return this.languages.get(0);
		}
		Locale known = this.browsers.get(header);
		if (known != null) {
			return known;
		}
		Locale found = lookUp(header);
		if (this.browsers.size() < KNOWN_BROWSERS) {
			this.browsers.put(header, found);
		}
		return found;
	}

	private Locale lookUp(String header) {
		try {
			Locale found = Locale.lookup(Locale.LanguageRange.parse(header), this.languages);
			return (found != null) ? found : this.languages.get(0);
		}
		catch (IllegalArgumentException ex) {
			return this.languages.get(0);
		}
	}

	private Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return this.languages.stream()
			.filter(language -> language.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

}
