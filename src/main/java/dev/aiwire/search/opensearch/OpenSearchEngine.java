package dev.aiwire.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.FieldAndFormat;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.BuiltinHighlighterType;
import org.opensearch.client.opensearch.core.search.Highlight;
import org.opensearch.client.opensearch.core.search.HighlighterEncoder;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import org.springframework.web.util.HtmlUtils;

/**
 * Published articles in an OpenSearch index that every instance shares, through
 * OpenSearch's Java client. Each article is one document whose id is the article's;
 * writes carry the article's version as an external version ({@code external_gte}), so
 * that a request that arrives late never replaces a later version, and a repeated one
 * changes nothing. Every write refreshes the index before it returns, so that the
 * writer's next search sees it.
 */
public final class OpenSearchEngine implements SearchEngine {

	private static final String MARK = "<mark>";

	private static final String END_MARK = "</mark>";

	/** Facets of years: more than the site has. */
	private static final int YEAR_FACETS = 200;

	/**
	 * Tags counted to choose the {@link SearchEngine#TAG_FACETS} shown, ties included.
	 */
	private static final int TAG_CANDIDATES = 4 * TAG_FACETS;

	/**
	 * Passages are sentences, as the embedded index's highlighter makes them;
	 * OpenSearch's cuts a sentence longer than this, in characters.
	 */
	private static final int LONGEST_PASSAGE = 1000;

	/**
	 * How many versions are read at once when the index is compared with the database.
	 */
	private static final int VERSIONS_PAGE = 10_000;

	private final OpenSearchTransport transport;

	private final OpenSearchClient client;

	private final String index;

	private OpenSearchEngine(OpenSearchTransport transport, String index) {
		this.transport = transport;
		this.client = new OpenSearchClient(transport);
		this.index = index;
	}

	/**
	 * An engine on the nodes of a cluster, with its index created if missing.
	 * @param nodes the nodes' addresses ({@code http://127.0.0.1:9200})
	 * @param username a user name, or null without authentication
	 * @param password the user's password
	 * @param index the index of the articles
	 * @param replicas how many copies of the index a new index keeps beside the first
	 */
	public static OpenSearchEngine connect(List<URI> nodes, String username, String password, String index,
			int replicas) {
		HttpHost[] hosts = nodes.stream()
			.map((uri) -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
			.toArray(HttpHost[]::new);
		ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
			.setMapper(new JacksonJsonpMapper());
		if (username != null && !username.isBlank()) {
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			for (HttpHost host : hosts) {
				credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(username,
						(password != null) ? password.toCharArray() : new char[0]));
			}
			builder.setHttpClientConfigCallback((client) -> client.setDefaultCredentialsProvider(credentials));
		}
		OpenSearchEngine engine = new OpenSearchEngine(builder.build(), index);
		try {
			engine.createIndexIfMissing(replicas);
		}
		catch (RuntimeException ex) {
			engine.close();
			throw ex;
		}
		return engine;
	}

	/** The index name this engine writes to and reads from. */
	public String index() {
		return this.index;
	}

	private void createIndexIfMissing(int replicas) {
		call(() -> {
			if (this.client.indices().exists((e) -> e.index(this.index)).value()) {
				return null;
			}
			try {
				this.client.indices()
					.create((c) -> c.index(this.index)
						.settings(OpenSearchIndexSettings.settings(replicas))
						.mappings(OpenSearchIndexSettings.mapping()));
			}
			catch (OpenSearchException ex) {
				// another instance created it meanwhile
				if (!"resource_already_exists_exception".equals(ex.error().type())) {
					throw ex;
				}
			}
			return null;
		});
	}

	/** Deletes the index and everything in it. */
	public void deleteIndex() {
		call(() -> this.client.indices().delete((d) -> d.index(this.index)));
	}

	@Override
	public void index(Collection<SearchDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(this.index).refresh(Refresh.True);
		for (SearchDocument document : documents) {
			Map<String, Object> source = source(document);
			bulk.operations((op) -> op.index((i) -> i.id(Long.toString(document.id()))
				.document(source)
				.version(document.version())
				.versionType(VersionType.ExternalGte)));
		}
		send(bulk.build());
	}

	@Override
	public void forget(long articleId, long version) {
		send(new BulkRequest.Builder().index(this.index)
			.refresh(Refresh.True)
			.operations((op) -> op
				.delete((d) -> d.id(Long.toString(articleId)).version(version).versionType(VersionType.ExternalGte)))
			.build());
	}

	@Override
	public void forgetAll(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return;
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(this.index).refresh(Refresh.True);
		for (long id : articleIds) {
			bulk.operations((op) -> op.delete((d) -> d.id(Long.toString(id))));
		}
		send(bulk.build());
	}

	/**
	 * Sends writes; a version conflict means a later version is there already, which is
	 * what we want.
	 */
	private void send(BulkRequest request) {
		BulkResponse response = call(() -> this.client.bulk(request));
		if (response.errors()) {
			for (BulkResponseItem item : response.items()) {
				if (item.error() != null && !"version_conflict_engine_exception".equals(item.error().type())) {
					throw new IllegalStateException("The search engine refused to index article " + item.id() + ": "
							+ item.error().type() + ": " + item.error().reason());
				}
			}
		}
	}

	@Override
	public Map<Long, Long> versions() {
		Map<Long, Long> versions = new HashMap<>();
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> from = after;
			SearchResponse<Void> page = call(() -> this.client.search((s) -> {
				s.index(this.index)
					.size(VERSIONS_PAGE)
					.source((src) -> src.fetch(false))
					.docvalueFields(FieldAndFormat.of((f) -> f.field(SearchFields.ID)),
							FieldAndFormat.of((f) -> f.field(SearchFields.CHANGED)))
					.sort((o) -> o.field((f) -> f.field(SearchFields.ID).order(SortOrder.Asc)));
				return (from != null) ? s.searchAfter(from) : s;
			}, Void.class));
			List<Hit<Void>> hits = page.hits().hits();
			hits.forEach((hit) -> versions.put(number(hit, SearchFields.ID), number(hit, SearchFields.CHANGED)));
			if (hits.size() < VERSIONS_PAGE) {
				return versions;
			}
			after = hits.get(hits.size() - 1).sort();
		}
	}

	@Override
	public Map<Long, Long> versions(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		List<String> ids = articleIds.stream().map(String::valueOf).toList();
		SearchResponse<Void> found = call(() -> this.client.search((s) -> s.index(this.index)
			.size(ids.size())
			.query((q) -> q.ids((i) -> i.values(ids)))
			.source((src) -> src.fetch(false))
			.docvalueFields((f) -> f.field(SearchFields.CHANGED)), Void.class));
		Map<Long, Long> versions = new HashMap<>();
		found.hits().hits().forEach((hit) -> versions.put(Long.parseLong(hit.id()), number(hit, SearchFields.CHANGED)));
		return versions;
	}

	private static long number(Hit<?> hit, String field) {
		return hit.fields().get(field).to(long[].class)[0];
	}

	@Override
	public long size() {
		return call(() -> this.client.count((c) -> c.index(this.index)).count());
	}

	@Override
	public SearchResults search(SearchQuery request, LocalDate today, int pageSize) {
		if (request.text().isBlank()) {
			return SearchResults.empty(request);
		}
		SearchResults results = search(request, words(request.text(), Operator.And), today, pageSize);
		if (results.total() == 0) {
			results = search(request, words(request.text(), Operator.Or), today, pageSize);
		}
		return results;
	}

	private SearchResults search(SearchQuery request, Query words, LocalDate today, int pageSize) {
		SearchResponse<Map> response = page(request, words, today, pageSize, request.page());
		long total = response.hits().total().value();
		int totalPages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int page = Math.min(request.page(), totalPages);
		if (page != request.page()) {
			response = page(request, words, today, pageSize, page);
		}
		List<SearchHit> hits = new ArrayList<>();
		for (Hit<Map> hit : response.hits().hits()) {
			hits.add(hit(hit));
		}
		return SearchResults.of(request, hits, total, page, totalPages, counts(response, SearchFields.LANG),
				counts(response, SearchFields.YEAR), counts(response, SearchFields.FACET_TAG));
	}

	/**
	 * One page of the words' matches visible today: the filters chosen narrow the hits
	 * only ({@code post_filter}), so that the facets count what choosing another value
	 * would give. The node keeps the ranking and the counts of a request it has answered
	 * ({@code request_cache}) until the index next changes, on any instance's write, so
	 * that the next page, a back button or a popular query pays only for reading the hits
	 * and their passages; the visibility filter names the day, never "now", so that the
	 * request can be kept.
	 */
	@SuppressWarnings("rawtypes")
	private SearchResponse<Map> page(SearchQuery request, Query words, LocalDate today, int pageSize, int page) {
		List<Query> filters = new ArrayList<>();
		if (request.language() != null) {
			filters.add(term(SearchFields.LANG, request.language()));
		}
		if (request.tag() != null) {
			filters.add(term(SearchFields.TAG, request.tag()));
		}
		if (request.year() != null) {
			filters.add(term(SearchFields.YEAR, request.year().toString()));
		}
		Highlight highlight = highlight(words);
		return call(() -> this.client.search((s) -> {
			s.index(this.index)
				.requestCache(true)
				.query((q) -> q.bool((b) -> b.must(words).filter(visibleOn(today))))
				.from((page - 1) * pageSize)
				.size(pageSize)
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src.filter((f) -> f.includes(SearchFields.SLUG, SearchFields.LANG,
						SearchFields.TITLE + "_*", SearchFields.SUMMARY + "_*", SearchFields.DATE, SearchFields.SOURCE,
						SearchFields.TAG, SearchFields.TAG_NAME)))
				.aggregations(SearchFields.LANG, (a) -> a.terms((t) -> t.field(SearchFields.LANG).size(10)))
				.aggregations(SearchFields.YEAR, (a) -> a.terms((t) -> t.field(SearchFields.YEAR).size(YEAR_FACETS)))
				.aggregations(SearchFields.FACET_TAG,
						(a) -> a.terms((t) -> t.field(SearchFields.FACET_TAG).size(TAG_CANDIDATES)))
				.highlight(highlight);
			return filters.isEmpty() ? s : s.postFilter((q) -> q.bool((b) -> b.filter(filters)));
		}, Map.class));
	}

	/**
	 * The words as one {@code simple_query_string} per language over that language's
	 * weighted fields and the speakers' names, either of which may match: each field is
	 * read with its own analyzer, so a French stop word typed in the box is not required
	 * in English text.
	 */
	private static Query words(String text, Operator everyWord) {
		List<Query> languages = new ArrayList<>();
		for (String lang : ContentLanguages.ALL) {
			List<String> fields = new ArrayList<>();
			SearchFields.WEIGHTS.forEach((field, weight) -> fields.add(SearchFields.of(field, lang) + "^" + weight));
			fields.add(SearchFields.SPEAKERS + "^" + SearchFields.SPEAKERS_WEIGHT);
			languages.add(Query.of((q) -> q
				.simpleQueryString((sq) -> sq.query(text).fields(fields).defaultOperator(everyWord).lenient(true))));
		}
		return Query.of((q) -> q.bool((b) -> b.should(languages).minimumShouldMatch("1")));
	}

	/**
	 * Passages of the body, then of the quotations, in each language, with the words
	 * marked.
	 */
	private static Highlight highlight(Query words) {
		Highlight.Builder highlight = new Highlight.Builder().type((t) -> t.builtin(BuiltinHighlighterType.Unified))
			.encoder(HighlighterEncoder.Html)
			.preTags(MARK)
			.postTags(END_MARK)
			.highlightQuery(words)
			.requireFieldMatch(true)
			.maxAnalyzerOffset(SearchFields.SNIPPET_LENGTH);
		for (String field : SearchFields.snippetFields(ContentLanguages.ALL)) {
			highlight.fields(field,
					(f) -> f.numberOfFragments(SearchFields.passagesOf(field)).fragmentSize(LONGEST_PASSAGE));
		}
		return highlight.build();
	}

	@SuppressWarnings("rawtypes")
	private static SearchHit hit(Hit<Map> hit) {
		Map source = hit.source();
		String lang = (String) source.get(SearchFields.LANG);
		List<?> slugs = list(source.get(SearchFields.TAG));
		List<?> names = list(source.get(SearchFields.TAG_NAME));
		List<TagRef> tags = new ArrayList<>();
		for (int i = 0; i < slugs.size() && i < names.size(); i++) {
			tags.add(new TagRef((String) slugs.get(i), (String) names.get(i)));
		}
		Snippet snippet = null;
		for (String field : SearchFields.snippetFields(ContentLanguages.ALL)) {
			List<String> fragments = hit.highlight().get(field);
			if (fragments != null && !fragments.isEmpty()) {
				snippet = Snippet.ofPassages(fragments.stream().map(OpenSearchEngine::parts).toList());
				break;
			}
		}
		if (snippet == null || snippet.parts().isEmpty()) {
			String summary = (String) source.get(SearchFields.of(SearchFields.SUMMARY, lang));
			snippet = new Snippet(List.of(new Snippet.Part(summary, false)));
		}
		return new SearchHit(Long.parseLong(hit.id()), (String) source.get(SearchFields.SLUG), lang,
				(String) source.get(SearchFields.of(SearchFields.TITLE, lang)),
				LocalDate.parse((String) source.get(SearchFields.DATE)), (String) source.get(SearchFields.SOURCE), tags,
				snippet);
	}

	/**
	 * A highlighted passage (HTML-escaped text, matches in marks) as parts of plain text.
	 */
	static List<Snippet.Part> parts(String fragment) {
		List<Snippet.Part> parts = new ArrayList<>();
		int position = 0;
		while (position < fragment.length()) {
			int start = fragment.indexOf(MARK, position);
			int end = (start < 0) ? -1 : fragment.indexOf(END_MARK, start);
			if (start < 0 || end < 0) {
				parts.add(new Snippet.Part(HtmlUtils.htmlUnescape(fragment.substring(position)), false));
				break;
			}
			if (start > position) {
				parts.add(new Snippet.Part(HtmlUtils.htmlUnescape(fragment.substring(position, start)), false));
			}
			parts.add(new Snippet.Part(HtmlUtils.htmlUnescape(fragment.substring(start + MARK.length(), end)), true));
			position = end + END_MARK.length();
		}
		return parts;
	}

	private static Map<String, Long> counts(SearchResponse<?> response, String aggregation) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StringTermsBucket bucket : response.aggregations().get(aggregation).sterms().buckets().array()) {
			counts.put(bucket.key(), bucket.docCount());
		}
		return counts;
	}

	/**
	 * Tags and speakers are keywords: each shared one weighs by how rare it is (BM25's
	 * idf).
	 */
	@Override
	@SuppressWarnings("rawtypes")
	public List<Long> related(long articleId, LocalDate today, int limit) {
		GetResponse<Map> self = call(
				() -> this.client.get(
						(g) -> g.index(this.index)
							.id(Long.toString(articleId))
							.sourceIncludes(SearchFields.TAG, SearchFields.SPEAKER, SearchFields.TRANSLATION_KEY),
						Map.class));
		if (!self.found()) {
			return List.of();
		}
		Map source = self.source();
		List<Query> shared = new ArrayList<>();
		list(source.get(SearchFields.TAG)).forEach((tag) -> shared.add(term(SearchFields.TAG, (String) tag)));
		list(source.get(SearchFields.SPEAKER)).forEach((key) -> shared.add(term(SearchFields.SPEAKER, (String) key)));
		if (shared.isEmpty()) {
			return List.of();
		}
		List<Query> excluded = new ArrayList<>();
		excluded.add(Query.of((q) -> q.ids((i) -> i.values(Long.toString(articleId)))));
		Object key = source.get(SearchFields.TRANSLATION_KEY);
		if (key instanceof String translationKey) {
			excluded.add(term(SearchFields.TRANSLATION_KEY, translationKey));
		}
		SearchResponse<Void> found = call(() -> this.client.search(
				(s) -> s.index(this.index)
					.size(limit)
					.source((src) -> src.fetch(false))
					.query((q) -> q.bool((
							b) -> b.should(shared).minimumShouldMatch("1").filter(visibleOn(today)).mustNot(excluded))),
				Void.class));
		return found.hits().hits().stream().map((hit) -> Long.parseLong(hit.id())).toList();
	}

	private static Map<String, Object> source(SearchDocument document) {
		String lang = document.lang();
		Map<String, Object> source = new LinkedHashMap<>();
		source.put(SearchFields.ID, document.id());
		source.put(SearchFields.CHANGED, document.changedMillis());
		source.put(SearchFields.SLUG, document.slug());
		source.put(SearchFields.LANG, lang);
		source.put(SearchFields.of(SearchFields.TITLE, lang), document.title());
		source.put(SearchFields.of(SearchFields.SUMMARY, lang), document.summary());
		source.put(SearchFields.of(SearchFields.BODY, lang), document.text());
		if (!document.quotes().isEmpty()) {
			source.put(SearchFields.of(SearchFields.QUOTES, lang), document.quotes());
		}
		source.put(SearchFields.of(SearchFields.TAGS, lang), document.tags().stream().map(TagRef::name).toList());
		source.put(SearchFields.SPEAKERS, document.speakers());
		source.put(SearchFields.SPEAKER, document.speakerKeys());
		source.put(SearchFields.TAG, document.tags().stream().map(TagRef::slug).toList());
		source.put(SearchFields.TAG_NAME, document.tags().stream().map(TagRef::name).toList());
		source.put(SearchFields.FACET_TAG, document.tags().stream().map(SearchFields::facetOf).toList());
		source.put(SearchFields.YEAR, Integer.toString(document.date().getYear()));
		source.put(SearchFields.DAY,
				((document.visibleFrom() != null) ? document.visibleFrom() : document.date()).toString());
		source.put(SearchFields.DATE, document.date().toString());
		source.put(SearchFields.SOURCE, document.source());
		source.put(SearchFields.TRANSLATION_KEY, document.translationKey());
		return source;
	}

	private static Query term(String field, String value) {
		return Query.of((q) -> q.term((t) -> t.field(field).value(FieldValue.of(value))));
	}

	private static Query visibleOn(LocalDate today) {
		return Query.of((q) -> q.range((r) -> r.field(SearchFields.DAY).lte(JsonData.of(today.toString()))));
	}

	private static List<?> list(Object value) {
		if (value instanceof List<?> list) {
			return list;
		}
		return (value == null) ? List.of() : List.of(value);
	}

	private static <T> T call(Call<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The search engine could not be reached", ex);
		}
	}

	@Override
	public void close() {
		try {
			this.transport.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Call<T> {

		T run() throws IOException;

	}

}
