package dev.aiwire.quote;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface QuoteSourceRepository extends Repository<QuoteSource, Long> {

	QuoteSource save(QuoteSource article);

	Optional<QuoteSource> findById(long articleId);

	void delete(QuoteSource article);

}
