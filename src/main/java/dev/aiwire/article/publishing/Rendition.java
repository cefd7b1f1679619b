package dev.aiwire.article.publishing;

import dev.aiwire.article.store.ArticleContent;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.FrontMatterEditor;
import dev.aiwire.markdown.ParsedDocument;

/**
 * Everything publishing stores for one version of an article, worked out from one parse
 * of its Markdown before the transaction writes it.
 *
 * @param document the parsed article
 * @param content what the article entity takes: fields, Markdown, rendered HTML and
 * sections
 * @param extracted the dated events and quotations found in the text
 */
public record Rendition(ParsedDocument document, ArticleContent content, Extracted extracted) {

	public FrontMatter frontMatter() {
		return this.document.frontMatter();
	}

	/** The Markdown as the editor wrote it (with the fields written in since, if any). */
	public String markdown() {
		return this.content.markdown();
	}

	/** SHA-256 of the Markdown, to recognise a version already stored. */
	public String contentHash() {
		return this.content.contentHash();
	}

	/**
	 * The same version with a field written into the front matter of its Markdown, such
	 * as the slug a new article settled on. The body is unchanged, so nothing is parsed
	 * again; only the Markdown that is stored, and its hash, change.
	 */
	public Rendition withFrontMatterField(String name, String value) {
		String markdown = FrontMatterEditor.withField(markdown(), name, value);
		return new Rendition(this.document, this.content.withMarkdown(markdown, RenditionFactory.sha256(markdown)),
				this.extracted);
	}

}
