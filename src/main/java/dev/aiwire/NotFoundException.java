package dev.aiwire;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * The one family of "not found": an article, a tag, an archive month, a speaker, a feed
 * that does not exist or that readers may not see. Any module throws a subclass; one
 * handler of the system module answers them all, with the 404 page, or with a JSON 404
 * under {@code /api/}. The message a reader sees comes from the bundles, in the
 * interface's language: the code names the kind of thing ({@code not-found.article}) and
 * the arguments what was asked for.
 * <p>
 * It lives beside the application class, outside every module, since every module may
 * throw it and the quote and timeline modules may depend on no module with pages.
 */
public abstract class NotFoundException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	/**
	 * @param code the key of the reader's message in the bundles
	 * @param defaultMessage the message for logs, in English
	 * @param arguments what was asked for, for the message
	 */
	protected NotFoundException(String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + " " + this.code + " " + Arrays.toString(this.arguments);
	}

}
