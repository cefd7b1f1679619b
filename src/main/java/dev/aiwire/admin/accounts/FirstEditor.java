package dev.aiwire.admin.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import dev.aiwire.admin.AdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first editor, from {@code aiwire.admin.username} and {@code aiwire.admin.password}.
 * A configured password always applies (that is also how a forgotten one is reset).
 * Without one, and with no editor yet, a random password is generated and logged once,
 * clearly; the desk then asks, on every page, to replace it at {@code /admin/account}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstEditor implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstEditor.class);

	private final EditorAccounts accounts;

	private final AdminProperties properties;

	FirstEditor(EditorAccounts accounts, AdminProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = this.properties.username();
		String password = this.properties.password();
		if (password != null && !password.isBlank()) {
			this.accounts.ensure(username, password);
			return;
		}
		if (this.accounts.isEmpty()) {
			String generated = randomPassword();
			this.accounts.addWithGeneratedPassword(username, generated);
			logger.warn("""

					================================================================
					  AI Wire: first editor created (no aiwire.admin.password set)
					    user name: {}
					    password:  {}
					  Sign in at /admin/login. This password is shown only once:
					  replace it at /admin/account, or set AIWIRE_ADMIN_PASSWORD.
					================================================================""", username, generated);
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
