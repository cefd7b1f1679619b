package dev.aiwire.markdown;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A Markdown file that cannot become an article. The message names the field and, for
 * front matter, the line:
 * {@code front matter line 5: date '2023-13-45' is not a valid date}. It is in English,
 * for logs and the command line; editors read it from the bundles, in the interface's
 * language: the exception is its own {@link MessageSourceResolvable}, whose code says
 * where the problem is ({@code document.at.line}) and whose arguments hold the line and
 * the complaint, itself a code with its arguments ({@code document.date.invalid}).
 */
public class DocumentException extends RuntimeException implements MessageSourceResolvable {

	/**
	 * Where in the file a complaint stands, each with the key that writes it before the
	 * complaint.
	 */
	public enum Place {

		/** Nowhere in particular: the whole file. */
		FILE("document.at.file"),
		/** A line of the file. */
		LINE("document.at.line"),
		/** The front matter, no line known. */
		FRONT_MATTER("document.at.frontMatter"),
		/** A line of the front matter. */
		FRONT_MATTER_LINE("document.at.frontMatterLine");

		private final String code;

		Place(String code) {
			this.code = code;
		}

	}

	private final String field;

	private final int line;

	private final Place place;

	private final MessageSourceResolvable complaint;

	/** A complaint known only in English (its text is also its message for editors). */
	public DocumentException(String field, int line, String message) {
		super(message);
		this.field = field;
		this.line = line;
		this.place = Place.FILE;
		this.complaint = new DefaultMessageSourceResolvable(new String[0], null, message);
	}

	/**
	 * A complaint written in the bundles.
	 * @param code the key of the complaint ({@code document.date.invalid})
	 * @param english the complaint in English, without its place
	 * @param arguments the complaint's arguments
	 */
	public DocumentException(String field, int line, Place place, String code, String english, Object... arguments) {
		super(prefix(place, line) + english);
		this.field = field;
		this.line = line;
		this.place = place;
		this.complaint = new DefaultMessageSourceResolvable(new String[] { code }, arguments.clone(), english);
	}

	private static String prefix(Place place, int line) {
		return switch (place) {
			case FILE -> "";
			case LINE -> "line " + line + ": ";
			case FRONT_MATTER -> "front matter: ";
			case FRONT_MATTER_LINE -> "front matter line " + line + ": ";
		};
	}

	/** The front matter field at fault, or null when the problem is not a field's. */
	public String field() {
		return this.field;
	}

	/** The line of the file at fault (1-based), or 0 when unknown. */
	public int line() {
		return this.line;
	}

	/**
	 * The complaint alone, without its place: what a form shows beside the field at
	 * fault.
	 */
	public MessageSourceResolvable complaint() {
		return this.complaint;
	}

	@Override
	public String[] getCodes() {
		return (this.complaint.getCodes().length == 0) ? new String[0] : new String[] { this.place.code };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { String.valueOf(this.line), this.complaint };
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.place + " " + this.line + " "
				+ Arrays.toString(this.complaint.getCodes()) + ": " + getMessage();
	}

}
