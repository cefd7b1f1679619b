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
import dev.aiwire.markdown.Slugs;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new article: a Markdown file or a paste, previewed as readers will see it, then published or
 * saved as a draft. Nothing is saved before that choice: the preview carries the Markdown in the
 * form that makes it.
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
		model.addAttribute("markdown", "");
		return "admin/new";
	}

	/** Back from a preview to the text, as it was. */
	@PostMapping("/admin/articles/new")
	String back(@RequestParam(defaultValue = "") String markdown, Model model) {
		model.addAttribute("markdown", Markdowns.fromField(markdown, this.properties.maxUpload().toBytes()));
		return "admin/new";
	}

	@PostMapping("/admin/articles/preview")
	String preview(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String markdown, @RequestParam(required = false) String slug,
			Model model, HttpServletResponse response) throws IOException {
		long max = this.properties.maxUpload().toBytes();
		String text = Markdowns.fromField(markdown, max);
		try {
			if (file != null && !file.isEmpty()) {
				text = Markdowns.fromFile(file, max);
			}
			else if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()
					&& text.isBlank()) {
				throw new DocumentException(null, 0, "the file is empty");
			}
			if (text.isBlank()) {
				throw new DocumentException(null, 0, "choose a Markdown file or paste the article's text");
			}
			if (slug != null && !slug.isBlank()) {
				text = withSlug(text, slug.strip());
			}
			DeskPreview preview = this.editing.preview(text);
			if (preview.slugConflict() != null) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			return showPreview(preview, model);
		}
		catch (DocumentException ex) {
			return refused(ex, text, model, response);
		}
	}

	@PostMapping("/admin/articles")
	String create(@RequestParam String markdown, @RequestParam String action,
			@RequestParam(required = false) Long replace, @RequestParam(required = false) Long version,
			Principal editor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		String text = Markdowns.fromField(markdown, this.properties.maxUpload().toBytes());
		try {
			text = FrontMatterEditor.withField(text, "status", "publish".equals(action) ? "published" : "draft");
			PublishResult result;
			if (replace != null && version != null) {
				text = FrontMatterEditor.withField(text, "slug", this.editing.draft(replace).slug());
				result = this.editing.update(replace, version, text, editor.getName());
			}
			else {
				result = this.editing.create(text, editor.getName());
			}
			redirect.addFlashAttribute("saved", "publish".equals(action) ? "published" : "draft");
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
			return refused(ex, text, model, response);
		}
	}

	private String showPreview(DeskPreview preview, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("article", preview.article());
		return "admin/preview";
	}

	private static String refused(DocumentException ex, String text, Model model, HttpServletResponse response) {
		response.setStatus(UNPROCESSABLE);
		model.addAttribute("problem", ex.getMessage());
		model.addAttribute("markdown", text);
		return "admin/new";
	}

	private static String withSlug(String text, String slug) {
		if (slug.length() > 120 || !Slugs.VALID.matcher(slug).matches()) {
			throw new DocumentException("slug", 0, "slug '" + slug
					+ "' may only contain lower-case letters, digits and single hyphens (at most 120 characters)");
		}
		return FrontMatterEditor.withField(text, "slug", slug);
	}

}
