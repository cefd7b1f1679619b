package dev.aiwire.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Sentence;

/**
 * Time references the tagger leaves out because the text does not say when ("il y a quelque
 * temps", "récemment", "some time ago", "the other day"): an editor may want to make them precise
 * before publishing, since they will not appear in the timeline.
 */
public final class VagueDates {

	private static final Pattern FRENCH = Pattern.compile("\\b(?:il y a (?:quelque temps|peu|longtemps"
			+ "|(?:quelques|plusieurs) (?:jours|semaines|mois|années|ans))|(?:tout )?récemment|dernièrement"
			+ "|ces derniers (?:temps|jours|mois)|l'autre jour|naguère|prochainement|un de ces jours"
			+ "|dans (?:quelques|plusieurs) (?:jours|semaines|mois))\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ENGLISH = Pattern.compile("\\b(?:some time ago|a while (?:ago|back)|recently|lately"
			+ "|the other day|(?:a few|several) (?:days|weeks|months|years) ago|in the coming (?:days|weeks|months)"
			+ "|in recent (?:days|weeks|months))\\b", Pattern.CASE_INSENSITIVE);

	private VagueDates() {
	}

	/** The vague time references of a document's body, in reading order. */
	public static List<VagueDate> find(ParsedDocument document) {
		Pattern pattern = "en".equals(document.frontMatter().lang()) ? ENGLISH : FRENCH;
		List<VagueDate> found = new ArrayList<>();
		for (Sentence sentence : document.sentences()) {
			Matcher matcher = pattern.matcher(sentence.text());
			while (matcher.find()) {
				found.add(new VagueDate(matcher.group(), sentence.id(), sentence.text()));
			}
		}
		return found;
	}

	/**
	 * A time reference the timeline cannot place.
	 *
	 * @param expression its words
	 * @param sentenceId the id of its sentence in the page
	 * @param sentence the sentence as it reads
	 */
	public record VagueDate(String expression, String sentenceId, String sentence) {
	}

}
