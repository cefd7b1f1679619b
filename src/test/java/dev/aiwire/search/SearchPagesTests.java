package dev.aiwire.search;

import dev.aiwire.article.ArticleCatalog;
import dev.aiwire.article.desk.TrashService;
import dev.aiwire.article.publishing.PublishingService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The search pages on the Lucene index embedded in the instance. */
@ActiveProfiles("test")
class SearchPagesTests extends SearchPagesBehaviour {

	SearchPagesTests(@Autowired MockMvc mvc, @Autowired PublishingService publishing, @Autowired SearchEngine engine,
			@Autowired SearchIndexer indexer, @Autowired TrashService trash, @Autowired ArticleCatalog catalog) {
		super(mvc, publishing, engine, indexer, trash, catalog);
	}

}
