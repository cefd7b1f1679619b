package dev.aiwire.admin.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An editor's own password change, as the form asks for it: the current one, the new one
 * twice.
 */
class PasswordForm {

	@NotBlank(message = "{admin.account.current.missing}")
	private String current = "";

	@Size(min = 12, max = 200, message = "{admin.account.password.size}")
	private String password = "";

	private String confirmation = "";

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

	@AssertTrue(message = "{admin.account.confirmation.different}")
	public boolean isConfirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

	/** Passwords are never sent back to the browser. */
	void forget() {
		this.current = "";
		this.password = "";
		this.confirmation = "";
	}

}
