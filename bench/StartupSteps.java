import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.aiwire.AiwireApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * Starts the portal as its main method does, with Spring's BufferingApplicationStartup, and
 * prints where the context's time went once the application runners (import, search
 * catch-up) are done: each bean's own time (its creation minus the beans it created on the
 * way), summed by package, the beans above 20 ms, and the framework's other steps. Used by
 * bench/startup-steps.sh; the portal's arguments are passed through.
 */
public class StartupSteps {

	public static void main(String[] args) {
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(AiwireApplication.class);
		application.setMainApplicationClass(AiwireApplication.class);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		application.run(args);
		long ran = System.nanoTime();
		List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
		Map<Long, Long> childrenNanos = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				childrenNanos.merge(parent, event.getDuration().toNanos(), Long::sum);
			}
		}
		Map<String, Long> byPackage = new TreeMap<>();
		Map<String, Long> byStep = new TreeMap<>();
		Map<String, Long> beans = new HashMap<>();
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			long own = event.getDuration().toNanos() - childrenNanos.getOrDefault(step.getId(), 0L);
			if (step.getName().equals("spring.beans.instantiate")) {
				String name = tag(step, "beanName");
				String type = tag(step, "beanType");
				String label = (type != null) ? type : name;
				beans.merge(name + "  " + ((type != null) ? type : ""), own, Long::sum);
				byPackage.merge(group(label), own, Long::sum);
			}
			else {
				byStep.merge(step.getName(), own, Long::sum);
			}
		}
		System.out.printf("%n== from main to the runners' end: %.2f s (JVM start not counted)%n", (ran - start) / 1e9);
		System.out.println("== own time of the beans, by package (ms)");
		byPackage.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(25)
			.forEach((entry) -> System.out.printf("%8d  %s%n", entry.getValue() / 1_000_000, entry.getKey()));
		System.out.println("== beans with over 20 ms of their own (ms)");
		beans.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 20_000_000L)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((entry) -> System.out.printf("%8d  %s%n", entry.getValue() / 1_000_000, entry.getKey()));
		System.out.println("== other steps, own time (ms)");
		byStep.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((entry) -> System.out.printf("%8d  %s%n", entry.getValue() / 1_000_000, entry.getKey()));
		System.out.printf("== %d steps recorded; total of the beans' own time %d ms%n", events.size(),
				Duration.ofNanos(beans.values().stream().mapToLong(Long::longValue).sum()).toMillis());
		System.exit(0);
	}

	private static String tag(StartupStep step, String key) {
		for (StartupStep.Tag tag : step.getTags()) {
			if (tag.getKey().equals(key)) {
				return tag.getValue();
			}
		}
		return null;
	}

	/** The package of a bean's class, cut to three or four parts (the portal's: its module). */
	private static String group(String type) {
		if (type == null) {
			return "(unknown)";
		}
		String name = type.replaceFirst("^(class|interface) ", "").replaceFirst("\\$.*", "");
		String[] parts = name.split("\\.");
		int keep = name.startsWith("dev.aiwire.") ? 3 : Math.min(parts.length - 1, name.startsWith("org.") ? 3 : 2);
		return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, keep)));
	}

}
