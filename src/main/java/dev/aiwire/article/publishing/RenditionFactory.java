package dev.aiwire.article.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.aiwire.article.store.ArticleContent;
import dev.aiwire.article.SectionView;
import dev.aiwire.markdown.Block;
import dev.aiwire.markdown.FrontMatter;
import dev.aiwire.markdown.MarkdownParser;
import dev.aiwire.markdown.ParsedDocument;
import dev.aiwire.markdown.Section;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Parses an article's Markdown once and prepares from that one parse everything
 * publishing stores: the fields, the captioned HTML of each section, the text search
 * reads, the events and quotations.
 */
@Component
public class RenditionFactory {

	private final MarkdownParser parser;

	private final JsonMapper json;

	private final ArticleExtraction extraction;

	private final Corrections corrections;

	public RenditionFactory(MarkdownParser parser, JsonMapper json, ArticleExtraction extraction,
			Corrections corrections) {
		this.parser = parser;
		this.json = json;
		this.extraction = extraction;
		this.corrections = corrections;
	}

	/** Renders a new article's file. */
	public Rendition render(byte[] bytes) {
		return render(bytes, null);
	}

	/**
	 * Renders a version of an article (null for a new one), with the editors' corrections
	 * of it.
	 */
	public Rendition render(byte[] bytes, Long articleId) {
		ParsedDocument document = this.parser.parse(bytes);
		return render(document, new String(bytes, StandardCharsets.UTF_8), articleId);
	}

	/** Renders a new article's Markdown. */
	public Rendition render(String markdown) {
		return render(markdown, null);
	}

	/**
	 * Renders a version of an article (null for a new one), with the editors' corrections
	 * of it.
	 */
	public Rendition render(String markdown, Long articleId) {
		return render(this.parser.parse(markdown), markdown, articleId);
	}

	/**
	 * A rendition made without knowing its article, with that article's corrections:
	 * rendered again only when they change something (a bulk import extracts before it
	 * finds the articles).
	 */
	public Rendition corrected(Rendition rendition, Long articleId) {
		if (articleId == null
				|| this.corrections.apply(articleId, rendition.extracted()).equals(rendition.extracted())) {
			return rendition;
		}
		return render(rendition.document(), rendition.markdown(), articleId);
	}

	private Rendition render(ParsedDocument document, String markdown, Long articleId) {
		Extracted extracted = this.corrections.apply(articleId, this.extraction.extract(document));
		List<SectionView> sections = new ArrayList<>();
		StringBuilder html = new StringBuilder();
		for (Section section : document.sections()) {
			String sectionHtml = section.html(block -> caption(document, extracted, block));
			sections.add(new SectionView(section.index(), section.heading(), section.anchor(), sectionHtml));
			html.append(sectionHtml);
		}
		FrontMatter fm = document.frontMatter();
		String extra = fm.extra().isEmpty() ? null : this.json.writeValueAsString(fm.extra());
		ArticleContent content = new ArticleContent(fm.lang(), fm.title(), document.summary(), fm.date(), fm.isDraft(),
				fm.source(), fm.url(), fm.originalTitle(), fm.originalLanguage(), fm.author(), fm.translator(),
				fm.translation(), fm.translationKey(), document.readingMinutes(), markdown, sha256(markdown),
				html.toString(), document.footer().html(), extra, bodyText(document), sections);
		return new Rendition(document, content, extracted);
	}

	/**
	 * The editor's attribution of a block quotation if any, else the speaker found in the
	 * text.
	 */
	private static String caption(ParsedDocument document, Extracted extracted, int block) {
		String attribution = document.block(block).attribution();
		return (attribution != null) ? attribution : extracted.speakerOfBlock(block);
	}

	/**
	 * Headings and blocks of the body as plain text, one per line; the outlet's footer is
	 * not in it.
	 */
	static String bodyText(ParsedDocument document) {
		Map<Integer, List<Block>> blocksBySection = document.blocks()
			.stream()
			.collect(Collectors.groupingBy(Block::sectionIndex));
		StringBuilder text = new StringBuilder();
		for (Section section : document.sections()) {
			if (section.heading() != null) {
				text.append(section.heading()).append('\n');
			}
			for (Block block : blocksBySection.getOrDefault(section.index(), List.of())) {
				text.append(block.text()).append('\n');
			}
		}
		return text.toString();
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
