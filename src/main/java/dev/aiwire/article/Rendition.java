package dev.aiwire.article;

import java.util.List;

import dev.aiwire.markdown.ParsedDocument;

/**
 * Everything publishing stores for one version of an article, worked out before the transaction
 * writes it.
 *
 * @param document the parsed article
 * @param markdown the Markdown as the editor wrote it
 * @param contentHash SHA-256 of the Markdown, to skip unchanged imports
 * @param html the whole body, block quotations captioned with their speakers
 * @param sections each section's heading, anchor and captioned HTML
 * @param extraJson the front matter fields the portal does not know, as JSON
 * @param extracted the dated events and quotations found in the text
 */
record Rendition(ParsedDocument document, String markdown, String contentHash, String html,
		List<RenderedSection> sections, String extraJson, ArticleExtraction.Extracted extracted) {

	record RenderedSection(int position, String heading, String anchor, String html) {
	}

}
