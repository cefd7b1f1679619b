package dev.aiwire.timeline;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SourceArticleRepository extends Repository<SourceArticle, Long> {

	SourceArticle save(SourceArticle article);

	Optional<SourceArticle> findById(long articleId);

	void delete(SourceArticle article);

}
