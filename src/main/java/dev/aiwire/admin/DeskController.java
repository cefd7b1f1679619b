package dev.aiwire.admin;

import java.util.Locale;

import dev.aiwire.article.desk.DeskQuery;
import dev.aiwire.article.desk.DeskService;
import dev.aiwire.article.desk.EditorialState;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' list of every article, by state, language and title. */
@Controller
class DeskController {

	private final DeskService desk;

	DeskController(DeskService desk) {
		this.desk = desk;
	}

	/**
	 * The list, filtered by {@code ?language=} like the readers' lists: {@code ?lang=} is
	 * the interface's language, which the locale interceptor would switch and remember in
	 * a cookie.
	 */
	@GetMapping("/admin")
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String language,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		EditorialState chosen = stateOf(state);
		DeskQuery query = new DeskQuery(chosen, language, q, page);
		model.addAttribute("query", query);
		model.addAttribute("states", EditorialState.values());
		model.addAttribute("rows", this.desk.list(query));
		return "admin/list";
	}

	private static EditorialState stateOf(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		for (EditorialState candidate : EditorialState.values()) {
			if (candidate.name().equals(state.strip().toUpperCase(Locale.ROOT))) {
				return candidate;
			}
		}
		return null;
	}

}
