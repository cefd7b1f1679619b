package dev.aiwire.article.publishing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.aiwire.AiwireApplication;
import dev.aiwire.article.desk.EditingService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk import beside flexmark, in one JVM and one run: flexmark's parse and render of a set of
 * Markdown files, the portal's import of the same files as the content folder is imported at
 * start-up ({@link ContentImporter}), and the same files published one by one as single
 * publishes ({@link PublishingService#importFile}), alternately, for several rounds; then the
 * re-extraction of the articles of the last round and single publishes from the desk, one at a
 * time, with their p99. The database is an H2 file with the portal's own settings (every commit
 * written at once), the search index on disk. Not a test; {@code bench/import.sh} runs it.
 * <p>
 * Arguments: the folder of Markdown files, a scratch folder, rounds, warm-up files, desk
 * publishes, then Spring arguments that replace the defaults of the same name.
 */
final class BulkImportBenchmark {

	private BulkImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		Path scratch = Path.of(args[1]);
		int rounds = Integer.parseInt(args[2]);
		int warmUp = Integer.parseInt(args[3]);
		int deskPublishes = Integer.parseInt(args[4]);
		List<Path> sources = ContentImporter.markdownFiles(folder);
		List<byte[]> files = new ArrayList<>();
		for (Path source : sources) {
			files.add(Files.readAllBytes(source));
		}
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
				AutolinkExtension.create(), AttributesExtension.create()));
		Parser parser = Parser.builder(options).build();
		HtmlRenderer renderer = HtmlRenderer.builder(options).build();
		String url = "jdbc:h2:file:" + scratch.toAbsolutePath() + "/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
		List<String> springArgs = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--aiwire.content-dir=" + scratch.resolve("none"), "--aiwire.search.index-dir=" + scratch.resolve("index"),
				"--aiwire.test.postgres.url=", "--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--logging.level.dev.aiwire.article.publishing.ContentImporter=info"));
		for (String extra : List.of(args).subList(5, args.length)) {
			String key = extra.substring(0, extra.indexOf('=') + 1);
			springArgs.removeIf(arg -> arg.startsWith(key));
			springArgs.add(extra);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AiwireApplication.class)
			.web(WebApplicationType.NONE)
			.run(springArgs.toArray(String[]::new))) {
			ContentImporter importer = context.getBean(ContentImporter.class);
			PublishingService publishing = context.getBean(PublishingService.class);
			Path rounds0 = scratch.resolve("rounds");
			// warm-up: every path once on a part of the files
			List<byte[]> few = files.subList(0, Math.min(warmUp, files.size()));
			flexmark(few, parser, renderer);
			importFolder(importer, write(rounds0, "warm-bulk", few), rounds0);
			oneByOne(publishing, few, "warm-single");
			double[] flexmark = new double[rounds];
			double[] bulk = new double[rounds];
			double[] single = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				flexmark[round] = flexmark(files, parser, renderer);
				bulk[round] = importFolder(importer, write(rounds0, "bulk-" + round, files), rounds0);
				single[round] = oneByOne(publishing, files, "single-" + round);
				System.out.printf(Locale.ROOT,
						"round %d: flexmark %7.1f art/s   import %6.1f art/s (%.3f x flexmark)   one by one %6.1f art/s (%.3f x)%n",
						round + 1, flexmark[round], bulk[round], bulk[round] / flexmark[round], single[round],
						single[round] / flexmark[round]);
			}
			double reextracted = reextract(context, "bulk-" + (rounds - 1) + "/");
			double reextractFlexmark = flexmark(files, parser, renderer);
			double[] desk = desk(context.getBean(EditingService.class), files, deskPublishes);
			System.out.printf(Locale.ROOT, "files: %d (mean %.1f KB) from %s; %d rounds%n", files.size(),
					files.stream().mapToInt(f -> f.length).average().orElse(0) / 1024, folder, rounds);
			System.out.printf(Locale.ROOT, "median import/flexmark      : %.3f (rounds %s)%n", medianRatio(bulk, flexmark),
					ratios(bulk, flexmark));
			System.out.printf(Locale.ROOT, "median one-by-one/flexmark  : %.3f (rounds %s)%n",
					medianRatio(single, flexmark), ratios(single, flexmark));
			System.out.printf(Locale.ROOT, "re-extraction               : %.1f art/s, %.3f x flexmark (%.1f art/s)%n",
					reextracted, reextracted / reextractFlexmark, reextractFlexmark);
			System.out.printf(Locale.ROOT, "desk publish (%d, one at a time): median %.1f ms, p99 %.1f ms, max %.1f ms%n",
					desk.length, percentile(desk, 50), percentile(desk, 99), percentile(desk, 100));
			System.out.printf(Locale.ROOT, "(%d cores, load average %s)%n", Runtime.getRuntime().availableProcessors(),
					Files.readString(Path.of("/proc/loadavg")).trim());
		}
	}

	/** Articles per second of flexmark's parse and render. */
	private static double flexmark(List<byte[]> files, Parser parser, HtmlRenderer renderer) {
		long start = System.nanoTime();
		long length = 0;
		for (byte[] file : files) {
			length += renderer.render(parser.parse(new String(file, StandardCharsets.UTF_8))).length();
		}
		return perSecond(files.size(), start, length);
	}

	private static double importFolder(ContentImporter importer, List<Path> written, Path root) {
		long start = System.nanoTime();
		ContentImporter.ImportReport report = importer.importFiles(root, written);
		double rate = perSecond(written.size(), start, 0);
		if (report.created() != written.size()) {
			throw new IllegalStateException("the import created " + report + " of " + written.size() + " files");
		}
		return rate;
	}

	private static double oneByOne(PublishingService publishing, List<byte[]> files, String prefix) {
		long start = System.nanoTime();
		for (int i = 0; i < files.size(); i++) {
			publishing.importFile(prefix + "/" + i + ".md", unique(files.get(i), prefix), "benchmark");
		}
		return perSecond(files.size(), start, 0);
	}

	private static double reextract(ConfigurableApplicationContext context, String prefix) {
		// the ids alone: loading every article to read its path cost minutes at 2,000 files
		List<Long> ids = context.getBean(JdbcClient.class)
			.sql("select id from article where source_path like :prefix order by id")
			.param("prefix", prefix + "%")
			.query(Long.class)
			.list();
		Reextraction reextraction = context.getBean(Reextraction.class);
		long start = System.nanoTime();
		int done = reextraction.reextract(ids);
		return perSecond(done, start, 0);
	}

	private static double[] desk(EditingService editing, List<byte[]> files, int count) {
		double[] millis = new double[count];
		for (int i = 0; i < count; i++) {
			byte[] file = unique(files.get(i % files.size()), "desk-" + i);
			long start = System.nanoTime();
			editing.create(new String(file, StandardCharsets.UTF_8), "benchmark");
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return millis;
	}

	/** Writes the files under root/name with slugs of their own, as a folder to import. */
	private static List<Path> write(Path root, String name, List<byte[]> files) throws IOException {
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Path file = root.resolve(name).resolve(String.format("%06d.md", i));
			Files.createDirectories(file.getParent());
			Files.write(file, unique(files.get(i), name));
			written.add(file);
		}
		return written;
	}

	private static byte[] unique(byte[] file, String suffix) {
		String text = new String(file, StandardCharsets.UTF_8);
		return text.replaceFirst("(?m)^slug: (.*)$", "slug: $1-" + suffix).getBytes(StandardCharsets.UTF_8);
	}

	private static double perSecond(int count, long start, long ignored) {
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static double medianRatio(double[] measured, double[] flexmark) {
		double[] ratios = new double[measured.length];
		for (int i = 0; i < ratios.length; i++) {
			ratios[i] = measured[i] / flexmark[i];
		}
		return percentile(ratios, 50);
	}

	private static String ratios(double[] measured, double[] flexmark) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < measured.length; i++) {
			text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", measured[i] / flexmark[i]));
		}
		return text.toString();
	}

	private static double percentile(double[] values, double percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
