package dev.aiwire.article.publishing;

import java.util.List;

import dev.aiwire.article.store.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Re-runs the extraction on every article, in batches ({@link BulkImporter}), after the
 * tagger or the quote extractor changed. From the command line:
 * {@code ./mvnw spring-boot:run
 * -Dspring-boot.run.arguments=--reextract} (runs after the content import, then the
 * portal goes on serving).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class Reextraction implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(Reextraction.class);

	private final ArticleRepository articles;

	private final BulkImporter importer;

	Reextraction(ArticleRepository articles, BulkImporter importer) {
		this.articles = articles;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("reextract")) {
			reextractAll();
		}
	}

	/**
	 * Re-extracts every article and returns how many were done; one failure does not stop
	 * the rest.
	 */
	int reextractAll() {
		return reextract(this.articles.findAllIds());
	}

	/** Re-extracts these articles and returns how many were done. */
	int reextract(List<Long> ids) {
		int done = this.importer.reextract(ids);
		logger.info("Re-extracted the timeline and quotations of {} articles", done);
		return done;
	}

}
