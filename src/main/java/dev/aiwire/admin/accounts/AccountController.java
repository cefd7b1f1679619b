package dev.aiwire.admin.accounts;

import java.security.Principal;

import dev.aiwire.admin.accounts.EditorAccounts.PasswordChange;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in editor's own account: changing their password, the current one asked
 * first.
 */
@Controller
class AccountController {

	private final EditorAccounts accounts;

	AccountController(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/account")
	String show(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "admin/account";
	}

	@PostMapping("/admin/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal editor,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			PasswordChange change = this.accounts.changePassword(editor.getName(), form.getCurrent(),
					form.getPassword());
			if (change == PasswordChange.WRONG_CURRENT) {
				result.rejectValue("current", "admin.account.current.wrong");
			}
			else if (change == PasswordChange.SAME_AS_CURRENT) {
				result.rejectValue("password", "admin.account.password.same");
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			form.forget();
			return "admin/account";
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/admin/account";
	}

}
