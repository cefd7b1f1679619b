package dev.aiwire.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the tagger against hand-made gold timelines: {@code NAME.md} articles beside
 * {@code NAME.gold.json} files listing {@code {"value", "mod", "anchor"}} events and
 * optional anchors. An event is found when the tagger gives its value for a sentence
 * containing its anchor; any other value the tagger gives is a false positive, except in
 * a sentence containing an optional anchor.
 * <p>
 * Sets are folders of the test class path ({@code eval/corpus}). A held-out set is only
 * ever scored: {@link #errors} refuses to list its misses and false positives, so that no
 * rule is written from them. Run {@link #main} with the names of the other sets to see
 * their errors.
 */
final class TimelineEvaluation {

	/**
	 * Sets kept apart from rule writing: their figures may be read, never their errors.
	 */
	static final List<String> HELD_OUT = List.of("eval/quotes/test", "eval/fr-timebank");

	private final MarkdownParser parser = new MarkdownParser();

	private final TemporalTagger tagger = new TemporalTagger();

	private final JsonMapper json = JsonMapper.builder().build();

	record GoldEvent(String value, String mod, String anchor) {

	}

	record Gold(String name, String lang, List<GoldEvent> events, List<String> optionalAnchors) {

	}

	/** Counts of one scoring. */
	record Score(int truePositives, int falsePositives, int falseNegatives) {

		static final Score ZERO = new Score(0, 0, 0);

		Score plus(Score other) {
			return new Score(this.truePositives + other.truePositives, this.falsePositives + other.falsePositives,
					this.falseNegatives + other.falseNegatives);
		}

		int gold() {
			return this.truePositives + this.falseNegatives;
		}

		double precision() {
			int found = this.truePositives + this.falsePositives;
			return (found == 0) ? 0.0 : (double) this.truePositives / found;
		}

		double recall() {
			int gold = gold();
			return (gold == 0) ? 0.0 : (double) this.truePositives / gold;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "P %.3f R %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
					this.truePositives, this.falsePositives, this.falseNegatives);
		}

	}

	/** Scores of a whole set: value only and value with modifier, per language. */
	record Report(int articles, Score all, Score french, Score english, Score allWithMod, Score frenchWithMod,
			Score englishWithMod) {

		String summary(String title) {
			StringBuilder summary = new StringBuilder(title).append(" (").append(this.articles).append(" articles)");
			line(summary, "value      all ", this.all);
			line(summary, "           fr  ", this.french);
			line(summary, "           en  ", this.english);
			line(summary, "value+mod  all ", this.allWithMod);
			line(summary, "           fr  ", this.frenchWithMod);
			line(summary, "           en  ", this.englishWithMod);
			return summary.toString();
		}

		private static void line(StringBuilder summary, String label, Score score) {
			if (score.gold() > 0 || score.falsePositives() > 0) {
				summary.append("\n  ").append(label).append(score);
			}
		}

	}

	/**
	 * Scores a set of the class path.
	 * @throws IllegalStateException when the set is missing or holds no gold event: an
	 * empty set would score anything as perfect
	 */
	Report evaluate(String set) {
		return evaluate(resource(set));
	}

	/** Scores a set in a folder; see {@link #evaluate(String)}. */
	Report evaluate(Path directory) {
		return score(directory, null, null);
	}

	/**
	 * Scores only the articles of one batch of a set, those named {@code LANG-BNN-...}
	 * for the batch letter {@code B}: the articles added last, that no rule has yet been
	 * measured against.
	 */
	Report evaluate(String set, String batch) {
		return score(resource(set), null, batch);
	}

	/**
	 * Every miss and false positive of a set, one a line, to read while writing rules.
	 * @throws IllegalArgumentException for a held-out set, which is only ever scored
	 */
	List<String> errors(String set) {
		Path directory = resource(set);
		refuseHeldOut(set, directory);
		List<String> details = new ArrayList<>();
		score(directory, details, null);
		return details;
	}

	/** Refuses a held-out set, however its folder is named. */
	static void refuseHeldOut(String set, Path directory) {
		Path real = realPath(directory);
		for (String heldOut : HELD_OUT) {
			URL url = TimelineEvaluation.class.getClassLoader().getResource(heldOut);
			if (url != null && real.startsWith(realPath(toPath(url)))) {
				throw new IllegalArgumentException(set + " is a held-out set: its errors are never listed, only its"
						+ " figures are read (see eval/quotes/README.md)");
			}
		}
	}

	private Report score(Path directory, List<String> details, String batch) {
		Score[] scores = { Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO };
		int articles = 0;
		for (Path goldFile : goldFiles(directory)) {
			String name = goldFile.getFileName().toString().replace(".gold.json", "");
			if (batch != null && !name.matches("[a-z]{2}-" + batch + "\\d+-.*")) {
				continue;
			}
			Path article = goldFile.resolveSibling(name + ".md");
			if (!Files.exists(article)) {
				throw new IllegalStateException(goldFile + " has no article " + article.getFileName());
			}
			ParsedDocument document = this.parser.parse(read(article));
			Gold gold = readGold(name, document.frontMatter().lang(), goldFile);
			List<DatedEvent> events = this.tagger.tag(document);
			List<String> sentences = document.sentences().stream().map((s) -> comparable(s.text())).toList();
			Score valueOnly = score(gold, sentences, events, false, details);
			Score withMod = score(gold, sentences, events, true, null);
			boolean english = "en".equals(gold.lang());
			scores[0] = scores[0].plus(valueOnly);
			scores[english ? 2 : 1] = scores[english ? 2 : 1].plus(valueOnly);
			scores[3] = scores[3].plus(withMod);
			scores[english ? 5 : 4] = scores[english ? 5 : 4].plus(withMod);
			articles++;
		}
		if (scores[0].gold() == 0) {
			throw new IllegalStateException(directory + " holds no gold event: an empty set cannot be scored");
		}
		return new Report(articles, scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]);
	}

	private static Score score(Gold gold, List<String> sentences, List<DatedEvent> events, boolean withMod,
			List<String> details) {
		boolean[] used = new boolean[events.size()];
		int truePositives = 0;
		int falseNegatives = 0;
		for (GoldEvent expected : gold.events()) {
			String anchor = comparable(expected.anchor());
			boolean found = false;
			for (int i = 0; i < events.size() && !found; i++) {
				DatedEvent event = events.get(i);
				if (!used[i] && event.value().equals(expected.value())
						&& (!withMod || Objects.equals(event.mod(), expected.mod()))
						&& comparable(event.sentence()).contains(anchor)) {
					used[i] = true;
					found = true;
				}
			}
			if (found) {
				truePositives++;
			}
			else {
				falseNegatives++;
				if (details != null) {
					String given = events.stream()
						.filter((e) -> comparable(e.sentence()).contains(anchor))
						.map((e) -> e.value() + "/" + e.mod() + " <" + e.expression() + ">")
						.toList()
						.toString();
					boolean located = sentences.stream().anyMatch((text) -> text.contains(anchor));
					details.add(
							gold.name() + " MISS " + expected.value() + "/" + expected.mod() + " | " + expected.anchor()
									+ " | tagger gave " + given + (located ? "" : " (anchor in no sentence)"));
				}
			}
		}
		int falsePositives = 0;
		for (int i = 0; i < events.size(); i++) {
			DatedEvent event = events.get(i);
			String sentence = comparable(event.sentence());
			if (used[i] || gold.optionalAnchors().stream().anyMatch((a) -> sentence.contains(comparable(a)))) {
				continue;
			}
			falsePositives++;
			if (details != null) {
				details.add(gold.name() + " FALSE " + event.value() + "/" + event.mod() + " <" + event.expression()
						+ "> | " + event.sentence());
			}
		}
		return new Score(truePositives, falsePositives, falseNegatives);
	}

	private static String comparable(String text) {
		// anchors are copied from the Markdown source, sentences are plain text: drop
		// emphasis marks
		return TemporalTagger.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").replaceAll("\\s+", " ");
	}

	private Gold readGold(String name, String lang, Path file) {
		JsonNode root = this.json.readTree(read(file));
		List<GoldEvent> events = new ArrayList<>();
		for (JsonNode event : root.path("timeline")) {
			JsonNode mod = event.path("mod");
			events.add(new GoldEvent(event.path("value").asString(),
					(mod.isMissingNode() || mod.isNull()) ? null : mod.asString(), event.path("anchor").asString()));
		}
		List<String> optional = new ArrayList<>();
		for (JsonNode anchor : root.path("timeline_optional_anchors")) {
			optional.add(anchor.asString());
		}
		return new Gold(name, lang, events, optional);
	}

	private static List<Path> goldFiles(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((p) -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A folder of the test class path, such as {@code eval/corpus}.
	 * @throws IllegalStateException when the class path has no such folder
	 */
	static Path resource(String name) {
		URL url = TimelineEvaluation.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("No " + name + " on the class path");
		}
		return toPath(url);
	}

	private static Path toPath(URL url) {
		try {
			return Paths.get(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Prints the errors and the scores of the sets named (by default the corpus, French
	 * TimeBank and the development half of the quotation set); a held-out set is refused.
	 */
	public static void main(String[] args) {
		TimelineEvaluation evaluation = new TimelineEvaluation();
		List<String> names = (args.length > 0) ? List.of(args) : List.of("eval/corpus", "eval/quotes/dev");
		for (String name : names) {
			evaluation.errors(name).forEach(System.out::println);
			System.out.println(evaluation.evaluate(name).summary(name));
		}
	}

}
