package dev.aiwire.system;

import java.nio.charset.StandardCharsets;

import dev.aiwire.article.publishing.PublishingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an operator gets: probes, info, Prometheus metrics and nothing more; a log line
 * per write.
 */
@SpringBootTest(properties = { "management.defaults.metrics.export.enabled=true",
		"management.prometheus.metrics.export.enabled=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	private final MockMvc mvc;

	private final PublishingService publishing;

	OperationsTests(@Autowired MockMvc mvc, @Autowired PublishingService publishing) {
		this.mvc = mvc;
		this.publishing = publishing;
	}

	@Test
	void probesSayLiveAndReadyWithTheDatabaseChecked() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/info")).andExpect(jsonPath("$.app.name").value("AI Wire"));
	}

	@Test
	void prometheusShowsPageLatencyAndCacheHitRatio() throws Exception {
		this.mvc.perform(get("/"));
		this.mvc.perform(get("/"));
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds_bucket")))
			.andExpect(content().string(containsString("uri=\"/\"")))
			.andExpect(content().string(containsString("cache_gets_total{cache=\"pages\"")))
			.andExpect(content().string(containsString("aiwire_page_cache_hit_ratio")));
	}

	@Test
	void exposesNothingElse() throws Exception {
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "threaddump", "loggers",
				"mappings", "metrics" }) {
			this.mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
		}
	}

	@Test
	void logsTheArticleAndTheEditorOfEveryWrite(CapturedOutput output) {
		this.publishing.importFile("ops/logged.md",
				("---\ntitle: Un article journalisé\nslug: journalise\n"
						+ "date: 2024-06-01\nsource: 36Kr\ntags: [LLM]\n---\n\nDu texte.\n")
					.getBytes(StandardCharsets.UTF_8),
				"alice");
		assertThat(output).contains("committed: article 'journalise' (id").contains("published by alice");
	}

}
