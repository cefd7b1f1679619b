import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Two builds of the extraction side by side in one JVM, each in its own class loader, timed in
 * alternate batches so that both see the same load of a shared machine: the ratio of their
 * times is what to read. Run by {@code bench/extraction.sh} with {@code BASELINE} set, as a
 * single-file program: {@code java bench/CompareExtraction.java BASELINE_CP THIS_CP RUNS ROUNDS}.
 */
public class CompareExtraction {

	public static void main(String[] args) throws Exception {
		ClassLoader[] loaders = { loader(args[0]), loader(args[1]) };
		int runs = Integer.parseInt(args[2]);
		int rounds = Integer.parseInt(args[3]);
		String only = (args.length > 4) ? args[4] : "";
		Class<?> harness = loaders[1].loadClass("dev.aiwire.ExtractionHarness");
		@SuppressWarnings("unchecked")
		List<String> workloads = (List<String>) harness.getField("WORKLOADS").get(null);
		System.out.printf("%-32s %9s %9s %6s   %s%n", "ms per 2,000 words", "baseline", "this", "ratio",
				"ratio of each round");
		for (String name : workloads) {
			if (!name.startsWith(only)) {
				continue;
			}
			IntSupplier[] work = new IntSupplier[2];
			int words = 0;
			for (int side = 0; side < 2; side++) {
				Class<?> h = loaders[side].loadClass("dev.aiwire.ExtractionHarness");
				work[side] = (IntSupplier) h.getMethod("workload", String.class).invoke(null, name);
				words = (int) h.getMethod("words", String.class).invoke(null, name);
			}
			long[] checksum = new long[2];
			for (int i = 0; i < Math.max(200, runs / 2); i++) {
				for (int side = 0; side < 2; side++) {
					checksum[side] += work[side].getAsInt();
				}
			}
			long[] total = new long[2];
			double[] ratios = new double[rounds];
			int batch = Math.max(1, runs / 20);
			for (int round = 0; round < rounds; round++) {
				long[] time = new long[2];
				for (int done = 0; done < runs; done += batch) {
					for (int k = 0; k < 2; k++) {
						int side = (done / batch + k + round) % 2;
						long start = System.nanoTime();
						for (int i = 0; i < batch; i++) {
							checksum[side] += work[side].getAsInt();
						}
						time[side] += System.nanoTime() - start;
					}
				}
				ratios[round] = (double) time[1] / time[0];
				total[0] += time[0];
				total[1] += time[1];
			}
			int measured = rounds * ((runs + batch - 1) / batch) * batch;
			double per = 2000.0 / words / 1e6 / measured;
			double[] sorted = ratios.clone();
			Arrays.sort(sorted);
			List<String> each = new ArrayList<>();
			for (double ratio : ratios) {
				each.add(String.format("%.2f", ratio));
			}
			System.out.printf("%-32s %9.3f %9.3f %6.2f   %s (median %.2f)%s%n", name, total[0] * per, total[1] * per,
					(double) total[1] / total[0], String.join(" ", each), sorted[rounds / 2],
					(checksum[0] == checksum[1]) ? "" : "  CHECKSUMS DIFFER");
		}
	}

	private static ClassLoader loader(String classpath) throws Exception {
		List<URL> urls = new ArrayList<>();
		for (String entry : classpath.split(File.pathSeparator)) {
			if (!entry.isEmpty()) {
				urls.add(new File(entry).toURI().toURL());
			}
		}
		return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
	}

}
