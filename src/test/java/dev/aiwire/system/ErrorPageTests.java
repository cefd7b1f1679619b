package dev.aiwire.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages over real HTTP, through the servlet container's error dispatch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ErrorPageTests.Failing.class)
class ErrorPageTests {

	@LocalServerPort
	private int port;

	@Test
	void anUnexpectedFailureShowsA500PageThatLeaksNothing() throws Exception {
		HttpResponse<String> response = get("/test-failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Une erreur est survenue")
			.doesNotContain("secret-detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at dev.aiwire");
	}

	@Test
	void anUnknownAddressShowsThe404Page() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page introuvable");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "fr")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration
	@RestController
	static class Failing {

		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException("secret-detail");
		}

	}

}
