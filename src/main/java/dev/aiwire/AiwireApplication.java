package dev.aiwire;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiwireApplication {

	public static void main(String[] args) {
		SpringApplication.run(AiwireApplication.class, args);
	}

	/**
	 * The one clock of the portal: what is "today" decides which articles are visible.
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
