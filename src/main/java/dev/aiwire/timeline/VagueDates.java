package dev.aiwire.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.language.Language;
import dev.aiwire.language.Languages;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Sentence;

/**
 * Time references the tagger leaves out because the text does not say when ("il y a
 * quelque temps", "récemment", "some time ago", "the other day"): an editor may want to
 * make them precise before publishing, since they will not appear in the timeline. The
 * phrases of each language are its {@code vague-dates} word list.
 */
public final class VagueDates {

	private static final Map<Language, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private VagueDates() {
	}

	/** The vague time references of a document's body, in reading order. */
	public static List<VagueDate> find(ParsedDocument document) {
		return find(document, Languages.of(document.frontMatter().lang()));
	}

	/** The vague time references of a document's body, read as a given language. */
	static List<VagueDate> find(ParsedDocument document, Language language) {
		Pattern pattern = PATTERNS.computeIfAbsent(language, VagueDates::pattern);
		List<VagueDate> found = new ArrayList<>();
		if (pattern == null) {
			return found;
		}
		for (Sentence sentence : document.sentences()) {
			Matcher matcher = pattern.matcher(sentence.text());
			while (matcher.find()) {
				found.add(new VagueDate(matcher.group(), sentence.id(), sentence.text()));
			}
		}
		return found;
	}

	private static Pattern pattern(Language language) {
		var list = language.words("vague-dates");
		if (list.isEmpty()) {
			return Pattern.compile("(?!)");
		}
		return Pattern.compile(Grammar.B0 + Grammar.alternation(list.entries()) + Grammar.B1, Grammar.FLAGS);
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
