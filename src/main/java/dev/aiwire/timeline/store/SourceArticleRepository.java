package dev.aiwire.timeline.store;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface SourceArticleRepository extends Repository<SourceArticle, Long> {

	public SourceArticle save(SourceArticle article);

	public Optional<SourceArticle> findById(long articleId);

	public void delete(SourceArticle article);

}
