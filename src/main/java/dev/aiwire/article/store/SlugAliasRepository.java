package dev.aiwire.article.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SlugAliasRepository extends JpaRepository<SlugAlias, Long> {

	Optional<SlugAlias> findBySlug(String slug);

	@Modifying
	@Query("delete from SlugAlias s where s.slug = :slug")
	void deleteBySlug(@Param("slug") String slug);

}
