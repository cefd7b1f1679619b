package dev.aiwire.timeline;

import java.util.HashMap;
import java.util.Map;

import dev.aiwire.language.WordList;

/**
 * The phrases of a language that name a year without saying it: from the publication date
 * ("l'an dernier", "next year") or from the date mentioned just before ("la même année",
 * "a year later"), each with its offset in years. Read from the language's
 * {@code relative-years} list.
 */
final class YearPhrases {

	private final Map<String, Integer> fromPublication;

	private final Map<String, Integer> fromPrevious;

	private YearPhrases(Map<String, Integer> fromPublication, Map<String, Integer> fromPrevious) {
		this.fromPublication = Map.copyOf(fromPublication);
		this.fromPrevious = Map.copyOf(fromPrevious);
	}

	static YearPhrases of(WordList list) {
		Map<String, Integer> publication = new HashMap<>();
		Map<String, Integer> previous = new HashMap<>();
		for (WordList.Entry entry : list.entries()) {
			int offset = Integer.parseInt(entry.attribute("offset"));
			("previous".equals(entry.attribute("from")) ? previous : publication).putIfAbsent(entry.key(), offset);
		}
		return new YearPhrases(publication, previous);
	}

	/**
	 * The year a phrase names, or null when it is not a year phrase or refers back to no
	 * date.
	 * @param publicationYear the year of publication
	 * @param previousYear the year of the date mentioned just before, or null
	 */
	Integer yearOf(String phrase, int publicationYear, Integer previousYear) {
		String key = Grammar.key(phrase);
		Integer offset = this.fromPublication.get(key);
		if (offset != null) {
			return publicationYear + offset;
		}
		offset = this.fromPrevious.get(key);
		if (offset != null && previousYear != null) {
			return previousYear + offset;
		}
		return null;
	}

}
