package dev.aiwire.article.desk;

import org.springframework.data.jpa.repository.JpaRepository;

/** The pending edits, by the id of their article. */
interface EditDraftRepository extends JpaRepository<EditDraft, Long> {

}
