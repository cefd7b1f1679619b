import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes N realistic articles for load tests: the paragraphs, headings, block quotes, tags and
 * provenance of the sample content (content/ and the evaluation corpus) recombined, in French and
 * English, dated over the last six years, with the sizes of real articles (5 to 14 paragraphs,
 * 2 to 5 sections, 3 to 6 tags from a vocabulary of a few hundred). Deterministic for a seed.
 *
 * Usage: java bench/GenerateArticles.java COUNT OUT_DIR [SEED]
 */
public class GenerateArticles {

	record Sample(String lang, List<String> paragraphs, List<String> headings, List<String> tags,
			List<String> sources) {
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 7;
		Map<String, Sample> samples = read(List.of(Path.of("content"), Path.of("src/test/resources/eval/corpus")));
		Random random = new Random(seed);
		LocalDate newest = LocalDate.now().minusDays(1);
		LocalDate oldest = newest.minusYears(6);
		long days = newest.toEpochDay() - oldest.toEpochDay();
		String[] langs = samples.keySet().toArray(String[]::new);
		for (int i = 0; i < count; i++) {
			String lang = (random.nextInt(10) < 6 && samples.containsKey("fr")) ? "fr" : langs[random.nextInt(langs.length)];
			Sample sample = samples.get(lang);
			LocalDate date = LocalDate.ofEpochDay(oldest.toEpochDay() + (long) (days * Math.sqrt(random.nextDouble())));
			Path file = out.resolve(String.format("%03d/%06d.md", i / 1000, i));
			Files.createDirectories(file.getParent());
			Files.writeString(file, article(i, lang, date, sample, random), StandardCharsets.UTF_8);
		}
		System.out.printf("%d articles written under %s%n", count, out);
	}

	static String article(int n, String lang, LocalDate date, Sample sample, Random random) {
		List<String> paragraphs = sample.paragraphs();
		String first = paragraphs.get(random.nextInt(paragraphs.size()));
		String title = titleFrom(first, n, lang);
		Set<String> tags = new LinkedHashSet<>();
		int tagCount = 3 + random.nextInt(4);
		while (tags.size() < tagCount) {
			String tag = sample.tags().get(random.nextInt(sample.tags().size()));
			// a long tail: most tags are shared, some are rare variants
			tags.add((random.nextInt(8) == 0) ? tag + " " + (1 + random.nextInt(40)) : tag);
		}
		StringBuilder md = new StringBuilder("---\n");
		md.append("title: \"").append(title.replace("\"", "'")).append("\"\n");
		md.append("slug: gen-").append(n).append('\n');
		md.append("lang: ").append(lang).append('\n');
		md.append("date: ").append(date).append('\n');
		md.append("source: \"").append(sample.sources().get(random.nextInt(sample.sources().size()))).append("\"\n");
		md.append("url: https://example.com/").append(n).append('\n');
		md.append("original_language: zh\n");
		md.append("translator: Load Test\ntranslation: human\n");
		md.append("tags: [").append(String.join(", ", tags)).append("]\n");
		md.append("status: published\n---\n\n");
		md.append(first).append("\n\n");
		int sections = 3 + random.nextInt(4);
		for (int s = 0; s < sections; s++) {
			md.append("## ").append(sample.headings().get(random.nextInt(sample.headings().size()))).append("\n\n");
			int count = 2 + random.nextInt(4);
			for (int p = 0; p < count; p++) {
				md.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
			}
		}
		return md.toString();
	}

	static String titleFrom(String paragraph, int n, String lang) {
		String words = paragraph.replaceAll("[>*_#\\[\\]]", "").trim();
		String[] split = words.split("\\s+");
		StringBuilder title = new StringBuilder();
		for (int i = 0; i < Math.min(split.length, 9); i++) {
			title.append(i == 0 ? "" : " ").append(split[i]);
		}
		return title.toString().replaceAll("[.,;:]+$", "") + (lang.equals("fr") ? " (n° " : " (no. ") + n + ")";
	}

	static Map<String, Sample> read(List<Path> folders) throws IOException {
		Map<String, Sample> samples = new TreeMap<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			List<Path> files;
			try (Stream<Path> walk = Files.walk(folder)) {
				files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
			}
			for (Path file : files) {
				String text = Files.readString(file);
				if (!text.startsWith("---")) {
					continue;
				}
				int end = text.indexOf("\n---", 3);
				String front = text.substring(3, end);
				String body = text.substring(text.indexOf('\n', end + 1) + 1);
				String lang = value(front, "lang", "fr");
				Sample sample = samples.computeIfAbsent(lang, l -> new Sample(l, new ArrayList<>(), new ArrayList<>(),
						new ArrayList<>(), new ArrayList<>()));
				String tags = value(front, "tags", "[]");
				for (String tag : tags.replaceAll("^\\[|\\]$", "").split(",")) {
					if (!tag.isBlank()) {
						sample.tags().add(tag.trim().replace("\"", ""));
					}
				}
				String source = value(front, "source", null);
				if (source != null) {
					sample.sources().add(source.replace("\"", ""));
				}
				for (String block : body.split("\n\\s*\n")) {
					String b = block.strip();
					if (b.startsWith("## ")) {
						sample.headings().add(b.substring(3).strip());
					}
					else if (!b.isEmpty() && !b.startsWith("#") && !b.startsWith("---") && !b.startsWith("|")
							&& !b.startsWith("*Traduit") && !b.startsWith("*Translated") && b.length() > 60) {
						sample.paragraphs().add(b);
					}
				}
			}
		}
		for (Sample sample : samples.values()) {
			if (sample.sources().isEmpty()) {
				sample.sources().add("36Kr");
			}
			if (sample.headings().isEmpty()) {
				sample.headings().add("Contexte");
			}
		}
		samples.values().removeIf(s -> s.paragraphs().size() < 20);
		return samples;
	}

	static String value(String front, String key, String otherwise) {
		for (String line : front.split("\n")) {
			if (line.startsWith(key + ":")) {
				return line.substring(key.length() + 1).trim();
			}
		}
		return otherwise;
	}

}
