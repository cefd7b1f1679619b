package dev.aiwire.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.article.ContentLanguages;
import dev.aiwire.article.TagRef;
import dev.aiwire.search.SearchDocument;
import dev.aiwire.search.SearchEngine;
import dev.aiwire.search.SearchFields;
import dev.aiwire.search.SearchHit;
import dev.aiwire.search.SearchQuery;
import dev.aiwire.search.SearchResults;
import dev.aiwire.search.Snippet;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index of published articles, embedded in this instance: one writer,
 * near-real-time searchers that see every write as soon as it returns. A write is not
 * committed (written and synced to disk) at once: the index is derived from the database
 * and compared with it at start-up, so a write lost with the process is indexed again
 * then. {@link #commit()} runs on a schedule and {@link #close()} commits too; a commit
 * always leaves a whole index on disk. Ranking is Lucene's BM25 over weighted fields;
 * nothing is scored by hand. Writes are serialised, so the version held is compared with
 * the one written without a race.
 */
public final class LuceneSearchEngine implements SearchEngine {

	private final Directory directory;

	private final Analyzer analyzer = LuceneAnalyzers.perField();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final ReaderCache<FacetCounter.Counts> counts = new ReaderCache<>();

	/** The documents of the pages of the last searches, best first. */
	private final ReaderCache<int[]> pages = new ReaderCache<>();

	private LuceneSearchEngine(Directory directory) throws IOException {
		this.directory = directory;
		IndexWriterConfig config = new IndexWriterConfig(this.analyzer);
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		this.writer = new IndexWriter(directory, config);
		this.writer.commit();
		this.searchers = new SearcherManager(this.writer, new SearcherFactory());
	}

	/** An index in a folder, created if missing. */
	public static LuceneSearchEngine onDisk(Path folder) {
		try {
			Files.createDirectories(folder);
			return new LuceneSearchEngine(FSDirectory.open(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + folder.toAbsolutePath()
					+ " (is another instance using it? set aiwire.search.index-dir)", ex);
		}
	}

	/** An index in memory, gone when closed. */
	public static LuceneSearchEngine inMemory() {
		try {
			return new LuceneSearchEngine(new ByteBuffersDirectory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void index(Collection<SearchDocument> documents) {
		Map<Long, Long> held = heldVersions(documents.stream().map(SearchDocument::id).toList());
		write(writer -> {
			for (SearchDocument document : documents) {
				Long version = held.get(document.id());
				if (version == null || version <= document.version()) {
					writer.updateDocument(idTerm(document.id()), LuceneDocuments.of(document));
				}
			}
		});
	}

	@Override
	public synchronized void forget(long articleId, long version) {
		Long held = heldVersions(List.of(articleId)).get(articleId);
		if (held != null && held <= version) {
			write(writer -> writer.deleteDocuments(idTerm(articleId)));
		}
	}

	@Override
	public synchronized void forgetAll(Collection<Long> articleIds) {
		write(writer -> writer
			.deleteDocuments(articleIds.stream().map(LuceneSearchEngine::idTerm).toArray(Term[]::new)));
	}

	@Override
	public long size() {
		return read(searcher -> searcher.getIndexReader().numDocs());
	}

	/**
	 * Read from doc values, with the articles' ids: a second for 100,000 articles where
	 * stored fields took ten.
	 */
	@Override
	public Map<Long, Long> versions() {
		return read(searcher -> {
			Map<Long, Long> versions = new HashMap<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				NumericDocValues articles = leaf.reader().getNumericDocValues(SearchFields.ARTICLE);
				NumericDocValues changed = leaf.reader().getNumericDocValues(SearchFields.CHANGED);
				Bits live = leaf.reader().getLiveDocs();
				if (articles == null || changed == null) {
					continue;
				}
				for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
					if ((live == null || live.get(doc)) && changed.advanceExact(doc)) {
						versions.put(articles.longValue(), changed.longValue());
					}
				}
			}
			return versions;
		});
	}

	@Override
	public Map<Long, Long> versions(Collection<Long> articleIds) {
		return docValues(articleIds, SearchFields.CHANGED);
	}

	/**
	 * The article versions held for some articles (-1 for a document written before
	 * versions were kept).
	 */
	private Map<Long, Long> heldVersions(Collection<Long> articleIds) {
		return docValues(articleIds, LuceneDocuments.VERSION);
	}

	private Map<Long, Long> docValues(Collection<Long> articleIds, String field) {
		return read(searcher -> {
			Map<Long, Long> values = new HashMap<>();
			List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
			for (long id : articleIds) {
				TopDocs found = searcher.search(new TermQuery(idTerm(id)), 1);
				if (found.scoreDocs.length == 0) {
					continue;
				}
				int doc = found.scoreDocs[0].doc;
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				NumericDocValues value = leaf.reader().getNumericDocValues(field);
				values.put(id, (value != null && value.advanceExact(doc - leaf.docBase)) ? value.longValue() : -1L);
			}
			return values;
		});
	}

	@Override
	public SearchResults search(SearchQuery request, LocalDate today, int pageSize) {
		Query words = parse(request.text(), BooleanClause.Occur.MUST);
		if (words == null) {
			return SearchResults.empty(request);
		}
		SearchResults results = search(request, words, today, pageSize);
		if (results.total() == 0) {
			Query anyWord = parse(request.text(), BooleanClause.Occur.SHOULD);
			if (anyWord != null && !anyWord.equals(words)) {
				results = search(request, anyWord, today, pageSize);
			}
		}
		return results;
	}

	/**
	 * One page of the words' matches visible today. Every match is read once, to count
	 * its facets (before the filters) and whether it passes the filters (the total); only
	 * the page itself is ranked, with the scorer skipping what cannot reach it. Both are
	 * kept until the index next changes, as the search engine's request cache keeps them.
	 */
	private SearchResults search(SearchQuery request, Query words, LocalDate today, int pageSize) {
		Query visibleWords = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
			.add(visibleOn(today), BooleanClause.Occur.FILTER)
			.build();
		BooleanQuery.Builder chosen = new BooleanQuery.Builder();
		if (request.language() != null) {
			chosen.add(new TermQuery(new Term(SearchFields.LANG, request.language())), BooleanClause.Occur.FILTER);
		}
		if (request.tag() != null) {
			chosen.add(new TermQuery(new Term(SearchFields.TAG, request.tag())), BooleanClause.Occur.FILTER);
		}
		if (request.year() != null) {
			chosen.add(new TermQuery(new Term(SearchFields.YEAR, request.year().toString())),
					BooleanClause.Occur.FILTER);
		}
		BooleanQuery filters = chosen.build();
		Query query = filters.clauses().isEmpty() ? visibleWords
				: new BooleanQuery.Builder().add(visibleWords, BooleanClause.Occur.MUST)
					.add(filters, BooleanClause.Occur.FILTER)
					.build();
		return read(searcher -> {
			FacetCounter.Counts facets = this.counts.get(searcher, List.of(visibleWords, filters), () -> {
				Weight filter = filters.clauses().isEmpty() ? null
						: searcher.createWeight(searcher.rewrite(filters), ScoreMode.COMPLETE_NO_SCORES, 1f);
				return searcher.search(visibleWords, new FacetCounter(filter));
			});
			long total = facets.passing;
			int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
			int page = Math.min(request.page(), totalPages);
			List<SearchHit> found = List.of();
			if (total > 0) {
				int wanted = page * pageSize;
				int[] docIds = this.pages.get(searcher, List.of(query, page, pageSize), () -> {
					TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
					ScoreDoc[] hits = top.scoreDocs;
					int from = Math.min(hits.length, (page - 1) * pageSize);
					int[] ranked = new int[hits.length - from];
					for (int i = from; i < hits.length; i++) {
						ranked[i - from] = hits[i].doc;
					}
					return ranked;
				});
				found = hits(searcher, words, docIds);
			}
			return SearchResults.of(request, found, total, page, totalPages, facets.languages, facets.years,
					facets.tags);
		});
	}

	/** Lucene weighs each shared tag or speaker by how rare it is. */
	@Override
	public List<Long> related(long articleId, LocalDate today, int limit) {
		return read(searcher -> {
			TopDocs self = searcher.search(new TermQuery(idTerm(articleId)), 1);
			if (self.scoreDocs.length == 0) {
				return List.of();
			}
			Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
			BooleanQuery.Builder shared = new BooleanQuery.Builder();
			int clauses = 0;
			for (String tag : doc.getValues(SearchFields.TAG)) {
				shared.add(new TermQuery(new Term(SearchFields.TAG, tag)), BooleanClause.Occur.SHOULD);
				clauses++;
			}
			for (String speaker : doc.getValues(SearchFields.SPEAKER)) {
				shared.add(new TermQuery(new Term(SearchFields.SPEAKER, speaker)), BooleanClause.Occur.SHOULD);
				clauses++;
			}
			if (clauses == 0) {
				return List.of();
			}
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(shared.build(), BooleanClause.Occur.MUST)
				.add(visibleOn(today), BooleanClause.Occur.FILTER)
				.add(new TermQuery(idTerm(articleId)), BooleanClause.Occur.MUST_NOT);
			String key = doc.get(SearchFields.TRANSLATION_KEY);
			if (key != null) {
				query.add(new TermQuery(new Term(SearchFields.TRANSLATION_KEY, key)), BooleanClause.Occur.MUST_NOT);
			}
			TopDocs top = searcher.search(query.build(), limit);
			StoredFields stored = searcher.storedFields();
			List<Long> ids = new ArrayList<>();
			for (ScoreDoc hit : top.scoreDocs) {
				ids.add(Long.parseLong(stored.document(hit.doc).get(SearchFields.ID)));
			}
			return ids;
		});
	}

	/**
	 * The words as a query over the text fields of each language, or null when none is
	 * left. Each language is asked separately, with its own analyzer and stop words, and
	 * either may match: a French stop word typed in the box does not have to appear in
	 * English fields, nor the reverse.
	 */
	Query parse(String text, BooleanClause.Occur everyWord) {
		if (text.isBlank()) {
			return null;
		}
		BooleanQuery.Builder languages = new BooleanQuery.Builder();
		int parsed = 0;
		for (String lang : ContentLanguages.ALL) {
			Map<String, Float> weights = new HashMap<>();
			for (Map.Entry<String, Float> field : SearchFields.WEIGHTS.entrySet()) {
				weights.put(SearchFields.of(field.getKey(), lang), field.getValue());
			}
			weights.put(SearchFields.SPEAKERS, SearchFields.SPEAKERS_WEIGHT);
			SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, weights);
			parser.setDefaultOperator(everyWord);
			Query query = parser.parse(text);
			if (query != null && !(query instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
				languages.add(query, BooleanClause.Occur.SHOULD);
				parsed++;
			}
		}
		return (parsed == 0) ? null : languages.build();
	}

	private List<SearchHit> hits(IndexSearcher searcher, Query words, int[] docIds) throws IOException {
		if (docIds.length == 0) {
			return List.of();
		}
		List<String> snippetFields = SearchFields.snippetFields(ContentLanguages.ALL);
		String[] fields = snippetFields.toArray(String[]::new);
		int[] passages = new int[fields.length];
		for (int i = 0; i < fields.length; i++) {
			passages[i] = SearchFields.passagesOf(fields[i]);
		}
		Map<String, Object[]> snippets = new Highlighter(searcher, this.analyzer).snippets(fields, words, docIds,
				passages);
		StoredFields stored = searcher.storedFields();
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < docIds.length; i++) {
			Document doc = stored.document(docIds[i]);
			Snippet snippet = null;
			for (String field : fields) {
				Object value = snippets.get(field)[i];
				if (value instanceof Snippet found && !found.parts().isEmpty()) {
					snippet = found;
					break;
				}
			}
			if (snippet == null) {
				String lang = doc.get(SearchFields.LANG);
				snippet = new Snippet(
						List.of(new Snippet.Part(doc.get(SearchFields.of(SearchFields.SUMMARY, lang)), false)));
			}
			hits.add(hit(doc, snippet));
		}
		return hits;
	}

	private static SearchHit hit(Document doc, Snippet snippet) {
		String lang = doc.get(SearchFields.LANG);
		String[] slugs = doc.getValues(SearchFields.TAG);
		String[] names = doc.getValues(SearchFields.TAG_NAME);
		List<TagRef> tags = new ArrayList<>();
		for (int i = 0; i < slugs.length && i < names.length; i++) {
			tags.add(new TagRef(slugs[i], names[i]));
		}
		return new SearchHit(Long.parseLong(doc.get(SearchFields.ID)), doc.get(SearchFields.SLUG), lang,
				doc.get(SearchFields.of(SearchFields.TITLE, lang)), LocalDate.parse(doc.get(SearchFields.DATE)),
				doc.get(SearchFields.SOURCE), tags, snippet);
	}

	private static Term idTerm(long articleId) {
		return new Term(SearchFields.ID, Long.toString(articleId));
	}

	/**
	 * Almost every article is visible: read from the index of days, that filter would
	 * list them all for each query; read from doc values, it checks only the articles the
	 * words match. Lucene takes whichever costs less.
	 */
	private static Query visibleOn(LocalDate today) {
		long day = today.toEpochDay();
		return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(SearchFields.DAY, Long.MIN_VALUE, day),
				NumericDocValuesField.newSlowRangeQuery(SearchFields.DAY, Long.MIN_VALUE, day));
	}

	/**
	 * Commits what was written since the last commit, if anything; it runs beside writes
	 * and searches without holding them up.
	 */
	@Override
	public void commit() {
		try {
			if (this.writer.hasUncommittedChanges()) {
				this.writer.commit();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be committed", ex);
		}
	}

	/** Writes, then opens a searcher that sees the write (near real time, no commit). */
	private void write(IndexWork work) {
		try {
			work.apply(this.writer);
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be written", ex);
		}
	}

	private <T> T read(SearchWork<T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search index could not be read", ex);
		}
	}

	/** Commits what is not committed yet, then closes. */
	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.commit();
		this.writer.close();
		this.directory.close();
	}

	@FunctionalInterface
	private interface IndexWork {

		void apply(IndexWriter writer) throws IOException;

	}

	@FunctionalInterface
	private interface SearchWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/**
	 * What the last searches found, for the content they were found in: the key holds the
	 * reader's identity, so after any write (a new reader) an answer is never found again
	 * and ages out, as the search engine's request cache is emptied by a refresh.
	 * Counting reads every match and ranking scores them, the costs of a search that grow
	 * with the index; the same words and filters asked again (the next page, a reader
	 * coming back, a popular query) are answered from here.
	 */
	private static final class ReaderCache<V> {

		private final Cache<ReaderKey, V> answers = Caffeine.newBuilder().maximumSize(256).build();

		V get(IndexSearcher searcher, List<Object> question, Work<V> work) throws IOException {
			IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
			if (helper == null) {
				return work.find();
			}
			ReaderKey key = new ReaderKey(helper.getKey(), question);
			V known = this.answers.getIfPresent(key);
			if (known != null) {
				return known;
			}
			V found = work.find();
			this.answers.put(key, found);
			return found;
		}

		private record ReaderKey(Object content, List<Object> question) {

		}

		@FunctionalInterface
		interface Work<V> {

			V find() throws IOException;

		}

	}

	/** The unified highlighter, with its per-document answer made visible. */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(IndexSearcher searcher, Analyzer analyzer) {
			super(UnifiedHighlighter.builder(searcher, analyzer)
				.withFormatter(new PassageSnippets())
				.withMaxLength(SearchFields.SNIPPET_LENGTH)
				.withMaxNoHighlightPassages(0)
				.withHighlightPhrasesStrictly(true));
		}

		Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
			return highlightFieldsAsObjects(fields, query, docIds, passages);
		}

	}

	/**
	 * Counts the values of the facet fields over every match, one leaf at a time, and how
	 * many matches pass the filters chosen (all of them when there are none).
	 */
	private static final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Counts> {

		private final Weight filter;

		FacetCounter(Weight filter) {
			this.filter = filter;
		}

		@Override
		public Counts newCollector() {
			return new Counts(this.filter);
		}

		@Override
		public Counts reduce(Collection<Counts> collectors) {
			Counts all = new Counts(this.filter);
			for (Counts counts : collectors) {
				counts.finish();
				all.passing += counts.passing;
				counts.languages.forEach((k, v) -> all.languages.merge(k, v, Long::sum));
				counts.years.forEach((k, v) -> all.years.merge(k, v, Long::sum));
				counts.tags.forEach((k, v) -> all.tags.merge(k, v, Long::sum));
			}
			return all;
		}

		/**
		 * Counts per ordinal of each leaf while collecting, and turns ordinals into
		 * values once per leaf at the end: looking the value up for every match cost most
		 * of a search that matches tens of thousands of articles.
		 */
		private static final class Counts implements Collector {

			final Map<String, Long> languages = new HashMap<>();

			final Map<String, Long> years = new HashMap<>();

			final Map<String, Long> tags = new HashMap<>();

			long passing;

			private final Weight filter;

			private final List<Runnable> leaves = new ArrayList<>();

			Counts(Weight filter) {
				this.filter = filter;
			}

			@Override
			public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
				DocIdSetIterator passes = null;
				if (this.filter != null) {
					Scorer scorer = this.filter.scorer(context);
					passes = (scorer != null) ? scorer.iterator() : DocIdSetIterator.empty();
				}
				DocIdSetIterator chosen = passes;
				SortedSetDocValues lang = context.reader().getSortedSetDocValues(SearchFields.FACET_LANG);
				SortedSetDocValues year = context.reader().getSortedSetDocValues(SearchFields.FACET_YEAR);
				SortedSetDocValues tag = context.reader().getSortedSetDocValues(SearchFields.FACET_TAG);
				long[] langCounts = perOrdinal(lang);
				long[] yearCounts = perOrdinal(year);
				long[] tagCounts = perOrdinal(tag);
				this.leaves.add(() -> {
					addTo(this.languages, lang, langCounts);
					addTo(this.years, year, yearCounts);
					addTo(this.tags, tag, tagCounts);
				});
				return new LeafCollector() {
					@Override
					public void setScorer(Scorable scorer) {
					}

					@Override
					public void collect(int doc) throws IOException {
						if (chosen == null) {
							Counts.this.passing++;
						}
						else {
							if (chosen.docID() < doc) {
								chosen.advance(doc);
							}
							if (chosen.docID() == doc) {
								Counts.this.passing++;
							}
						}
						tally(lang, doc, langCounts);
						tally(year, doc, yearCounts);
						tally(tag, doc, tagCounts);
					}
				};
			}

			/** Turns the counts of every leaf into counts of values. */
			void finish() {
				this.leaves.forEach(Runnable::run);
				this.leaves.clear();
			}

			private static long[] perOrdinal(SortedSetDocValues values) {
				return (values != null) ? new long[Math.toIntExact(values.getValueCount())] : new long[0];
			}

			private static void tally(SortedSetDocValues values, int doc, long[] counts) throws IOException {
				if (values == null || !values.advanceExact(doc)) {
					return;
				}
				for (int i = 0; i < values.docValueCount(); i++) {
					counts[Math.toIntExact(values.nextOrd())]++;
				}
			}

			private static void addTo(Map<String, Long> counts, SortedSetDocValues values, long[] perOrdinal) {
				for (int ord = 0; ord < perOrdinal.length; ord++) {
					if (perOrdinal[ord] > 0) {
						try {
							counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		}

	}

}
