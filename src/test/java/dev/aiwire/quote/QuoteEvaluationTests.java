package dev.aiwire.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.aiwire.EvaluationCorpus;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the extractor against the hand-annotated evaluation corpus: every article of
 * {@code eval/corpus} on the classpath with its {@code .gold.json} file. Prints, overall and per
 * language, block speaker accuracy, inline detection recall and inline speaker accuracy, and fails
 * below 0.92, 0.95 and 0.90.
 */
class QuoteEvaluationTests {

	private final ObjectMapper json = JsonMapper.builder().build();

	private final MarkdownParser parser = new MarkdownParser();

	private final QuoteExtractor extractor = new QuoteExtractor();

	@Test
	void extractsSpeakersOfTheEvaluationCorpus() {
		Map<String, Score> byLanguage = new LinkedHashMap<>();
		Score overall = new Score();
		for (EvaluationCorpus.Document article : EvaluationCorpus.read("eval/corpus")) {
			if (article.gold() == null) {
				continue;
			}
			String name = article.name();
			ParsedDocument doc = this.parser.parse(article.markdown());
			List<ExtractedQuote> quotes = this.extractor.extract(doc);
			JsonNode expected = this.json.readTree(article.gold());
			String language = name.substring(0, name.indexOf('-'));
			Score score = byLanguage.computeIfAbsent(language, (l) -> new Score());
			score(name, expected, quotes, score, overall);
		}
		System.out.println("quote evaluation: " + overall);
		byLanguage.forEach((language, score) -> System.out.println("  " + language + ": " + score));
		assertThat(overall.blockAccuracy()).as("block speaker accuracy").isGreaterThanOrEqualTo(0.92);
		assertThat(overall.inlineRecall()).as("inline detection recall").isGreaterThanOrEqualTo(0.95);
		assertThat(overall.inlineSpeakerAccuracy()).as("inline speaker accuracy").isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void scoresAnEvaluationOfNothingAsZero() {
		Score nothing = new Score();

		assertThat(nothing.blockAccuracy()).isZero();
		assertThat(nothing.inlineRecall()).isZero();
		assertThat(nothing.inlineSpeakerAccuracy()).isZero();
	}

	private static void score(String article, JsonNode expected, List<ExtractedQuote> quotes, Score... scores) {
		for (JsonNode block : values(expected.get("quotes"))) {
			String starts = PullQuoteChooser.comparable(block.get("starts").asString());
			String speaker = textOrNull(block.get("speaker"));
			ExtractedQuote found = quotes.stream()
				.filter((quote) -> PullQuoteChooser.comparable(quote.text()).startsWith(starts))
				.min((a, b) -> a.kind().compareTo(b.kind()))
				.orElse(null);
			boolean right = found != null && Objects.equals(SpeakerNames.key(found.speaker()), SpeakerNames.key(speaker));
			if (!right) {
				System.out.println("  block  " + article + ": \"" + starts + "\" expected " + speaker + ", got "
						+ ((found != null) ? found.speaker() : "no quote"));
			}
			for (Score score : scores) {
				score.blocks++;
				score.blocksRight += right ? 1 : 0;
			}
		}
		for (JsonNode inline : values(expected.get("inline_quotes"))) {
			String contains = PullQuoteChooser.comparable(inline.get("contains").asString());
			ExtractedQuote found = quotes.stream()
				.filter((quote) -> quote.kind() == QuoteKind.INLINE)
				.filter((quote) -> PullQuoteChooser.comparable(quote.text()).contains(contains))
				.findFirst()
				.orElse(null);
			boolean right = false;
			if (found != null) {
				String got = SpeakerNames.key(found.speaker());
				right = inline.has("speaker_not")
						? !Objects.equals(got, SpeakerNames.key(textOrNull(inline.get("speaker_not"))))
						: Objects.equals(got, SpeakerNames.key(textOrNull(inline.get("speaker"))));
			}
			if (found == null || !right) {
				System.out.println("  inline " + article + ": \"" + contains + "\" expected "
						+ (inline.has("speaker_not") ? "not " + textOrNull(inline.get("speaker_not"))
								: textOrNull(inline.get("speaker")))
						+ ", got " + ((found != null) ? found.speaker() : "no quote"));
			}
			for (Score score : scores) {
				score.inlines++;
				score.inlinesFound += (found != null) ? 1 : 0;
				score.inlinesRight += right ? 1 : 0;
			}
		}
	}

	private static List<JsonNode> values(JsonNode array) {
		List<JsonNode> values = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(values::add);
		}
		return values;
	}

	private static String textOrNull(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	/** Counts behind the three measures. */
	private static final class Score {

		int blocks;

		int blocksRight;

		int inlines;

		int inlinesFound;

		int inlinesRight;

		double blockAccuracy() {
			return ratio(this.blocksRight, this.blocks);
		}

		double inlineRecall() {
			return ratio(this.inlinesFound, this.inlines);
		}

		double inlineSpeakerAccuracy() {
			return ratio(this.inlinesRight, this.inlinesFound);
		}

		/** Nothing to measure scores 0, not a perfect 1: an evaluation of nothing must fail. */
		private static double ratio(int part, int whole) {
			return (whole == 0) ? 0.0 : part / (double) whole;
		}

		@Override
		public String toString() {
			return String.format("block speakers %.3f (%d/%d), inline recall %.3f (%d/%d), inline speakers %.3f (%d/%d)",
					blockAccuracy(), this.blocksRight, this.blocks, inlineRecall(), this.inlinesFound, this.inlines,
					inlineSpeakerAccuracy(), this.inlinesRight, this.inlinesFound);
		}

	}

}
