package dev.aiwire.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader follows a note's marker to the note, and comes back from the note to the text.
 */
class FootnoteLinksTests {

	private final MarkdownParser parser = new MarkdownParser();

	private ParsedDocument parse(String body) {
		return this.parser.parse("---\ntitle: T\ndate: 2024-01-01\n---\n" + body);
	}

	@Test
	void linksAMarkdownNoteMarkerToItsNoteAndBack() {
		ParsedDocument doc = parse("Le fabricant a inscrit une perte de stock[^perte] dans ses comptes.\n\n"
				+ "[^perte]: Une estimation que ses auditeurs n'ont pas encore revue.\n");

		assertThat(doc.html()).contains("<sup class=\"footnote-ref\" id=\"fnref-perte\"><a href=\"#fn-perte\"")
			.contains("<sup id=\"fn-perte\"><a href=\"#fnref-perte\"")
			.contains("Une estimation que ses auditeurs")
			.doesNotContain("[^perte]");
		assertThat(doc.sentences().get(0).text())
			.isEqualTo("Le fabricant a inscrit une perte de stock dans ses comptes.");
		assertThat(doc.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.NOTE);
	}

	@Test
	void linksASuperscriptNoteMarkerToTheNoteItOpens() {
		ParsedDocument doc = parse("Le fabricant a inscrit une perte de stock<sup>2</sup> dans ses comptes.\n\n"
				+ "<sup>2</sup> Une estimation que ses auditeurs n'ont pas encore revue.\n");

		assertThat(doc.html()).contains("<sup class=\"footnote-ref\" id=\"fnref-2\"><a href=\"#fn-2\"")
			.contains("<sup id=\"fn-2\"><a href=\"#fnref-2\"");
		assertThat(doc.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.NOTE);
	}

	@Test
	void leavesAMarkerWithoutANoteAsWritten() {
		ParsedDocument doc = parse("La puissance tient dans un petit boîtier<sup>3</sup> et coûte peu[^x].\n");

		assertThat(doc.html()).contains("<sup>3</sup>").contains("[^x]").doesNotContain("href=\"#fn-");
	}

}
