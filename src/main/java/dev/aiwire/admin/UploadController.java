package dev.aiwire.admin;

import java.io.IOException;
import java.security.Principal;

import dev.aiwire.article.ArticleService;
import dev.aiwire.article.ContentLanguages;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.TagCount;
import dev.aiwire.article.desk.DeskPreview;
import dev.aiwire.article.desk.EditConflictException;
import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.SlugTakenException;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatterEditor;
import dev.aiwire.markdown.MarkdownParser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * A new article: a Markdown file or a paste, with or without front matter, and the fields
 * of an {@link ArticleForm} beside it, previewed as readers will see it, then published
 * or saved as a draft. Nothing is saved before that choice: the preview carries the
 * Markdown, its fields written into its front matter, in the form that makes it. A field
 * the front matter reader refuses is named beside its input; a line of the text, above
 * the form.
 */
@Controller
class UploadController {

	/** What the Unprocessable Content status says: the text is understood and refused. */
	static final int UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT.value();

	private final EditingService editing;

	private final ArticleService articles;

	private final AdminProperties properties;

	private final MessageSource messages;

	UploadController(EditingService editing, ArticleService articles, AdminProperties properties,
			MessageSource messages) {
		this.editing = editing;
		this.articles = articles;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * What every page with the article's fields offers: the languages and the tags in
	 * use.
	 */
	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("contentLanguages", ContentLanguages.ALL);
		model.addAttribute("knownTags", this.articles.tags().stream().map(TagCount::name).toList());
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
				throw MarkdownParser.empty();
			}
			form.takeTitleFromPlainText();
			if (fields.hasErrors()) {
				response.setStatus(UNPROCESSABLE);
				return "admin/new";
			}
			if (form.getMarkdown().isBlank() && form.getTitle() == null) {
				throw new DocumentException(null, 0, DocumentException.Place.FILE, "document.nothing",
						"choose a Markdown file or paste the article's text");
			}
			DeskPreview preview = this.editing.preview(form.markdownWithFields());
			if (preview.slugConflict() != null) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			return showPreview(preview, model);
		}
		catch (DocumentException ex) {
			return refused(ex, form, fields, response, model);
		}
	}

	@PostMapping("/admin/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult fields,
			@RequestParam(required = false) Long replace, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean anotherArticle, Principal editor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.setMarkdown(Markdowns.fromField(form.getMarkdown(), this.properties.maxUpload().toBytes()));
		form.takeTitleFromPlainText();
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
				DeskPreview preview = this.editing.preview(text);
				if (!preview.duplicates().isEmpty() && !anotherArticle) {
					// never a second copy by mistake: the editor says it is another
					// article
					response.setStatus(HttpStatus.CONFLICT.value());
					model.addAttribute("error", "admin.duplicate.confirm");
					return showPreview(preview, model);
				}
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
			return refused(ex, form, fields, response, model);
		}
	}

	/**
	 * The preview, with the fields showing what the front matter now says, to be
	 * corrected.
	 */
	private String showPreview(DeskPreview preview, Model model) {
		ArticleForm shown = new ArticleForm(preview.markdown());
		shown.showFrontMatter();
		model.addAttribute("form", shown);
		model.addAttribute("preview", preview);
		model.addAttribute("article", preview.article());
		return "admin/preview";
	}

	/**
	 * The upload page again, with the problem named, beside the field the editor filled
	 * when it is one, and the text kept in the form.
	 */
	private String refused(DocumentException ex, ArticleForm form, BindingResult fields, HttpServletResponse response,
			Model model) {
		response.setStatus(UNPROCESSABLE);
		String property = (ex.field() != null) ? ArticleForm.propertyOf(ex.field()) : null;
		if (property != null && form.isFromField(ex.field())) {
			MessageSourceResolvable complaint = ex.complaint();
			String code = (complaint.getCodes() != null && complaint.getCodes().length > 0) ? complaint.getCodes()[0]
					: "document.unknown";
			fields.rejectValue(property, code, complaint.getArguments(), complaint.getDefaultMessage());
			model.addAttribute("fieldProblem", property);
		}
		else {
			model.addAttribute("problem", this.messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "admin/new";
	}

}
