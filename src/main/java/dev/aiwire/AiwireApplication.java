package dev.aiwire;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AiwireApplication {

	public static void main(String[] args) {
		SpringApplication.run(AiwireApplication.class, args);
	}

}
