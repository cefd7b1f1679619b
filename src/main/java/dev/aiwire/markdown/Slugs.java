package dev.aiwire.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns titles and headings into URL and anchor slugs: accents folded, lower case,
 * hyphens.
 */
public final class Slugs {

	/**
	 * What a valid slug looks like: lower-case letters and digits joined by single
	 * hyphens.
	 */
	public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/**
	 * The slug of a text, at most {@code maxLength} characters and cut at a hyphen.
	 * Returns an empty string when the text has no Latin letter or digit (a title in
	 * Chinese only).
	 */
	public static String slugify(String text, int maxLength) {
		String folded = fold(text).toLowerCase(Locale.ROOT);
		String slug = NOT_ALNUM.matcher(folded).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > maxLength) {
			int cut = slug.lastIndexOf('-', maxLength);
			slug = trimHyphens(slug.substring(0, (cut > maxLength / 2) ? cut : maxLength));
		}
		return slug;
	}

	/**
	 * The text with accents removed and ligatures spelled out: "Réglementation" ->
	 * "Reglementation".
	 */
	public static String fold(String text) {
		String spelled = text.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("æ", "ae")
			.replace("Æ", "AE")
			.replace("ß", "ss");
		return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
