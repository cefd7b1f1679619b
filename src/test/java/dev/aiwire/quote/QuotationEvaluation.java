package dev.aiwire.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the quotation extractor on one evaluation set: a class-path folder of
 * {@code NAME.md} articles beside {@code NAME.gold.json} files (the format is described
 * in {@code src/test/resources/eval/quotes/README.md}).
 * <p>
 * Four measures, overall and per language: <b>block speaker accuracy</b> (gold block
 * quotations given their gold speaker), <b>inline recall</b> (gold inline quotations
 * found), <b>inline speaker accuracy</b> (of those found, given their gold speaker) and
 * <b>precision</b> (extracted quotations that are real ones: they match a gold block or
 * inline quotation; an extraction that matches a gold optional quotation is not counted
 * either way). Beside them, the speaker errors that hurt most: a quotation given to a
 * named person other than its speaker, and among those, words of the article's most
 * quoted person given to someone else.
 * <p>
 * Run {@link #main} with a set's folder to list its errors; the held-out sets
 * ({@code eval/quotes/test} and the public {@code eval/quotes-public}) only ever print
 * their figures, never their errors, so that no rule is written beside them.
 */
final class QuotationEvaluation {

	/** The held-out sets: scored, never read for errors. */
	static final java.util.Set<String> HELD_OUT = java.util.Set.of("eval/quotes/test", "eval/quotes-public");

	private final MarkdownParser parser = new MarkdownParser();

	private final QuoteExtractor extractor = new QuoteExtractor();

	private final ObjectMapper json = JsonMapper.builder().build();

	/** Counts behind the measures. */
	static final class Score {

		int articles;

		int blocks;

		int blocksRight;

		int inlines;

		int inlinesFound;

		int inlinesRight;

		int extracted;

		int extractedReal;

		int extractedOptional;

		int wrongNamed;

		int mainPersonToAnother;

		void add(Score other) {
			this.articles += other.articles;
			this.blocks += other.blocks;
			this.blocksRight += other.blocksRight;
			this.inlines += other.inlines;
			this.inlinesFound += other.inlinesFound;
			this.inlinesRight += other.inlinesRight;
			this.extracted += other.extracted;
			this.extractedReal += other.extractedReal;
			this.extractedOptional += other.extractedOptional;
			this.wrongNamed += other.wrongNamed;
			this.mainPersonToAnother += other.mainPersonToAnother;
		}

		double blockAccuracy() {
			return ratio(this.blocksRight, this.blocks);
		}

		double inlineRecall() {
			return ratio(this.inlinesFound, this.inlines);
		}

		double inlineSpeakerAccuracy() {
			return ratio(this.inlinesRight, this.inlinesFound);
		}

		double precision() {
			return ratio(this.extractedReal, this.extracted - this.extractedOptional);
		}

		/**
		 * A measure with nothing to measure is not a perfect score: it is no score (NaN).
		 */
		private static double ratio(int part, int whole) {
			return (whole == 0) ? Double.NaN : part / (double) whole;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"%d articles: block speakers %.3f (%d/%d), inline found %.3f (%d/%d), inline speakers %.3f (%d/%d),"
							+ " precision %.3f (%d/%d); wrong named speaker %d, main person's words to another %d",
					this.articles, blockAccuracy(), this.blocksRight, this.blocks, inlineRecall(), this.inlinesFound,
					this.inlines, inlineSpeakerAccuracy(), this.inlinesRight, this.inlinesFound, precision(),
					this.extractedReal, this.extracted - this.extractedOptional, this.wrongNamed,
					this.mainPersonToAnother);
		}

	}

	/**
	 * The scores of one set: overall, per language, and its errors when they may be read.
	 */
	record Report(String set, Score all, Map<String, Score> byLanguage, List<String> errors) {

		String summary() {
			StringBuilder summary = new StringBuilder("quotations of " + this.set + "\n  all " + this.all);
			this.byLanguage
				.forEach((language, score) -> summary.append("\n  ").append(language).append("  ").append(score));
			return summary.toString();
		}

	}

	Report evaluate(String set) {
		return evaluate(set, null);
	}

	/**
	 * Scores only the articles of one batch of a set, those named {@code LANG-BNN-...}
	 * for the batch letter {@code B} (all of them when it is null): the articles added
	 * last, that no rule has yet been measured against.
	 */
	Report evaluate(String set, String batch) {
		Path folder = resource(set);
		List<Path> golds = goldFiles(folder).stream()
			.filter((gold) -> batch == null || gold.getFileName().toString().matches("[a-z]{2}-" + batch + "\\d+-.*"))
			.toList();
		if (golds.isEmpty()) {
			throw new IllegalStateException("No gold files in " + folder + ": nothing to score");
		}
		boolean readable = !HELD_OUT.contains(set);
		Score all = new Score();
		Map<String, Score> byLanguage = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		for (Path gold : golds) {
			String name = gold.getFileName().toString().replace(".gold.json", "");
			Path article = gold.resolveSibling(name + ".md");
			if (!Files.exists(article)) {
				throw new IllegalStateException(gold + " has no article " + article.getFileName());
			}
			ParsedDocument document = this.parser.parse(read(article));
			List<ExtractedQuote> quotes = this.extractor.extract(document);
			Score score = score(name, this.json.readTree(gold.toFile()), quotes, readable ? errors : null);
			all.add(score);
			byLanguage.computeIfAbsent(document.frontMatter().lang(), (language) -> new Score()).add(score);
		}
		return new Report(set, all, byLanguage, readable ? errors : List.of());
	}

	private static Score score(String article, JsonNode gold, List<ExtractedQuote> quotes, List<String> errors) {
		Score score = new Score();
		score.articles = 1;
		String mainPerson = mainPerson(gold);
		List<Expected> expected = new ArrayList<>();
		for (JsonNode block : values(gold.get("quotes"))) {
			expected.add(new Expected(true, comparable(block.get("starts").asString()), alternatives(block)));
		}
		for (JsonNode inline : values(gold.get("inline_quotes"))) {
			expected.add(new Expected(false, comparable(inline.get("contains").asString()), alternatives(inline)));
		}
		List<String> optional = values(gold.get("optional_quotes")).stream()
			.map((node) -> comparable(node.asString()))
			.toList();
		for (Expected quotation : expected) {
			ExtractedQuote found = quotes.stream()
				.filter((quote) -> quotation.block() || quote.kind() == QuoteKind.INLINE)
				.filter((quote) -> quotation.matches(comparable(quote.text())))
				.min((a, b) -> a.kind().compareTo(b.kind()))
				.orElse(null);
			String got = (found != null) ? SpeakerNames.key(found.speaker()) : null;
			boolean right = found != null && quotation.accepts(got);
			if (found != null && !right && got != null && quotation.speakerKey() != null) {
				score.wrongNamed++;
				if (quotation.speakerKey().equals(mainPerson)) {
					score.mainPersonToAnother++;
				}
			}
			if (quotation.block()) {
				score.blocks++;
				score.blocksRight += right ? 1 : 0;
			}
			else {
				score.inlines++;
				score.inlinesFound += (found != null) ? 1 : 0;
				score.inlinesRight += right ? 1 : 0;
			}
			if (errors != null && !right) {
				errors.add(String.format("%s %-6s \"%s\" expected %s, got %s", article,
						quotation.block() ? "block" : "inline", quotation.text(), quotation.describe(),
						(found != null) ? found.speaker() + " [" + found.confidence() + ": " + found.reason() + "]"
								: "no quotation"));
			}
		}
		for (ExtractedQuote quote : quotes) {
			String text = comparable(quote.text());
			score.extracted++;
			if (expected.stream().anyMatch((quotation) -> quotation.matches(text))) {
				score.extractedReal++;
			}
			else if (optional.stream().anyMatch((start) -> text.startsWith(start) || text.contains(start))) {
				score.extractedOptional++;
			}
			else if (errors != null) {
				errors.add(String.format("%s FALSE  %s \"%s\" (%s)", article, quote.kind(), shorten(quote.text()),
						quote.speaker()));
			}
		}
		return score;
	}

	/** The person quoted most often in the gold of an article, or null. */
	private static String mainPerson(JsonNode gold) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Stream.concat(values(gold.get("quotes")).stream(), values(gold.get("inline_quotes")).stream())
			.map((quote) -> quote.get("speaker"))
			.filter((speaker) -> speaker != null && !speaker.isNull())
			.forEach((speaker) -> counts.merge(SpeakerNames.key(speaker.asString()), 1, Integer::sum));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	/** A gold quotation: where to find it and which speakers are right. */
	private record Expected(boolean block, String text, Speakers speakers) {

		boolean matches(String extracted) {
			return this.block ? extracted.startsWith(this.text) || extracted.contains(this.text)
					: extracted.contains(this.text);
		}

		boolean accepts(String key) {
			return this.speakers.accepts(key);
		}

		String speakerKey() {
			return this.speakers.keys().isEmpty() ? null : this.speakers.keys().get(0);
		}

		String describe() {
			return this.speakers.describe();
		}

	}

	/**
	 * The right answers: one of these keys (null for nobody), or anyone but one person.
	 */
	private record Speakers(List<String> keys, boolean nobody, String not) {

		boolean accepts(String key) {
			if (this.not != null) {
				return !Objects.equals(key, this.not);
			}
			return (key == null) ? this.nobody : this.keys.contains(key);
		}

		String describe() {
			if (this.not != null) {
				return "not " + this.not;
			}
			return this.nobody ? "nobody" : String.join(" or ", this.keys);
		}

	}

	private static Speakers alternatives(JsonNode quote) {
		if (quote.has("speaker_not")) {
			return new Speakers(List.of(), false, SpeakerNames.key(quote.get("speaker_not").asString()));
		}
		JsonNode speaker = quote.get("speaker");
		if (speaker == null || speaker.isNull()) {
			return new Speakers(List.of(), true, null);
		}
		List<String> keys = new ArrayList<>();
		keys.add(SpeakerNames.key(speaker.asString()));
		for (JsonNode also : values(quote.get("speaker_also"))) {
			keys.add(SpeakerNames.key(also.asString()));
		}
		return new Speakers(keys, false, null);
	}

	private static List<Path> goldFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".gold.json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<JsonNode> values(JsonNode array) {
		List<JsonNode> values = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(values::add);
		}
		return values;
	}

	static String comparable(String text) {
		return PullQuoteChooser.comparable(text);
	}

	private static String shorten(String text) {
		return (text.length() <= 90) ? text : text.substring(0, 87) + "...";
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A folder of the test class path. */
	static Path resource(String name) {
		URL url = QuotationEvaluation.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException(name + " is not on the class path");
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Prints the figures of a set, and its errors unless it is the held-out set:
	 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
	 * -Dexec.mainClass=dev.aiwire.quote.QuotationEvaluation -Dexec.args=eval/quotes/dev}.
	 */
	public static void main(String[] args) {
		for (String set : (args.length > 0) ? args : new String[] { "eval/quotes/dev" }) {
			Report report = new QuotationEvaluation().evaluate(set);
			report.errors().forEach(System.out::println);
			System.out.println(report.summary());
		}
	}

}
