package dev.aiwire.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aiwire.article.ContentLanguages;
import dev.aiwire.search.SearchFields;
import dev.aiwire.search.TextAnalysis;
import org.opensearch.client.opensearch._types.analysis.Analyzer;
import org.opensearch.client.opensearch._types.analysis.TokenFilter;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.IndexOptions;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.opensearch.indices.IndexSettingsAnalysis;

/**
 * The settings and mapping of the articles' index, written from the same
 * {@link TextAnalysis} and {@link SearchFields} as the embedded index: each language's
 * text fields are analysed by a custom analyzer whose filters are OpenSearch's names for
 * the Lucene filters the embedded index runs, with the same word lists.
 */
final class OpenSearchIndexSettings {

	/**
	 * Standard date, as the {@link SearchFields#DAY} field holds the day an article is
	 * visible from.
	 */
	static final String DAY_FORMAT = "yyyy-MM-dd";

	/** Deep pages of results stay reachable, as they are on the embedded index. */
	static final int MAX_RESULT_WINDOW = 200_000;

	private OpenSearchIndexSettings() {
	}

	static IndexSettings settings(int replicas) {
		IndexSettingsAnalysis.Builder analysis = new IndexSettingsAnalysis.Builder();
		List<TextAnalysis> analyses = new ArrayList<>();
		ContentLanguages.ALL.forEach((lang) -> analyses.add(TextAnalysis.of(lang)));
		analyses.add(TextAnalysis.names());
		for (TextAnalysis text : analyses) {
			List<String> filters = new ArrayList<>();
			for (TextAnalysis.Step step : text.steps()) {
				String name = filter(text, step, analysis);
				filters.add(name);
			}
			analysis.analyzer(text.name(),
					Analyzer.of((a) -> a.custom((c) -> c.tokenizer("standard").filter(filters))));
		}
		IndexSettingsAnalysis built = analysis.build();
		return IndexSettings.of((s) -> s.numberOfShards(1)
			.numberOfReplicas(replicas)
			.maxResultWindow(MAX_RESULT_WINDOW)
			.analysis(built));
	}

	/** The name of the filter of a step, declared in the settings when it takes words. */
	private static String filter(TextAnalysis text, TextAnalysis.Step step, IndexSettingsAnalysis.Builder analysis) {
		String own = text.name() + "_" + step.name().toLowerCase(java.util.Locale.ROOT);
		return switch (step) {
			case LOWER_CASE -> "lowercase";
			case ASCII_FOLDING -> "asciifolding";
			case PORTER_STEM -> "porter_stem";
			case ELISION -> {
				analysis.filter(own, TokenFilter
					.of((f) -> f.definition((d) -> d.elision((e) -> e.articles(text.articles()).articlesCase(true)))));
				yield own;
			}
			case STOP_WORDS -> {
				analysis.filter(own, TokenFilter
					.of((f) -> f.definition((d) -> d.stop((e) -> e.stopwords(text.stopWords()).ignoreCase(true)))));
				yield own;
			}
			case ENGLISH_POSSESSIVE -> {
				analysis.filter(own,
						TokenFilter.of((f) -> f.definition((d) -> d.stemmer((e) -> e.language("possessive_english")))));
				yield own;
			}
			case LIGHT_FRENCH_STEM -> {
				analysis.filter(own,
						TokenFilter.of((f) -> f.definition((d) -> d.stemmer((e) -> e.language("light_french")))));
				yield own;
			}
		};
	}

	static TypeMapping mapping() {
		Map<String, Property> fields = new LinkedHashMap<>();
		fields.put(SearchFields.ID, Property.of((p) -> p.long_((l) -> l)));
		fields.put(SearchFields.CHANGED, Property.of((p) -> p.long_((l) -> l)));
		fields.put(SearchFields.SLUG, shown());
		fields.put(SearchFields.LANG, keyword());
		for (String lang : ContentLanguages.ALL) {
			String analyzer = TextAnalysis.of(lang).name();
			for (String field : SearchFields.TEXT) {
				boolean offsets = SearchFields.HIGHLIGHTED.contains(field);
				fields.put(SearchFields.of(field, lang), Property.of((p) -> p.text((t) -> {
					t.analyzer(analyzer);
					return offsets ? t.indexOptions(IndexOptions.Offsets) : t;
				})));
			}
		}
		fields.put(SearchFields.SPEAKERS, Property.of((p) -> p.text((t) -> t.analyzer(TextAnalysis.names().name()))));
		fields.put(SearchFields.SPEAKER, keyword());
		fields.put(SearchFields.TAG, keyword());
		fields.put(SearchFields.TAG_NAME, shown());
		fields.put(SearchFields.FACET_TAG, keyword());
		fields.put(SearchFields.YEAR, keyword());
		fields.put(SearchFields.DAY, Property.of((p) -> p.date((d) -> d.format(DAY_FORMAT))));
		fields.put(SearchFields.DATE, shown());
		fields.put(SearchFields.SOURCE, shown());
		fields.put(SearchFields.TRANSLATION_KEY, keyword());
		return TypeMapping.of((m) -> m.dynamic(DynamicMapping.Strict).properties(fields));
	}

	/** A value matched exactly, counted in facets. */
	private static Property keyword() {
		return Property.of((p) -> p.keyword((k) -> k));
	}

	/** A value only shown, neither searched nor counted. */
	private static Property shown() {
		return Property.of((p) -> p.keyword((k) -> k.index(false).docValues(false)));
	}

}
