package dev.aiwire.admin.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new editor account as the form asks for it. */
class EditorForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9._-]{2,50}", message = "{admin.editors.username.invalid}")
	private String username;

	@Size(min = 12, max = 200, message = "{admin.editors.password.size}")
	private String password = "";

	private String confirmation = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	@AssertTrue(message = "{admin.editors.confirmation.different}")
	public boolean isConfirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

}
