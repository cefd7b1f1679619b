package dev.aiwire.admin;

import java.security.Principal;

import dev.aiwire.article.desk.EditingService;
import dev.aiwire.article.desk.ExtractionReview;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the portal understood of an article, for an editor to check and correct: each
 * quotation's speaker and each date of the timeline can be accepted, corrected or
 * removed, and a decision undone. Each decision is kept with the article and applied at
 * once to its pages.
 */
@Controller
class CorrectionController {

	/** Longest speaker name an editor may give, as the quotation tables store it. */
	private static final int MAX_SPEAKER = 200;

	private final ExtractionReview review;

	private final EditingService editing;

	CorrectionController(ExtractionReview review, EditingService editing) {
		this.review = review;
		this.editing = editing;
	}

	@GetMapping("/admin/articles/{id}/review")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("draft", this.editing.draft(id));
		model.addAttribute("review", this.review.review(id));
		return "admin/review";
	}

	@PostMapping("/admin/articles/{id}/quotations")
	String decideQuotation(@PathVariable long id, @RequestParam String quotation, @RequestParam String action,
			@RequestParam(required = false) String speaker, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			switch (action) {
				case "accept" -> this.review.acceptSpeaker(id, quotation, editor);
				case "correct" -> {
					String name = (speaker != null) ? speaker.strip().replaceAll("\\s+", " ") : "";
					if (name.isEmpty() || name.length() > MAX_SPEAKER) {
						return refused(id, model, response, "speaker", quotation, name.isEmpty()
								? "admin.review.error.speaker-empty" : "admin.review.error.speaker-long");
					}
					this.review.correctSpeaker(id, quotation, name, editor);
				}
				case "remove" -> this.review.removeQuotation(id, quotation, editor);
				case "restore" -> this.review.forgetQuotation(id, quotation);
				default -> {
					return refused(id, model, response, "action", quotation, "admin.review.error.action");
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return refused(id, model, response, "quotation", quotation, "admin.review.error.gone");
		}
		redirect.addFlashAttribute("decided", "quotation." + action);
		return "redirect:/admin/articles/" + id + "/review#quotations";
	}

	@PostMapping("/admin/articles/{id}/dates")
	String decideDate(@PathVariable long id, @RequestParam String key, @RequestParam String action,
			@RequestParam(required = false) String value, Principal editor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			switch (action) {
				case "accept" -> this.review.acceptDate(id, key, editor);
				case "correct" -> this.review.correctDate(id, key, value, editor);
				case "remove" -> this.review.removeDate(id, key, editor);
				case "restore" -> this.review.forgetDate(id, key);
				default -> {
					return refused(id, model, response, "action", key, "admin.review.error.action");
				}
			}
		}
		catch (IllegalArgumentException ex) {
			if (!"correct".equals(action)) {
				return refused(id, model, response, "key", key, "admin.review.error.gone");
			}
			model.addAttribute("rejectedValue", value);
			return refused(id, model, response, "value", key, "admin.review.error.date");
		}
		redirect.addFlashAttribute("decided", "date." + action);
		return "redirect:/admin/articles/" + id + "/review#dates";
	}

	/** The review page again with the error beside the item, nothing saved. */
	private String refused(long id, Model model, HttpServletResponse response, String field, String item,
			String message) {
		response.setStatus(UploadController.UNPROCESSABLE);
		model.addAttribute("errorField", field);
		model.addAttribute("errorItem", item);
		model.addAttribute("errorMessage", message);
		return show(id, model);
	}

}
