package dev.aiwire.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPolicyTests {

	private static final String LINK = "<p>Voir <a href=\"https://example.org/annonce\">l'annonce</a>.</p>";

	@Test
	void writesALinkTheSameWayAfterEveryStartOfThePortal() throws Exception {
		// the order the sanitiser gives a link's relations is fixed at each start of the
		// JVM: only fresh JVMs show whether the published bytes depend on it
		List<String> outputs = new ArrayList<>();
		for (int start = 0; start < 5; start++) {
			outputs.add(sanitisedInAFreshJvm());
		}

		assertThat(outputs).containsOnly(
				"<p>Voir <a href=\"https://example.org/annonce\" rel=\"noopener noreferrer\">l&#39;annonce</a>.</p>");
	}

	private static String sanitisedInAFreshJvm() throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), Sanitise.class.getName(), LINK)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	/** Sanitises its argument with the portal's policy and prints it. */
	static final class Sanitise {

		public static void main(String[] args) {
			System.out.println(HtmlPolicy.sanitize(args[0]));
		}

	}

}
