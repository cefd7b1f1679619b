package dev.aiwire.system;

import dev.aiwire.timeline.TimexFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting that templates need and Thymeleaf does not offer, in the reader's language:
 * available in templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

	/** A timeline date as a reader says it: "fin janvier 2024", "late January 2024". */
	public String when(String value, String mod) {
		return TimexFormat.describe(value, mod, LocaleContextHolder.getLocale());
	}

	/** A sentence shortened to one line for a timeline, cut at a word. */
	public String oneLine(String sentence, int maxLength) {
		String flat = sentence.replaceAll("\\s+", " ").strip();
		if (flat.length() <= maxLength) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', maxLength - 1);
		return flat.substring(0, (cut > maxLength / 2) ? cut : maxLength - 1).replaceAll("[\\s,;:]+$", "") + "…";
	}

}
