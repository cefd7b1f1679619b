package dev.aiwire.system;

import java.nio.charset.StandardCharsets;

import dev.aiwire.AiwireApplication;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.publishing.PublishingService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Publishes articles one after the other and acknowledges each once
 * {@link PublishingService} has returned, that is once its transaction has committed:
 * {@code ACK <slug>} on a line of its own. Run in a JVM of its own by
 * {@link DurabilityTests}, which kills it in the middle.
 */
final class BulkImport {

	private BulkImport() {
	}

	public static void main(String[] args) {
		int count = Integer.parseInt(args[0]);
		String[] springArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AiwireApplication.class)
			.web(WebApplicationType.NONE)
			.run(springArgs);
		PublishingService publishing = context.getBean(PublishingService.class);
		System.out.println("READY");
		for (int i = 0; i < count; i++) {
			PublishResult result = publishing.importFile("bulk/" + i + ".md",
					markdown(i).getBytes(StandardCharsets.UTF_8), "bulk-import");
			System.out.println("ACK " + result.slug());
			System.out.flush();
		}
		context.close();
	}

	/** An article of a realistic shape: sections, a dated event, a quotation, tags. */
	static String markdown(int i) {
		return "---\ntitle: \"Article en masse " + i + "\"\nslug: masse-" + i + "\nlang: fr\ndate: 2024-05-"
				+ String.format("%02d", 1 + i % 28) + "\nsource: 36Kr\ntags: [LLM, Lot " + (i % 5) + "]\n---\n\n"
				+ "Le 3 mai, la société a présenté son modèle. « Nous voulons aller plus vite », a déclaré son fondateur.\n\n"
				+ "## Le contexte\n\n" + "Une phrase de contexte, numéro " + i
				+ ", assez longue pour compter.\n\n".repeat(20) + "## La suite\n\n"
				+ "> Une citation en bloc qui dit quelque chose d'important.\n\n" + "Fin de l'article " + i + ".\n";
	}

}
