package dev.aiwire.admin;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.DeskArticle;
import dev.aiwire.article.desk.EditConflictException;
import dev.aiwire.article.desk.EditDrafts;
import dev.aiwire.article.desk.EditPreview;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.PendingEdit;
import dev.aiwire.article.desk.SlugConflict;
import dev.aiwire.article.desk.SlugTakenException;
import dev.aiwire.markdown.DocumentException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing an article: its Markdown in a textarea and the fields of an
 * {@link ArticleForm} beside it. The edit is first shown as readers will see it, with
 * what it changes in the quotations and the timeline; only "publish the changes" saves
 * it, as a new revision. Until then the live article is untouched, and the edit in
 * progress can be kept aside as a draft (by the page's autosave or its button), which the
 * edit page restores. A field that does not validate is shown with its error, in the
 * interface's language, and nothing is saved; a save over a version someone else saved in
 * the meantime is refused with 409, showing both versions.
 */
@Controller
class EditController {

	private final EditingService editing;

	private final EditDrafts drafts;

	private final AdminProperties properties;

	private final MessageSource messages;

	EditController(EditingService editing, EditDrafts drafts, AdminProperties properties, MessageSource messages) {
		this.editing = editing;
		this.drafts = drafts;
		this.properties = properties;
		this.messages = messages;
	}

	/** The article's text, or the draft kept aside for it, with a notice saying so. */
	@GetMapping("/admin/articles/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		DeskArticle draft = this.editing.draft(id);
		model.addAttribute("draft", draft);
		Optional<PendingEdit> pending = this.drafts.pending(id);
		if (pending.isPresent()) {
			PendingEdit edit = pending.get();
			ArticleForm form = new ArticleForm(edit.markdown());
			form.setSlug(edit.slug());
			form.setStatus(edit.status());
			model.addAttribute("form", form);
			model.addAttribute("version", edit.baseVersion());
			model.addAttribute("pendingEdit", edit);
			model.addAttribute("pendingBehind", edit.baseVersion() != draft.version());
		}
		else {
			model.addAttribute("form", new ArticleForm(draft.markdown()));
			model.addAttribute("version", draft.version());
		}
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

	/** Back from the preview of an edit to its text, as it was, nothing saved. */
	@PostMapping("/admin/articles/{id}/edit")
	String back(@PathVariable long id, @RequestParam(defaultValue = "") String markdown, @RequestParam long version,
			Model model) {
		model.addAttribute("draft", this.editing.draft(id));
		model.addAttribute("form",
				new ArticleForm(Markdowns.fromField(markdown, this.properties.maxUpload().toBytes())));
		model.addAttribute("version", version);
		return "admin/edit";
	}

	/** The edit as readers will see it, and what it changes; nothing saved. */
	@PostMapping("/admin/articles/{id}/preview")
	String previewEdit(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult fields,
			@RequestParam long version, Model model, HttpServletResponse response) {
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), this.properties.maxUpload().toBytes()));
		if (fields.hasErrors()) {
			return refused(id, version, model, response);
		}
		try {
			String text = form.markdownWithFields();
			EditPreview edit = this.editing.previewEdit(id, text);
			if (edit.preview().slugConflict() != null) {
				slugTaken(edit.preview().slugConflict(), form, fields, model);
				return refused(id, version, model, response);
			}
			model.addAttribute("draft", this.editing.draft(id));
			model.addAttribute("edit", edit);
			model.addAttribute("preview", edit.preview());
			model.addAttribute("article", edit.preview().article());
			model.addAttribute("version", version);
			return "admin/edit-preview";
		}
		catch (DocumentException ex) {
			documentRefused(ex, form, fields, model);
			return refused(id, version, model, response);
		}
	}

	/** Publishes the changes: a new revision of the article, and its draft forgotten. */
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
			this.drafts.discard(id);
			redirect.addFlashAttribute("saved", result.outcome().name().toLowerCase(Locale.ROOT));
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
			slugTaken(ex.conflict(), form, fields, model);
			return refused(id, version, model, response);
		}
		catch (DocumentException ex) {
			documentRefused(ex, form, fields, model);
			return refused(id, version, model, response);
		}
	}

	/**
	 * Keeps the edit aside (the page's button, without script), then the edit page with
	 * it.
	 */
	@PostMapping("/admin/articles/{id}/draft")
	String saveDraft(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult fields,
			@RequestParam long version, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), this.properties.maxUpload().toBytes()));
		if (fields.hasErrors()) {
			return refused(id, version, model, response);
		}
		this.drafts.save(id, form.getMarkdown(), form.getSlug(), form.getStatus(), version, editor.getName());
		redirect.addFlashAttribute("draftSaved", true);
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/**
	 * Keeps the edit aside for the page's script: 204, or 422 when a field is refused.
	 */
	@PostMapping(path = "/admin/articles/{id}/draft", params = "autosave")
	@ResponseBody
	ResponseEntity<Void> autosave(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form,
			BindingResult fields, @RequestParam long version, Principal editor) {
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), this.properties.maxUpload().toBytes()));
		if (fields.hasErrors()) {
			return ResponseEntity.status(UploadController.UNPROCESSABLE).build();
		}
		this.drafts.save(id, form.getMarkdown(), form.getSlug(), form.getStatus(), version, editor.getName());
		return ResponseEntity.noContent().build();
	}

	/** Forgets the draft: the edit page shows the live article again. */
	@PostMapping("/admin/articles/{id}/draft/discard")
	String discardDraft(@PathVariable long id, RedirectAttributes redirect) {
		this.editing.draft(id);
		this.drafts.discard(id);
		redirect.addFlashAttribute("draftDiscarded", true);
		return "redirect:/admin/articles/" + id + "/edit";
	}

	/**
	 * The edit page again, the editor's text and fields kept in the form, nothing saved.
	 */
	private String refused(long id, long version, Model model, HttpServletResponse response) {
		response.setStatus(UploadController.UNPROCESSABLE);
		model.addAttribute("draft", this.editing.draft(id));
		model.addAttribute("version", version);
		return "admin/edit";
	}

	/**
	 * Another article's slug: named beside the slug field when the editor typed it there.
	 */
	private void slugTaken(SlugConflict conflict, ArticleForm form, BindingResult fields, Model model) {
		Object[] arguments = { conflict.slug(), conflict.title() };
		if (conflict.slug().equals(form.getSlug())) {
			fields.rejectValue("slug", "admin.slug.taken", arguments, null);
		}
		else {
			model.addAttribute("problem",
					this.messages.getMessage("admin.slug.taken", arguments, LocaleContextHolder.getLocale()));
		}
	}

	/**
	 * What the text is refused for, in the interface's language: beside the field when
	 * the editor set it in the form, above the form when it is in the text.
	 */
	private void documentRefused(DocumentException ex, ArticleForm form, BindingResult fields, Model model) {
		String property = (ex.field() != null) ? ArticleForm.propertyOf(ex.field()) : null;
		if (property != null && form.isFromField(ex.field())) {
			MessageSourceResolvable complaint = ex.complaint();
			String code = (complaint.getCodes() != null && complaint.getCodes().length > 0) ? complaint.getCodes()[0]
					: "document.unknown";
			fields.rejectValue(property, code, complaint.getArguments(), complaint.getDefaultMessage());
		}
		else {
			model.addAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
	}

	/**
	 * Both versions side by side, and the editor's own kept in a form that saves it over
	 * the other.
	 */
	private String conflict(DeskArticle current, String yours, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("draft", current);
		model.addAttribute("markdown", yours);
		model.addAttribute("version", current.version());
		model.addAttribute("diff",
				LineDiff.between(current.markdown(), yours,
						this.messages.getMessage("admin.conflict.label.saved", null, locale),
						this.messages.getMessage("admin.conflict.label.yours", null, locale)));
		return "admin/conflict";
	}

}
