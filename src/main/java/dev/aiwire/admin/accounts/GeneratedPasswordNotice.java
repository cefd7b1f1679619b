package dev.aiwire.admin.accounts;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every admin page, once signed in, says which editors still have the password generated at the
 * first start (shown in the start-up log), until they replace it.
 */
@ControllerAdvice(basePackages = "dev.aiwire.admin")
class GeneratedPasswordNotice {

	private final EditorAccounts accounts;

	GeneratedPasswordNotice(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("generatedPasswords")
	List<String> generatedPasswords(Principal principal) {
		return (principal != null) ? this.accounts.withGeneratedPassword() : List.of();
	}

}
