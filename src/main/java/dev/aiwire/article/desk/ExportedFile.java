package dev.aiwire.article.desk;

/**
 * One article as a Markdown file of an export: its front matter says its slug and status,
 * so that importing the file gives the same article back.
 */
public record ExportedFile(String name, String markdown) {
}
