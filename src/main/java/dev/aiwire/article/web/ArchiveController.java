package dev.aiwire.article.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;

import dev.aiwire.article.ArchiveMonth;
import dev.aiwire.article.ArchiveService;
import dev.aiwire.article.ArticlePage;
import dev.aiwire.article.ContentLanguages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archives: an index of months, a page per year listing its months
 * ({@code /archives/2024}) and a page per month, {@code /archives/2024/05}.
 */
@Controller
class ArchiveController {

	private final ArchiveService archives;

	ArchiveController(ArchiveService archives) {
		this.archives = archives;
	}

	@GetMapping("/archives")
	String list(@RequestParam(required = false) String language, Model model) {
		String content = ContentLanguages.of(language);
		model.addAttribute("language", content);
		List<ArchiveMonth> months = this.archives.months(content);
		model.addAttribute("months", months);
		model.addAttribute("years", months.stream().map((month) -> month.month().getYear()).distinct().toList());
		return "article/archives";
	}

	@GetMapping("/archives/{year}")
	String showYear(@PathVariable int year, @RequestParam(required = false) String language, Model model) {
		String content = ContentLanguages.of(language);
		List<ArchiveMonth> months = this.archives.months(year, content);
		if (months.isEmpty() && (content == null || this.archives.months(year, null).isEmpty())) {
			throw new ArchiveNotFoundException(String.valueOf(year));
		}
		model.addAttribute("year", String.valueOf(year));
		model.addAttribute("language", content);
		model.addAttribute("months", months);
		return "article/archive-year";
	}

	@GetMapping("/archives/{year}/{month}")
	String show(@PathVariable int year, @PathVariable int month, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String language, Model model) {
		YearMonth archive = yearMonth(year, month);
		String content = ContentLanguages.of(language);
		ArticlePage found = this.archives.month(archive, content, Math.max(1, page));
		if (found.totalArticles() == 0 && content == null) {
			throw new ArchiveNotFoundException(archive.toString());
		}
		model.addAttribute("month", archive);
		model.addAttribute("language", content);
		model.addAttribute("page", found);
		return "article/archive";
	}

	private static YearMonth yearMonth(int year, int month) {
		try {
			if (year < 1900 || year > 9999) {
				throw new ArchiveNotFoundException(year + "-" + month);
			}
			return YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new ArchiveNotFoundException(year + "-" + month);
		}
	}

}
