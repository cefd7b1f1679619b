package dev.aiwire.search;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.aiwire.article.CatalogEntry;
import dev.aiwire.article.SearchableArticle;
import dev.aiwire.article.TagRef;
import dev.aiwire.quote.ExtractedQuote;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of an article in the index. Text fields carry the language of the article in their
 * name ({@code body_fr}, {@code body_en}) so that each is analysed by its language's analyzer,
 * and a query can be run against both.
 */
final class SearchFields {

	static final String ID = "id";

	static final String SLUG = "slug";

	/** When the indexed version of the article was written (epoch milliseconds, a doc value). */
	static final String UPDATED = "version_ms";

	/** The article's id as a doc value, read with {@link #UPDATED} when the index catches up. */
	static final String ARTICLE = "article_ref";

	static final String LANG = "lang";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String BODY = "body";

	static final String QUOTES = "quotes";

	static final String TAGS = "tags";

	/** Speakers' names, analysed, to find a person. */
	static final String SPEAKERS = "speakers";

	/** Speakers' keys, as stored by the quote module, to relate articles that quote the same person. */
	static final String SPEAKER = "speaker";

	/** Tag slugs, to filter and to relate articles. */
	static final String TAG = "tag";

	static final String YEAR = "year";

	/** The day of the original's date, as an epoch day: what is visible is filtered by it. */
	static final String DAY = "day";

	static final String DATE = "date";

	static final String SOURCE = "source";

	static final String TRANSLATION_KEY = "translation_key";

	/** Facets: lang, year and "slug|name" of each tag, counted over the results. */
	static final String FACET_LANG = "facet_lang";

	static final String FACET_YEAR = "facet_year";

	static final String FACET_TAG = "facet_tag";

	/** Text fields that exist once per language. */
	static final List<String> TEXT = List.of(TITLE, SUMMARY, BODY, QUOTES, TAGS);

	/** Stored and indexed with offsets, for snippets. */
	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
	}

	private SearchFields() {
	}

	/** The field of a text in the language of an article. */
	static String of(String field, String lang) {
		return field + "_" + lang;
	}

	static Document document(SearchableArticle article, List<ExtractedQuote> quotes) {
		CatalogEntry entry = article.entry();
		String lang = entry.lang();
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(entry.id()), Field.Store.YES));
		doc.add(new StoredField(SLUG, entry.slug()));
		doc.add(new NumericDocValuesField(ARTICLE, entry.id()));
		doc.add(new NumericDocValuesField(UPDATED, entry.updatedAt().toEpochMilli()));
		doc.add(new StringField(LANG, lang, Field.Store.YES));
		doc.add(new SortedSetDocValuesField(FACET_LANG, new BytesRef(lang)));
		doc.add(new Field(of(TITLE, lang), entry.title(), HIGHLIGHTED));
		doc.add(new Field(of(SUMMARY, lang), entry.summary(), HIGHLIGHTED));
		doc.add(new Field(of(BODY, lang), article.text(), HIGHLIGHTED));
		String quoted = quotes.stream().map(ExtractedQuote::text).collect(Collectors.joining("\n"));
		if (!quoted.isEmpty()) {
			doc.add(new Field(of(QUOTES, lang), quoted, HIGHLIGHTED));
		}
		for (ExtractedQuote quote : quotes) {
			if (quote.speaker() != null) {
				doc.add(new TextField(SPEAKERS, quote.speaker(), Field.Store.NO));
			}
		}
		quotes.stream()
			.map(ExtractedQuote::speakerKey)
			.filter(key -> key != null && !key.isBlank())
			.distinct()
			.forEach(key -> doc.add(new StringField(SPEAKER, key, Field.Store.YES)));
		for (TagRef tag : entry.tags()) {
			doc.add(new TextField(of(TAGS, lang), tag.name(), Field.Store.NO));
			doc.add(new StringField(TAG, tag.slug(), Field.Store.YES));
			doc.add(new StoredField("tag_name", tag.name()));
			doc.add(new SortedSetDocValuesField(FACET_TAG, new BytesRef(tag.slug() + "|" + tag.name())));
		}
		LocalDate date = entry.date();
		String year = Integer.toString(date.getYear());
		doc.add(new StringField(YEAR, year, Field.Store.NO));
		doc.add(new SortedSetDocValuesField(FACET_YEAR, new BytesRef(year)));
		doc.add(new LongPoint(DAY, date.toEpochDay()));
		doc.add(new NumericDocValuesField(DAY, date.toEpochDay()));
		doc.add(new StoredField(DATE, date.toString()));
		if (entry.source() != null) {
			doc.add(new StoredField(SOURCE, entry.source()));
		}
		if (entry.translationKey() != null) {
			doc.add(new StringField(TRANSLATION_KEY, entry.translationKey(), Field.Store.YES));
		}
		return doc;
	}

}
