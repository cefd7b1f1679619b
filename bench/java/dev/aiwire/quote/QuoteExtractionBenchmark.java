package dev.aiwire.quote;

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
 * How long extracting the quotations of one article takes: builds a French and an English article
 * of about 2,000 words from the paragraphs of the development half of the quotation set (block
 * quotations, introductions and inline quotations kept), parses each once, then extracts many
 * times and prints milliseconds per article. Not a test: {@code bench/quotes.sh [runs]} compiles
 * it (Maven profile {@code bench}) and runs it from the project's root.
 */
final class QuoteExtractionBenchmark {

	private static final Path SET = Path.of("src/test/resources/eval/quotes/dev");

	private QuoteExtractionBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		measure("French, quotation set paragraphs", article(SET, "fr", 2000), runs);
		measure("English, quotation set paragraphs", article(SET, "en", 2000), runs);
	}

	private static void measure(String name, String markdown, int runs) {
		ParsedDocument document = new MarkdownParser().parse(markdown);
		int words = markdown.split("\\s+").length;
		QuoteExtractor extractor = new QuoteExtractor();
		int found = 0;
		for (int i = 0; i < 200; i++) {
			found += extractor.extract(document).size();
		}
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			found += extractor.extract(document).size();
		}
		double millis = (System.nanoTime() - start) / 1e6 / runs;
		System.out.printf("%s: %d words, %d quotations: %.2f ms per article (%d runs, checksum %d)%n", name, words,
				extractor.extract(document).size(), millis, runs, found);
	}

	/** An article of at least so many words, made of the paragraphs of one language's articles. */
	private static String article(Path folder, String language, int words) throws IOException {
		List<String> paragraphs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((p) -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
				String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("\n---\n", 2);
				if (parts.length < 2 || !parts[0].contains("\nlang: " + language)) {
					continue;
				}
				for (String paragraph : parts[1].split("\n\n")) {
					if (!paragraph.isBlank() && !paragraph.startsWith("#") && !paragraph.startsWith("---")) {
						paragraphs.add(paragraph.strip());
					}
				}
			}
		}
		StringBuilder text = new StringBuilder(
				"---\ntitle: \"Banc d'essai\"\nlang: " + language + "\ndate: 2025-06-20\n---\n\n");
		int count = 0;
		for (int i = 0; count < words; i++) {
			String paragraph = paragraphs.get(i % paragraphs.size());
			text.append(paragraph).append("\n\n");
			count += paragraph.split("\\s+").length;
		}
		return text.toString();
	}

}
