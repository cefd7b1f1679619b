package dev.aiwire.admin;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Checks a user name against the {@link LoginThrottle} before its password is even looked at, and
 * tells the throttle how each attempt went.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Instant lockedUntil = this.throttle.lockedUntil(username);
		if (lockedUntil != null) {
			logger.warn("Login refused for '{}': too many failures, locked until {}", LogText.safe(username),
					lockedUntil);
			throw new LockedException("too many failed logins for this user name, locked until " + lockedUntil);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
