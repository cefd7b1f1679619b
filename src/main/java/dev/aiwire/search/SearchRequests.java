package dev.aiwire.search;

/**
 * Reads the parameters of a search as typed in an address: a year or a page that is not a
 * number is ignored rather than refused, since a search always gets an answer.
 */
final class SearchRequests {

	private SearchRequests() {
	}

	static SearchQuery query(String text, String language, String tag, String year, String page) {
		return new SearchQuery(text, language, tag, number(year), (number(page) != null) ? number(page) : 1);
	}

	private static Integer number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
