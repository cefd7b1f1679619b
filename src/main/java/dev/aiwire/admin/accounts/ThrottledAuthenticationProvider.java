package dev.aiwire.admin.accounts;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the {@link LoginThrottle} whether this name may try from this address before its
 * password is even looked at, tells it how each attempt went, and logs every refusal with
 * the name, the address and the reason (never the password). An unknown name and a
 * disabled account get the same answer as a wrong password.
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
		String address = addressOf(authentication);
		Duration wait = this.throttle.waitFor(username, address);
		if (!wait.isZero()) {
			SignInThrottledException refused = new SignInThrottledException(wait);
			logger.warn("Sign-in refused for '{}' from {}: too many failures from this address, {}s still to wait",
					LogText.safe(username), LogText.safe(address), refused.waitSeconds());
			throw refused;
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(username, address);
			return result;
		}
		catch (UsernameNotFoundException ex) {
			throw failed(username, address, "unknown user name");
		}
		catch (BadCredentialsException ex) {
			throw failed(username, address, "wrong password");
		}
		catch (AccountStatusException ex) {
			throw failed(username, address, "account disabled");
		}
	}

	private BadCredentialsException failed(String username, String address, String reason) {
		LoginThrottle.Failure failure = this.throttle.failed(username, address);
		logger.warn("Sign-in refused for '{}' from {}: {} ({} in a row from this address, next attempt in {}s)",
				LogText.safe(username), LogText.safe(address), reason, failure.inARow(),
				failure.nextWait().toSeconds());
		return new BadCredentialsException("Bad credentials");
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
