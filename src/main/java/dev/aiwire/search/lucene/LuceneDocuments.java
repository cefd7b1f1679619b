package dev.aiwire.search.lucene;

import java.time.LocalDate;

import dev.aiwire.article.TagRef;
import dev.aiwire.search.SearchDocument;
import dev.aiwire.search.SearchFields;
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

/** An article as a Lucene document, with the fields {@link SearchFields} names. */
final class LuceneDocuments {

	/**
	 * The article's version as a doc value: a document never replaces one of a later
	 * version.
	 */
	static final String VERSION = "article_version";

	/** Stored and indexed with offsets, for snippets. */
	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
	}

	private LuceneDocuments() {
	}

	static Document of(SearchDocument article) {
		String lang = article.lang();
		Document doc = new Document();
		doc.add(new StringField(SearchFields.ID, Long.toString(article.id()), Field.Store.YES));
		doc.add(new StoredField(SearchFields.SLUG, article.slug()));
		doc.add(new NumericDocValuesField(SearchFields.ARTICLE, article.id()));
		doc.add(new NumericDocValuesField(SearchFields.CHANGED, article.changedMillis()));
		doc.add(new NumericDocValuesField(VERSION, article.version()));
		doc.add(new StringField(SearchFields.LANG, lang, Field.Store.YES));
		doc.add(new SortedSetDocValuesField(SearchFields.FACET_LANG, new BytesRef(lang)));
		doc.add(new Field(SearchFields.of(SearchFields.TITLE, lang), article.title(), HIGHLIGHTED));
		doc.add(new Field(SearchFields.of(SearchFields.SUMMARY, lang), article.summary(), HIGHLIGHTED));
		doc.add(new Field(SearchFields.of(SearchFields.BODY, lang), article.text(), HIGHLIGHTED));
		if (!article.quotes().isEmpty()) {
			doc.add(new Field(SearchFields.of(SearchFields.QUOTES, lang), article.quotes(), HIGHLIGHTED));
		}
		for (String speaker : article.speakers()) {
			doc.add(new TextField(SearchFields.SPEAKERS, speaker, Field.Store.NO));
		}
		for (String key : article.speakerKeys()) {
			doc.add(new StringField(SearchFields.SPEAKER, key, Field.Store.YES));
		}
		for (TagRef tag : article.tags()) {
			doc.add(new TextField(SearchFields.of(SearchFields.TAGS, lang), tag.name(), Field.Store.NO));
			doc.add(new StringField(SearchFields.TAG, tag.slug(), Field.Store.YES));
			doc.add(new StoredField(SearchFields.TAG_NAME, tag.name()));
			doc.add(new SortedSetDocValuesField(SearchFields.FACET_TAG, new BytesRef(SearchFields.facetOf(tag))));
		}
		LocalDate date = article.date();
		String year = Integer.toString(date.getYear());
		doc.add(new StringField(SearchFields.YEAR, year, Field.Store.NO));
		doc.add(new SortedSetDocValuesField(SearchFields.FACET_YEAR, new BytesRef(year)));
		long visible = ((article.visibleFrom() != null) ? article.visibleFrom() : date).toEpochDay();
		doc.add(new LongPoint(SearchFields.DAY, visible));
		doc.add(new NumericDocValuesField(SearchFields.DAY, visible));
		doc.add(new StoredField(SearchFields.DATE, date.toString()));
		if (article.source() != null) {
			doc.add(new StoredField(SearchFields.SOURCE, article.source()));
		}
		if (article.translationKey() != null) {
			doc.add(new StringField(SearchFields.TRANSLATION_KEY, article.translationKey(), Field.Store.YES));
		}
		return doc;
	}

}
