package dev.aiwire.admin;

import java.security.Principal;

import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.DeskArticle;
import dev.aiwire.article.desk.EditConflictException;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.SlugTakenException;
import dev.aiwire.markdown.DocumentException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing an article: its Markdown in a textarea and the fields of an {@link ArticleForm} beside
 * it, each save a new revision. A field that does not validate is shown with its error and nothing
 * is saved; a save over a version someone else saved in the meantime is refused with 409, showing
 * both versions.
 */
@Controller
class EditController {

	private final EditingService editing;

	private final AdminProperties properties;

	EditController(EditingService editing, AdminProperties properties) {
		this.editing = editing;
		this.properties = properties;
	}

	@GetMapping("/admin/articles/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		DeskArticle draft = this.editing.draft(id);
		model.addAttribute("draft", draft);
		model.addAttribute("form", new ArticleForm(draft.markdown()));
		model.addAttribute("version", draft.version());
		return "admin/edit";
	}

	@GetMapping("/admin/articles/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("draft", this.editing.draft(id));
		var preview = this.editing.previewStored(id);
		model.addAttribute("preview", preview);
		model.addAttribute("article", preview.article());
		return "admin/stored-preview";
	}

	@PostMapping("/admin/articles/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult fields,
			@RequestParam long version, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), this.properties.maxUpload().toBytes()));
		if (fields.hasErrors()) {
			return refused(id, version, model, response);
		}
		String text = form.getMarkdown();
		try {
			text = form.markdownWithFields();
			PublishResult result = this.editing.update(id, version, text, editor.getName());
			redirect.addFlashAttribute("saved", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
			redirect.addFlashAttribute("savedSlug", result.slug());
			return "redirect:/admin/articles/" + id + "/edit";
		}
		catch (EditConflictException ex) {
			return conflict(ex.current(), text, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(this.editing.draft(id), text, model, response);
		}
		catch (SlugTakenException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("slugConflict", ex.conflict());
			return refused(id, version, model, response);
		}
		catch (DocumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			return refused(id, version, model, response);
		}
	}

	/** The edit page again, the editor's text and fields kept in the form, nothing saved. */
	private String refused(long id, long version, Model model, HttpServletResponse response) {
		response.setStatus(UploadController.UNPROCESSABLE);
		model.addAttribute("draft", this.editing.draft(id));
		model.addAttribute("version", version);
		return "admin/edit";
	}

	/** Both versions side by side, and the editor's own kept in a form that saves it over the other. */
	private static String conflict(DeskArticle current, String yours, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("draft", current);
		model.addAttribute("markdown", yours);
		model.addAttribute("version", current.version());
		model.addAttribute("diff", LineDiff.between(current.markdown(), yours, "enregistrée", "la vôtre"));
		return "admin/conflict";
	}

}
