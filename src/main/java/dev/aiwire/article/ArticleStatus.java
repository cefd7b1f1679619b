package dev.aiwire.article;

/** Where an article stands. A published article dated in the future is scheduled. */
public enum ArticleStatus {

	PUBLISHED, DRAFT

}
