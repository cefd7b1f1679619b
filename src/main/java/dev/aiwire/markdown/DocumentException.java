package dev.aiwire.markdown;

/**
 * A Markdown file that cannot become an article. The message names the field and, for front
 * matter, the line: {@code front matter line 5: date '2023-13-45' is not a valid date}.
 */
public class DocumentException extends RuntimeException {

	private final String field;

	private final int line;

	public DocumentException(String field, int line, String message) {
		super(message);
		this.field = field;
		this.line = line;
	}

	/** The front matter field at fault, or null when the problem is not a field's. */
	public String field() {
		return this.field;
	}

	/** The line of the file at fault (1-based), or 0 when unknown. */
	public int line() {
		return this.line;
	}

}
