package dev.aiwire.admin;

import java.io.IOException;
import java.security.Principal;

import dev.aiwire.article.PublishResult;
import dev.aiwire.article.desk.DeskPreview;
import dev.aiwire.article.desk.EditConflictException;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.SlugTakenException;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatterEditor;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new article: a Markdown file or a paste, previewed as readers will see it, then published or
 * saved as a draft. Nothing is saved before that choice: the preview carries the Markdown in the
 * form that makes it. The slug and the status come as fields of an {@link ArticleForm}.
 */
@Controller
class UploadController {

	/** What the Unprocessable Content status says: the text is understood and refused. */
	static final int UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT.value();

	private final EditingService editing;

	private final AdminProperties properties;

	UploadController(EditingService editing, AdminProperties properties) {
		this.editing = editing;
		this.properties = properties;
	}

	@GetMapping("/admin/articles/new")
	String newForm(Model model) {
		model.addAttribute("form", new ArticleForm());
		return "admin/new";
	}

	/** Back from a preview to the text, as it was. */
	@PostMapping("/admin/articles/new")
	String back(@RequestParam(defaultValue = "") String markdown, Model model) {
		model.addAttribute("form",
				new ArticleForm(Markdowns.fromField(markdown, this.properties.maxUpload().toBytes())));
		return "admin/new";
	}

	@PostMapping("/admin/articles/preview")
	String preview(@Valid @ModelAttribute("form") ArticleForm form, BindingResult fields,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		long max = this.properties.maxUpload().toBytes();
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), max));
		try {
			if (file != null && !file.isEmpty()) {
				form.setMarkdown(Markdowns.fromFile(file, max));
			}
			else if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()
					&& form.getMarkdown().isBlank()) {
				throw new DocumentException(null, 0, "the file is empty");
			}
			if (fields.hasErrors()) {
				response.setStatus(UNPROCESSABLE);
				return "admin/new";
			}
			if (form.getMarkdown().isBlank()) {
				throw new DocumentException(null, 0, "choose a Markdown file or paste the article's text");
			}
			DeskPreview preview = this.editing.preview(form.markdownWithFields());
			if (preview.slugConflict() != null) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			return showPreview(preview, model);
		}
		catch (DocumentException ex) {
			return refused(ex, response, model);
		}
	}

	@PostMapping("/admin/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult fields,
			@RequestParam(required = false) Long replace, @RequestParam(required = false) Long version,
			Principal editor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), this.properties.maxUpload().toBytes()));
		if (form.getStatus() == null) {
			fields.rejectValue("status", "admin.form.status.missing");
		}
		if (fields.hasErrors()) {
			response.setStatus(UNPROCESSABLE);
			return "admin/new";
		}
		String text = form.getMarkdown();
		try {
			text = form.markdownWithFields();
			PublishResult result;
			if (replace != null && version != null) {
				text = FrontMatterEditor.withField(text, "slug", this.editing.draft(replace).slug());
				result = this.editing.update(replace, version, text, editor.getName());
			}
			else {
				result = this.editing.create(text, editor.getName());
			}
			redirect.addFlashAttribute("saved", form.getStatus());
			redirect.addFlashAttribute("savedSlug", result.slug());
			return "redirect:/admin/articles/" + result.articleId() + "/edit";
		}
		catch (SlugTakenException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return showPreview(this.editing.preview(text), model);
		}
		catch (EditConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "admin.upload.replaced");
			return showPreview(this.editing.preview(text), model);
		}
		catch (DocumentException ex) {
			return refused(ex, response, model);
		}
	}

	private String showPreview(DeskPreview preview, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("article", preview.article());
		return "admin/preview";
	}

	/** The upload page again, with the problem named and the text kept in the form. */
	private static String refused(DocumentException ex, HttpServletResponse response, Model model) {
		response.setStatus(UNPROCESSABLE);
		model.addAttribute("problem", ex.getMessage());
		return "admin/new";
	}

}
