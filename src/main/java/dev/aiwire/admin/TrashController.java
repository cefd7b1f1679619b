package dev.aiwire.admin;

import java.security.Principal;

import dev.aiwire.article.desk.TrashService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting moves an article to the trash, from which it can be restored. Emptying the
 * trash, which deletes for good, is a separate action with its own confirmation page.
 */
@Controller
class TrashController {

	private final TrashService trash;

	TrashController(TrashService trash) {
		this.trash = trash;
	}

	@PostMapping("/admin/articles/{id}/trash")
	String delete(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		this.trash.trash(id, editor.getName());
		redirect.addFlashAttribute("trashed", id);
		return "redirect:/admin/trash";
	}

	@PostMapping("/admin/articles/{id}/restore")
	String restore(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		this.trash.restore(id, editor.getName());
		redirect.addFlashAttribute("restoredFromTrash", id);
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/*
	 * The articles are "inTrash", not "trashed": that name is the notice an editor gets
	 * once, right after trashing one, and the layout shows it whenever the model has it.
	 */
	@GetMapping("/admin/trash")
	String list(Model model) {
		model.addAttribute("inTrash", this.trash.trashed());
		return "admin/trash";
	}

	@GetMapping("/admin/trash/empty")
	String confirmEmpty(Model model) {
		model.addAttribute("inTrash", this.trash.trashed());
		return "admin/trash-empty";
	}

	@PostMapping("/admin/trash/empty")
	String empty(@RequestParam(defaultValue = "false") boolean confirm, Principal editor, RedirectAttributes redirect) {
		if (!confirm) {
			return "redirect:/admin/trash/empty";
		}
		redirect.addFlashAttribute("emptied", this.trash.emptyTrash(editor.getName()));
		return "redirect:/admin/trash";
	}

}
