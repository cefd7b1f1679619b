package dev.aiwire.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aiwire.EvaluationCorpus;
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

		/** Found right among found; nothing found scores 0, not a perfect 1. */
		double precision() {
			int found = this.truePositives + this.falsePositives;
			return (found == 0) ? 0.0 : (double) this.truePositives / found;
		}

		/** Found among the gold events; no gold event scores 0, not a perfect 1. */
		double recall() {
			int gold = this.truePositives + this.falseNegatives;
			return (gold == 0) ? 0.0 : (double) this.truePositives / gold;
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

	/** Scores the articles of a corpus that have a gold file. */
	Report evaluate(List<EvaluationCorpus.Document> corpus) {
		Score[] scores = { Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO };
		List<String> details = new ArrayList<>();
		for (EvaluationCorpus.Document article : corpus) {
			if (article.gold() == null) {
				continue;
			}
			ParsedDocument document = this.parser.parse(shortenTitle(article.markdown()));
			Gold gold = readGold(article.name(), document.frontMatter().lang(), article.gold());
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

	private Gold readGold(String name, String lang, String json) {
		JsonNode root = this.json.readTree(json);
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

	/** Prints the scores of the corpora and every miss and false positive. */
	public static void main(String[] args) {
		TimelineEvaluation evaluation = new TimelineEvaluation();
		List<String> names = (args.length > 0) ? List.of(args) : List.of("eval/corpus", "eval/fr-timebank");
		for (String name : names) {
			boolean folder = Files.isDirectory(Path.of(name));
			Report report = evaluation
				.evaluate(folder ? EvaluationCorpus.read(Path.of(name)) : EvaluationCorpus.read(name));
			report.details().forEach(System.out::println);
			System.out.println(report.summary(name));
		}
	}

}
