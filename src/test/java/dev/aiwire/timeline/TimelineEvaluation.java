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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the tagger against hand-made gold timelines: {@code NAME.md} articles beside
 * {@code NAME.gold.json} files listing {@code {"value", "mod", "anchor"}} events and optional
 * anchors. An event is found when the tagger gives its value for a sentence containing its
 * anchor; any other value the tagger gives is a false positive, except in a sentence containing
 * an optional anchor. Run {@link #main} to see every miss and false positive.
 */
final class TimelineEvaluation {

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

		double precision() {
			int found = this.truePositives + this.falsePositives;
			return (found == 0) ? 1.0 : (double) this.truePositives / found;
		}

		double recall() {
			int gold = this.truePositives + this.falseNegatives;
			return (gold == 0) ? 1.0 : (double) this.truePositives / gold;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "P %.3f R %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
					this.truePositives, this.falsePositives, this.falseNegatives);
		}

	}

	/** Scores of a whole corpus: value only and value with modifier, per language. */
	record Report(Score all, Score french, Score english, Score allWithMod, Score frenchWithMod,
			Score englishWithMod, List<String> details) {

		String summary(String title) {
			return title + "\n  value      all " + this.all + "\n             fr  " + this.french + "\n             en  "
					+ this.english + "\n  value+mod  all " + this.allWithMod + "\n             fr  " + this.frenchWithMod
					+ "\n             en  " + this.englishWithMod;
		}

	}

	Report evaluate(Path directory) {
		Score[] scores = { Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO };
		List<String> details = new ArrayList<>();
		for (Path goldFile : goldFiles(directory)) {
			String name = goldFile.getFileName().toString().replace(".gold.json", "");
			Path article = goldFile.resolveSibling(name + ".md");
			if (!Files.exists(article)) {
				continue;
			}
			ParsedDocument document = this.parser.parse(shortenTitle(read(article)));
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
		}
		return new Report(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], details);
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
					details.add(gold.name() + " MISS " + expected.value() + "/" + expected.mod() + " | "
							+ expected.anchor() + " | tagger gave " + given + (located ? "" : " (anchor in no sentence)"));
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

	/**
	 * French TimeBank repeats each dispatch's opening as its title, sometimes longer than the
	 * portal accepts; the title is not scored, so it is cut before parsing.
	 */
	private static String shortenTitle(String markdown) {
		return Pattern.compile("(?m)^title: \"(.{150})[^\n]{150,}\"$").matcher(markdown).replaceFirst((m) -> {
			String start = m.group(1).replace("\\", "").replace("\"", "");
			return Matcher.quoteReplacement("title: \"" + start + "...\"");
		});
	}

	private static String comparable(String text) {
		// anchors are copied from the Markdown source, sentences are plain text: drop emphasis marks
		return TemporalTagger.normalise(text).toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").replaceAll("\\s+", " ");
	}

	private Gold readGold(String name, String lang, Path file) {
		JsonNode root = this.json.readTree(read(file));
		List<GoldEvent> events = new ArrayList<>();
		for (JsonNode event : root.path("timeline")) {
			JsonNode mod = event.path("mod");
			events.add(new GoldEvent(event.path("value").asString(), (mod.isMissingNode() || mod.isNull()) ? null
					: mod.asString(), event.path("anchor").asString()));
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

	/** A directory of the test resources, such as {@code eval/corpus}. */
	static Path resource(String name) {
		URL url = TimelineEvaluation.class.getClassLoader().getResource(name);
		if (url == null) {
			return Paths.get("src/test/resources", name);
		}
		try {
			return Paths.get(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Prints the scores of the corpora and every miss and false positive. */
	public static void main(String[] args) {
		TimelineEvaluation evaluation = new TimelineEvaluation();
		List<String> names = (args.length > 0) ? List.of(args) : List.of("eval/corpus", "eval/fr-timebank");
		for (String name : names) {
			Path directory = name.contains("/") && Files.isDirectory(Paths.get(name)) ? Paths.get(name) : resource(name);
			Report report = evaluation.evaluate(directory);
			report.details().forEach(System.out::println);
			System.out.println(report.summary(name));
		}
	}

}
