package dev.aiwire;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.quote.ExtractedQuote;
import dev.aiwire.quote.QuoteExtractor;
import dev.aiwire.timeline.DatedEvent;
import dev.aiwire.timeline.TemporalTagger;

/**
 * What publishing extracts from an article, timed and dumped: the temporal tagger (the
 * timeline's events) and the quotation extractor (quotations and their speakers). Not a
 * test: {@code bench/extraction.sh} compiles it (Maven profile {@code bench}) and runs it
 * from the project's root.
 * <ul>
 * <li>{@code dump FILE}: the events and quotations of every article of
 * {@code src/test/resources/eval} and {@code content}, in a stable text form, so that a
 * change meant to be faster only can be checked to give byte-identical output;</li>
 * <li>{@code time RUNS}: milliseconds per 2,000 words of the tagger on a French article
 * dense in dates (evaluation corpus), an English one and the sample content, and of the
 * extractor on French and English articles of the quotation set's development half.</li>
 * </ul>
 */
public final class ExtractionHarness {

	private static final Path EVAL = Path.of("src/test/resources/eval");

	private ExtractionHarness() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length >= 2 && args[0].equals("dump")) {
			try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false,
					StandardCharsets.UTF_8)) {
				dump(out);
			}
			return;
		}
		int runs = (args.length >= 2) ? Integer.parseInt(args[1]) : 500;
		String only = (args.length >= 3) ? args[2] : "";
		TemporalTagger tagger = new TemporalTagger();
		QuoteExtractor extractor = new QuoteExtractor();
		List<String> corpus = markdownOf(EVAL.resolve("corpus"));
		List<String> quotes = markdownOf(EVAL.resolve("quotes/dev"));
		if (only.isEmpty() || only.equals("tagger")) {
			time("tagger, fr, evaluation corpus", article(corpus, "fr"), runs, (d) -> tagger.tag(d).size());
			time("tagger, en, evaluation corpus", article(corpus, "en"), runs, (d) -> tagger.tag(d).size());
			time("tagger, fr, sample content", article(markdownOf(Path.of("content")), "fr"), runs,
					(d) -> tagger.tag(d).size());
		}
		if (only.isEmpty() || only.equals("quotes")) {
			time("quotes, fr, quotation set", article(quotes, "fr"), runs, (d) -> extractor.extract(d).size());
			time("quotes, en, quotation set", article(quotes, "en"), runs, (d) -> extractor.extract(d).size());
		}
	}

	/**
	 * The names of the workloads {@link #workload} prepares, in the order {@code time}
	 * runs them.
	 */
	public static final List<String> WORKLOADS = List.of("tagger, fr, evaluation corpus",
			"tagger, en, evaluation corpus", "tagger, fr, sample content", "quotes, fr, quotation set",
			"quotes, en, quotation set");

	/**
	 * One of the {@link #WORKLOADS}, parsed and ready: each call extracts once and returns
	 * how many events or quotations it found. For {@code bench/CompareExtraction.java},
	 * which loads two builds of the portal side by side and calls this in each.
	 */
	public static IntSupplier workload(String name) throws IOException {
		ParsedDocument document = new MarkdownParser().parse(markdownOf(name));
		if (name.startsWith("tagger")) {
			TemporalTagger tagger = new TemporalTagger();
			return () -> tagger.tag(document).size();
		}
		QuoteExtractor extractor = new QuoteExtractor();
		return () -> extractor.extract(document).size();
	}

	/** The words of a workload's article, to give times per 2,000 words. */
	public static int words(String name) throws IOException {
		return markdownOf(name).split("\\s+").length;
	}

	private static String markdownOf(String workload) throws IOException {
		return switch (workload) {
			case "tagger, fr, evaluation corpus" -> article(markdownOf(EVAL.resolve("corpus")), "fr");
			case "tagger, en, evaluation corpus" -> article(markdownOf(EVAL.resolve("corpus")), "en");
			case "tagger, fr, sample content" -> article(markdownOf(Path.of("content")), "fr");
			case "quotes, fr, quotation set" -> article(markdownOf(EVAL.resolve("quotes/dev")), "fr");
			case "quotes, en, quotation set" -> article(markdownOf(EVAL.resolve("quotes/dev")), "en");
			default -> throw new IllegalArgumentException(workload);
		};
	}

	private static void time(String name, String markdown, int runs, ToIntFunction<ParsedDocument> work) {
		ParsedDocument document = new MarkdownParser().parse(markdown);
		int words = markdown.split("\\s+").length;
		long checksum = 0;
		for (int i = 0; i < Math.max(200, runs / 2); i++) {
			checksum += work.applyAsInt(document);
		}
		long start = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			checksum += work.applyAsInt(document);
		}
		double millis = (System.nanoTime() - start) / 1e6 / runs * 2000.0 / words;
		System.out.printf("%-34s %6.3f ms per 2,000 words (%d words, %d runs, checksum %d)%n", name, millis, words,
				runs, checksum);
	}

	private static void dump(PrintStream out) throws IOException {
		TemporalTagger tagger = new TemporalTagger();
		QuoteExtractor extractor = new QuoteExtractor();
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(EVAL, Path.of("content"))) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.filter((p) -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
					.sorted()
					.forEach(files::add);
			}
		}
		for (Path file : files) {
			out.println("=== " + file);
			ParsedDocument document;
			try {
				document = new MarkdownParser().parse(Files.readString(file, StandardCharsets.UTF_8));
			}
			catch (RuntimeException ex) {
				out.println("unparsed: " + ex.getClass().getSimpleName());
				continue;
			}
			try {
				for (DatedEvent event : tagger.tag(document)) {
					out.println("event " + event);
				}
			}
			catch (RuntimeException ex) {
				out.println("tagger failed: " + ex);
			}
			try {
				for (ExtractedQuote quote : extractor.extract(document)) {
					out.println("quote " + quote);
				}
			}
			catch (RuntimeException ex) {
				out.println("extractor failed: " + ex);
			}
		}
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

	/**
	 * An article of at least 2,000 words in one language, made of the paragraphs of that
	 * language's articles (headings and rules left out).
	 */
	private static String article(List<String> articles, String language) {
		List<String> paragraphs = new ArrayList<>();
		for (String markdown : articles) {
			String[] parts = markdown.split("\n---\n", 2);
			if (parts.length < 2 || !parts[0].contains("\nlang: " + language)) {
				continue;
			}
			for (String paragraph : parts[1].split("\n\n")) {
				if (!paragraph.isBlank() && !paragraph.startsWith("#") && !paragraph.startsWith("---")) {
					paragraphs.add(paragraph.strip());
				}
			}
		}
		StringBuilder text = new StringBuilder(
				"---\ntitle: \"Banc d'essai\"\nlang: " + language + "\ndate: 2025-06-20\n---\n\n");
		int count = 0;
		for (int i = 0; count < 2000; i++) {
			String paragraph = paragraphs.get(i % paragraphs.size());
			text.append(paragraph).append("\n\n");
			count += paragraph.split("\\s+").length;
		}
		return text.toString();
	}

}
