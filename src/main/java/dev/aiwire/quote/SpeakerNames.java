package dev.aiwire.quote;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule that lets the portal group one person's quotations across articles.
 * <p>
 * Inside one article the extractor already names every speaker in the longest form that
 * article uses ("M. Huang" and "Huang" become "Jensen Huang" when the article names
 * "Jensen Huang"). Across articles, two speakers are the same person when their
 * {@link #key(String) keys} are equal:
 * <ol>
 * <li>accents are folded ("Lê" and "Le" agree), case is ignored;</li>
 * <li>titles are dropped ("M.", "Mme", "Mlle", "Monsieur", "Madame", "Dr", "Mr", "Mrs",
 * "Ms", "Miss", "Prof"), as are dots, commas, quotation marks and a possessive "'s";</li>
 * <li>hyphens and runs of whitespace become one space ("Kai-Fu Lee" and "Kai Fu Lee"
 * agree).</li>
 * </ol>
 * An article that only ever writes a surname keeps a one-word key ("huang").
 * {@link #unify(Collection)} maps such a one-word key to the only multi-word key of the
 * whole site that starts or ends with that word ("huang" to "jensen huang", and "liang"
 * to "liang wenfeng" for a Chinese name written surname first); when no such key or
 * several exist ("li" with "robin li" and "li qiang"), the one-word key stays on its own
 * rather than join the wrong person.
 */
public final class SpeakerNames {

	private static final Set<String> TITLES = Set.of("m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr",
			"docteur", "mr", "mrs", "ms", "miss", "prof", "pr", "professeur", "professor", "sir");

	private SpeakerNames() {
	}

	/**
	 * The cross-article key of a speaker's name: accents folded, lower case, titles and
	 * punctuation dropped, whitespace collapsed. Null for a null or blank name, or one
	 * made only of a title.
	 */
	public static String key(String name) {
		if (name == null) {
			return null;
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replaceAll("'s\\b", "")
			.replaceAll("[^\\p{L}\\p{N}']+", " ")
			.trim();
		StringBuilder key = new StringBuilder();
		for (String word : folded.split(" +")) {
			if (word.isEmpty() || TITLES.contains(word)) {
				continue;
			}
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(word);
		}
		return (key.length() > 0) ? key.toString() : null;
	}

	/**
	 * Maps every key of a collection (say, all speaker keys of the published articles) to
	 * the key its person is grouped under: itself, or for a one-word key the only
	 * multi-word key starting or ending with that word. Null keys are ignored.
	 */
	public static Map<String, String> unify(Collection<String> keys) {
		Set<String> distinct = new TreeSet<>();
		for (String key : keys) {
			if (key != null) {
				distinct.add(key);
			}
		}
		Map<String, String> unified = new HashMap<>();
		for (String key : distinct) {
			unified.put(key, key);
			if (key.indexOf(' ') >= 0) {
				continue;
			}
			String match = null;
			int matches = 0;
			for (String other : distinct) {
				List<String> words = List.of(other.split(" "));
				if (words.size() > 1 && (words.get(0).equals(key) || words.get(words.size() - 1).equals(key))) {
					match = other;
					matches++;
				}
			}
			if (matches == 1) {
				unified.put(key, match);
			}
		}
		return unified;
	}

}
