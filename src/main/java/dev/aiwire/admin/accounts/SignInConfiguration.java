package dev.aiwire.admin.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * How an editor is signed in: their account, checked through the throttle; a refused
 * sign-in goes back to the form saying why ({@code ?error}, or {@code ?wait} when this
 * address must wait).
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	AuthenticationManager authenticationManager(EditorAccounts accounts, PasswordEncoder passwords,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		provider.setHideUserNotFoundExceptions(false);
		return new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle));
	}

	@Bean
	AuthenticationFailureHandler signInFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/admin/login?error");
		failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/admin/login?wait"));
		return failures;
	}

}
