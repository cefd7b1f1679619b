package dev.aiwire.admin;

import dev.aiwire.admin.accounts.EditorAccounts;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security of the whole site, declared once. Readers' pages are public; everything
 * under {@code /admin} needs an editor, signed in with a form at {@code /admin/login}
 * (checked and throttled as {@code admin.accounts} says) and out with a POST to
 * {@code /admin/logout}. Every form carries a CSRF token, signing in starts a new
 * session, and every page gets a Content-Security-Policy without inline script, nosniff,
 * a referrer policy and no framing.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

	/**
	 * No inline script, no plugin, no framing; images of articles may come from https
	 * sites.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' https:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication,
			AuthenticationFailureHandler failures, AdminProperties properties) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/login")
			.permitAll()
			.requestMatchers("/admin", "/admin/**")
			.hasRole(EditorAccounts.ROLE)
			.anyRequest()
			.permitAll())
			.authenticationManager(authentication)
			.formLogin(form -> form.loginPage("/admin/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.defaultSuccessUrl("/admin")
				.failureHandler(failures)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.newSession()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.addFilterBefore(new UploadSizeFilter(properties.maxRequestBytes()), CsrfFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The multipart limits follow {@code aiwire.admin.max-upload}: the parser takes a
	 * file and a paste at the limit, and the upload form checks each against it.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(AdminProperties properties) {
		long max = properties.maxRequestBytes();
		return new MultipartConfigElement("", max, max, (int) Math.min(max, 8 * 1024 * 1024));
	}

}
