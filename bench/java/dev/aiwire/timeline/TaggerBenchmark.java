package dev.aiwire.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.aiwire.EvaluationCorpus;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;

/**
 * How long tagging one article takes: builds two French articles of about 2,000 words, one from
 * the evaluation corpus' paragraphs (a date in nearly every one) and one from the sample content,
 * parses each once, then tags it many times and prints milliseconds per article. Not a test:
 * {@code bench/tagger.sh [runs]} compiles it (Maven profile {@code bench}) and runs it from the
 * project's root.
 */
final class TaggerBenchmark {

	private TaggerBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		// the evaluation corpus dates nearly every paragraph; the sample content is a usual article
		List<String> corpus = EvaluationCorpus.read("eval/corpus")
			.stream()
			.map(EvaluationCorpus.Document::markdown)
			.toList();
		measure("evaluation corpus (dense in dates)", article(corpus, 2000), runs);
		measure("sample content (usual density)", article(markdownOf(Path.of("content")), 2000), runs);
	}

	private static void measure(String name, String markdown, int runs) {
		ParsedDocument document = new MarkdownParser().parse(markdown);
		int words = document.sentences().stream().mapToInt((s) -> s.text().split("\\s+").length).sum();
		TemporalTagger tagger = new TemporalTagger();
		int found = 0;
		for (int i = 0; i < 200; i++) {
			found += tagger.tag(document).size();
		}
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			found += tagger.tag(document).size();
		}
		double millis = (System.nanoTime() - start) / 1e6 / runs;
		System.out.printf("%s: %d words, %d sentences, %d events: %.2f ms per article (%d runs, checksum %d)%n", name,
				words, document.sentences().size(), tagger.tag(document).size(), millis, runs, found);
	}

	private static List<String> markdownOf(Path folder) throws IOException {
		List<String> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((p) -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
				articles.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return articles;
	}

	/** A French article of at least so many words, made of the paragraphs of French articles. */
	private static String article(List<String> articles, int words) {
		List<String> paragraphs = new ArrayList<>();
		for (String markdown : articles) {
			String[] parts = markdown.split("\n---\n", 2);
			if (parts.length < 2 || !parts[0].contains("\nlang: fr")) {
				continue;
			}
			String body = parts[1];
			for (String paragraph : body.split("\n\n")) {
				if (!paragraph.startsWith("#") && !paragraph.startsWith(">") && !paragraph.startsWith("*")
						&& !paragraph.startsWith("---")) {
					paragraphs.add(paragraph.strip());
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
