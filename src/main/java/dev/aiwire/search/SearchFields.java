package dev.aiwire.search;

import java.util.List;
import java.util.Map;

import dev.aiwire.article.TagRef;

/**
 * The names of an article's fields in both engines, and how much a match in each weighs.
 * Text fields carry the language of the article in their name ({@code body_fr},
 * {@code body_en}) so that each is analysed as its language wants, and the words of a
 * query are read once per language.
 */
public final class SearchFields {

	public static final String ID = "id";

	public static final String SLUG = "slug";

	/** When the indexed version of the article was written (epoch milliseconds). */
	public static final String CHANGED = "version_ms";

	/**
	 * The article's id as a number, read with {@link #CHANGED} when the index catches up.
	 */
	public static final String ARTICLE = "article_ref";

	public static final String LANG = "lang";

	public static final String TITLE = "title";

	public static final String SUMMARY = "summary";

	public static final String BODY = "body";

	public static final String QUOTES = "quotes";

	public static final String TAGS = "tags";

	/** Speakers' names, analysed as names, to find a person. */
	public static final String SPEAKERS = "speakers";

	/**
	 * Speakers' keys, as stored by the quote module, to relate articles that quote the
	 * same person.
	 */
	public static final String SPEAKER = "speaker";

	/** Tag slugs, to filter and to relate articles. */
	public static final String TAG = "tag";

	/** Tag names, in the order of {@link #TAG}, to show them. */
	public static final String TAG_NAME = "tag_name";

	public static final String YEAR = "year";

	/** The day the translation is published: what is visible is filtered by it. */
	public static final String DAY = "day";

	public static final String DATE = "date";

	public static final String SOURCE = "source";

	public static final String TRANSLATION_KEY = "translation_key";

	/** Facets: lang, year and "slug|name" of each tag, counted over the results. */
	public static final String FACET_LANG = "facet_lang";

	public static final String FACET_YEAR = "facet_year";

	public static final String FACET_TAG = "facet_tag";

	/** Text fields that exist once per language. */
	public static final List<String> TEXT = List.of(TITLE, SUMMARY, BODY, QUOTES, TAGS);

	/** Text fields kept with the offsets of their words, for snippets. */
	public static final List<String> HIGHLIGHTED = List.of(TITLE, SUMMARY, BODY, QUOTES);

	/**
	 * How much a match in each text field weighs, in both languages (BM25 in both
	 * engines).
	 */
	public static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, TAGS, 3f, SUMMARY, 2f, QUOTES, 1.5f, BODY, 1f);

	/** How much a match in a speaker's name weighs. */
	public static final float SPEAKERS_WEIGHT = 3f;

	/** Snippets come from these fields, the first that has one wins; then the summary. */
	public static final List<String> SNIPPET_FIELDS = List.of(BODY, QUOTES);

	/** How many passages a snippet takes from each of {@link #SNIPPET_FIELDS}. */
	public static final Map<String, Integer> SNIPPET_PASSAGES = Map.of(BODY, 2, QUOTES, 1);

	/** How far into a field snippets are looked for, in characters. */
	public static final int SNIPPET_LENGTH = 20_000;

	private SearchFields() {
	}

	/** The field of a text in the language of an article. */
	public static String of(String field, String lang) {
		return field + "_" + lang;
	}

	/**
	 * The fields a snippet is looked for in, in order: the body in each language, then
	 * quotations.
	 */
	public static List<String> snippetFields(List<String> languages) {
		return SNIPPET_FIELDS.stream().flatMap((field) -> languages.stream().map((lang) -> of(field, lang))).toList();
	}

	/** How many passages a snippet takes from a field of {@link #snippetFields}. */
	public static int passagesOf(String languageField) {
		return SNIPPET_PASSAGES.get(languageField.substring(0, languageField.lastIndexOf('_')));
	}

	/**
	 * The value of the tag facet of a tag: its slug and name, which the facet splits
	 * again.
	 */
	public static String facetOf(TagRef tag) {
		return tag.slug() + "|" + tag.name();
	}

	/** A tag from the value of its facet. */
	public static TagRef tagOfFacet(String value) {
		int bar = value.indexOf('|');
		return new TagRef(value.substring(0, bar), value.substring(bar + 1));
	}

}
