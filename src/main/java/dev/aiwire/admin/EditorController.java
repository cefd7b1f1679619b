package dev.aiwire.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editor accounts: the list, and a form to add one. */
@Controller
class EditorController {

	private final EditorAccounts accounts;

	EditorController(EditorAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/editors")
	String list(Model model) {
		model.addAttribute("form", new EditorForm());
		model.addAttribute("editors", this.accounts.list());
		return "admin/editors";
	}

	@PostMapping("/admin/editors")
	String create(@Valid @ModelAttribute("form") EditorForm form, BindingResult result, Principal editor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasFieldErrors("username") && this.accounts.exists(form.getUsername())) {
			result.rejectValue("username", "admin.editors.username.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(UploadController.UNPROCESSABLE);
			form.setPassword("");
			form.setConfirmation("");
			model.addAttribute("editors", this.accounts.list());
			return "admin/editors";
		}
		this.accounts.add(form.getUsername(), form.getPassword(), editor.getName());
		redirect.addFlashAttribute("added", form.getUsername());
		return "redirect:/admin/editors";
	}

}
