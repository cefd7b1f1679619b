package dev.aiwire.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Parses an article's Markdown and prepares everything publishing stores. */
@Component
class RenditionFactory {

	private final MarkdownParser parser;

	private final JsonMapper json;

	private final ArticleExtraction extraction;

	RenditionFactory(MarkdownParser parser, JsonMapper json, ArticleExtraction extraction) {
		this.parser = parser;
		this.json = json;
		this.extraction = extraction;
	}

	Rendition render(byte[] bytes) {
		ParsedDocument document = this.parser.parse(bytes);
		return render(document, new String(bytes, StandardCharsets.UTF_8));
	}

	Rendition render(String markdown) {
		return render(this.parser.parse(markdown), markdown);
	}

	private Rendition render(ParsedDocument document, String markdown) {
		ArticleExtraction.Extracted extracted = this.extraction.extract(document);
		List<Rendition.RenderedSection> sections = new ArrayList<>();
		StringBuilder html = new StringBuilder();
		for (Section section : document.sections()) {
			String sectionHtml = section.html(block -> caption(document, extracted, block));
			sections.add(new Rendition.RenderedSection(section.index(), section.heading(), section.anchor(),
					sectionHtml));
			html.append(sectionHtml);
		}
		String extra = document.frontMatter().extra().isEmpty() ? null
				: this.json.writeValueAsString(document.frontMatter().extra());
		return new Rendition(document, markdown, sha256(markdown), html.toString(), sections, extra, extracted);
	}

	/** The editor's attribution of a block quotation if any, else the speaker found in the text. */
	private static String caption(ParsedDocument document, ArticleExtraction.Extracted extracted, int block) {
		String attribution = document.block(block).attribution();
		return (attribution != null) ? attribution : extracted.speakerOfBlock(block);
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
