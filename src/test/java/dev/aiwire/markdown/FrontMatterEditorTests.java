package dev.aiwire.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FrontMatterEditorTests {

	private static final String ARTICLE = """
			---
			title: "Kimi : le pari du contexte long"
			status: draft
			summary: >
			  Un résumé
			  sur deux lignes.
			date: 2024-03-18
			---

			Le texte.
			""";

	@Test
	void replacesAFieldWhereItStands() {
		String edited = FrontMatterEditor.withField(ARTICLE, "status", "published");
		assertThat(edited).contains("title: \"Kimi : le pari du contexte long\"\nstatus: published\nsummary: >");
		assertThat(new MarkdownParser().parse(edited).frontMatter().status()).isEqualTo("published");
	}

	@Test
	void replacesTheContinuationLinesOfAFoldedValue() {
		String edited = FrontMatterEditor.withField(ARTICLE, "summary", "court");
		assertThat(edited).doesNotContain("sur deux lignes").contains("summary: court\ndate: 2024-03-18");
	}

	@Test
	void addsAMissingFieldBeforeTheClosingLine() {
		String edited = FrontMatterEditor.withField(ARTICLE, "slug", "kimi-contexte-long");
		assertThat(edited).contains("date: 2024-03-18\nslug: kimi-contexte-long\n---\n\nLe texte.");
		assertThat(new MarkdownParser().parse(edited).frontMatter().slug()).isEqualTo("kimi-contexte-long");
	}

	@Test
	void leavesTheBodyAlone() {
		String body = "---\ntitle: T\ndate: 2024-01-01\n---\nstatus: pas un champ\n";
		assertThat(FrontMatterEditor.withField(body, "status", "draft"))
			.isEqualTo("---\ntitle: T\ndate: 2024-01-01\nstatus: draft\n---\nstatus: pas un champ\n");
	}

	@Test
	void refusesValuesThatWouldNeedQuoting() {
		assertThatIllegalArgumentException().isThrownBy(() -> FrontMatterEditor.withField(ARTICLE, "slug", "a: b"));
	}

	@Test
	void refusesTextWithoutFrontMatter() {
		assertThatExceptionOfType(DocumentException.class)
			.isThrownBy(() -> FrontMatterEditor.withField("Juste du texte", "status", "draft"));
	}

}
