package dev.aiwire.admin.accounts;

import java.security.Principal;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every admin page, once signed in, says which editors still have the password generated
 * at the first start (shown in the start-up log), until they replace it.
 */
@ControllerAdvice(basePackages = "dev.aiwire.admin")
class GeneratedPasswordNotice {

	/**
	 * The accounts, absent from the tests of a single reader's page, which have no
	 * editors.
	 */
	private final ObjectProvider<EditorAccounts> accounts;

	GeneratedPasswordNotice(ObjectProvider<EditorAccounts> accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("generatedPasswords")
	List<String> generatedPasswords(Principal principal) {
		EditorAccounts editors = this.accounts.getIfAvailable();
		return (principal != null && editors != null) ? editors.withGeneratedPassword() : List.of();
	}

}
