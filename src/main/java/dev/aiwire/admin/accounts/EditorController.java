package dev.aiwire.admin.accounts;

import java.security.Principal;

import dev.aiwire.admin.accounts.EditorAccounts.AccountChange;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editor accounts: the list, a form to add one, and disabling, enabling or removing
 * another editor. Nobody disables or removes themselves, and the last editor able to sign
 * in stays so.
 */
@Controller
class EditorController {

	private final EditorAccounts accounts;

	private final EditorSessions sessions;

	EditorController(EditorAccounts accounts, EditorSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@GetMapping("/admin/editors")
	String list(Model model) {
		model.addAttribute("form", new EditorForm());
		model.addAttribute("editors", this.accounts.list());
		return "admin/editors";
	}

	@PostMapping("/admin/editors")
	String create(@Valid @ModelAttribute("form") EditorForm form, BindingResult result, Principal editor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.getUsername())) {
			result.rejectValue("username", "admin.editors.username.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			form.setPassword("");
			form.setConfirmation("");
			model.addAttribute("editors", this.accounts.list());
			return "admin/editors";
		}
		this.accounts.add(form.getUsername(), form.getPassword(), editor.getName());
		redirect.addFlashAttribute("added", form.getUsername());
		return "redirect:/admin/editors";
	}

	@PostMapping("/admin/editors/{username}/disable")
	String disable(@PathVariable String username, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return outcome(this.accounts.disable(username, editor.getName()), username, "disabled", true, model, redirect,
				response);
	}

	@PostMapping("/admin/editors/{username}/enable")
	String enable(@PathVariable String username, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return outcome(this.accounts.enable(username, editor.getName()), username, "enabled", false, model, redirect,
				response);
	}

	@PostMapping("/admin/editors/{username}/delete")
	String delete(@PathVariable String username, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return outcome(this.accounts.remove(username, editor.getName()), username, "removed", true, model, redirect,
				response);
	}

	/**
	 * Back to the list: with a notice when done (and the editor's sessions ended when
	 * they lose access), or the list again with the reason and a 4xx when refused.
	 */
	private String outcome(AccountChange change, String username, String done, boolean endsSessions, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (change == AccountChange.DONE) {
			if (endsSessions) {
				this.sessions.end(username);
			}
			redirect.addFlashAttribute("accountChanged", done);
			redirect.addFlashAttribute("accountName", username);
			return "redirect:/admin/editors";
		}
		response.setStatus(
				(change == AccountChange.NOT_FOUND) ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
		model.addAttribute("refused", change.name());
		model.addAttribute("refusedName", username);
		return list(model);
	}

}
