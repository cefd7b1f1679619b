package dev.aiwire.article;

/**
 * Where an article stands. A published article dated in the future is scheduled; a
 * trashed one is hidden from readers until an editor restores it or empties the trash.
 */
public enum ArticleStatus {

	PUBLISHED, DRAFT, TRASHED

}
