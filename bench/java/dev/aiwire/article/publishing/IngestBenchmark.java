package dev.aiwire.article.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.aiwire.AiwireApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ingest time per article beside flexmark's own parse and render of the same files, in one JVM:
 * flexmark alone (same extensions, no front matter handling), the portal's rendition (parse,
 * sanitise, split, extract timeline and quotations), and the whole publish (rendition, store in
 * one transaction on an H2 file database with the production settings, the listeners of
 * ArticlePublished included). Not a test; {@code bench/ingest.sh} runs it.
 * <p>
 * Arguments: a folder of Markdown files, a scratch folder for the database, rounds of warm-up, then
 * any Spring arguments to change the set-up (they come last and win), for instance
 * {@code --aiwire.search.index-dir=} to keep the search index in memory.
 */
final class IngestBenchmark {

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		Path scratch = Path.of(args[1]);
		int warmUp = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		List<byte[]> files = read(folder);
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
				AutolinkExtension.create(), AttributesExtension.create()));
		Parser parser = Parser.builder(options).build();
		HtmlRenderer renderer = HtmlRenderer.builder(options).build();
		String url = "jdbc:h2:file:" + scratch.toAbsolutePath() + "/aiwire;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
		List<String> springArgs = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--aiwire.content-dir=" + scratch.resolve("none"), "--aiwire.search.index-dir=" + scratch.resolve("index"),
				"--aiwire.test.postgres.url=", "--spring.main.banner-mode=off", "--logging.level.root=warn"));
		for (String extra : List.of(args).subList(Math.min(3, args.length), args.length)) {
			String key = extra.substring(0, extra.indexOf('=') + 1);
			springArgs.removeIf(arg -> arg.startsWith(key));
			springArgs.add(extra);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AiwireApplication.class)
			.web(WebApplicationType.NONE)
			.run(springArgs.toArray(String[]::new))) {
			RenditionFactory renditions = context.getBean(RenditionFactory.class);
			PublishingService publishing = context.getBean(PublishingService.class);
			for (int round = 0; round < warmUp; round++) {
				flexmark(files, parser, renderer);
				rendition(files, renditions);
				publish(files, publishing, "warm-" + round + "/");
			}
			double flexmark = flexmark(files, parser, renderer);
			double rendition = rendition(files, renditions);
			double publish = publish(files, publishing, "measured/");
			System.out.printf("files: %d (mean %.1f KB) from %s%n", files.size(),
					files.stream().mapToInt(f -> f.length).average().orElse(0) / 1024, folder);
			System.out.printf("flexmark parse+render: %8.3f ms/article%n", flexmark);
			System.out.printf("portal rendition     : %8.3f ms/article  (%.1fx flexmark)%n", rendition,
					rendition / flexmark);
			System.out.printf("portal publish       : %8.3f ms/article  (%.1fx flexmark)%n", publish, publish / flexmark);
		}
	}

	private static double flexmark(List<byte[]> files, Parser parser, HtmlRenderer renderer) {
		long start = System.nanoTime();
		int length = 0;
		for (byte[] file : files) {
			length += renderer.render(parser.parse(new String(file, java.nio.charset.StandardCharsets.UTF_8))).length();
		}
		return (System.nanoTime() - start) / 1e6 / files.size() + length * 0.0;
	}

	private static double rendition(List<byte[]> files, RenditionFactory renditions) {
		long start = System.nanoTime();
		for (byte[] file : files) {
			renditions.render(file);
		}
		return (System.nanoTime() - start) / 1e6 / files.size();
	}

	private static double publish(List<byte[]> files, PublishingService publishing, String prefix) {
		long start = System.nanoTime();
		int i = 0;
		for (byte[] file : files) {
			String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
			String unique = text.replaceFirst("(?m)^slug: (.*)$", "slug: $1-" + prefix.replace("/", ""));
			publishing.importFile(prefix + (i++) + ".md", unique.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"benchmark");
		}
		return (System.nanoTime() - start) / 1e6 / files.size();
	}

	private static List<byte[]> read(Path folder) throws IOException {
		List<byte[]> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				files.add(Files.readAllBytes(file));
			}
		}
		return files;
	}

}
