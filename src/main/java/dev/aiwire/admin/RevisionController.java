package dev.aiwire.admin;

import java.security.Principal;

import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.DeskService;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.RevisionView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history of an article: who saved each version and when, a diff of two, and
 * restoring one.
 */
@Controller
class RevisionController {

	private final DeskService desk;

	private final EditingService editing;

	RevisionController(DeskService desk, EditingService editing) {
		this.desk = desk;
		this.editing = editing;
	}

	@GetMapping("/admin/articles/{id}/revisions")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("draft", this.editing.draft(id));
		model.addAttribute("revisions", this.desk.revisions(id));
		return "admin/revisions";
	}

	@GetMapping("/admin/articles/{id}/revisions/diff")
	String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
		RevisionView older = this.desk.revision(id, Math.min(from, to));
		RevisionView newer = this.desk.revision(id, Math.max(from, to));
		model.addAttribute("draft", this.editing.draft(id));
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("diff", WordDiff.between(older.markdown(), newer.markdown()));
		return "admin/diff";
	}

	@PostMapping("/admin/articles/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, Principal editor, RedirectAttributes redirect) {
		PublishResult result = this.desk.restore(id, number, editor.getName());
		redirect.addFlashAttribute("restored", number);
		redirect.addFlashAttribute("savedSlug", result.slug());
		return "redirect:/admin/articles/" + id + "/revisions";
	}

}
