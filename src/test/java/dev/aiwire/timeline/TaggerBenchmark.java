package dev.aiwire.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;

/**
 * How long tagging one article takes: builds a French article of about 2,000 words from the
 * corpus' paragraphs, parses it once, then tags it many times and prints milliseconds per
 * article. Not a test; run it with
 * {@code java -cp target/test-classes:target/classes:<classpath> dev.aiwire.timeline.TaggerBenchmark}.
 */
final class TaggerBenchmark {

	private TaggerBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		ParsedDocument document = new MarkdownParser().parse(article(2000));
		int words = document.sentences().stream().mapToInt((s) -> s.text().split("\\s+").length).sum();
		TemporalTagger tagger = new TemporalTagger();
		int found = 0;
		for (int i = 0; i < 200; i++) {
			found += tagger.tag(document).size();
		}
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			found += tagger.tag(document).size();
		}
		double millis = (System.nanoTime() - start) / 1e6 / runs;
		System.out.printf("%d words, %d sentences, %d events: %.2f ms per article (%d runs, checksum %d)%n", words,
				document.sentences().size(), tagger.tag(document).size(), millis, runs, found);
	}

	/** A French article of at least so many words, made of the corpus' French paragraphs. */
	private static String article(int words) throws IOException {
		List<String> paragraphs = new ArrayList<>();
		try (Stream<Path> files = Files.list(TimelineEvaluation.resource("eval/corpus"))) {
			for (Path file : files.filter((p) -> p.getFileName().toString().matches("fr-.*\\.md")).sorted().toList()) {
				String body = Files.readString(file, StandardCharsets.UTF_8).split("\n---\n", 2)[1];
				for (String paragraph : body.split("\n\n")) {
					if (!paragraph.startsWith("#") && !paragraph.startsWith(">") && !paragraph.startsWith("*")
							&& !paragraph.startsWith("---")) {
						paragraphs.add(paragraph.strip());
					}
				}
			}
		}
		StringBuilder text = new StringBuilder("---\ntitle: \"Banc d'essai\"\nlang: fr\ndate: 2025-06-20\n---\n\n");
		int count = 0;
		for (int i = 0; count < words; i++) {
			String paragraph = paragraphs.get(i % paragraphs.size());
			text.append(paragraph).append("\n\n");
			count += paragraph.split("\\s+").length;
		}
		return text.toString();
	}

}
