package dev.aiwire.quote;

import dev.aiwire.NotFoundException;

/**
 * Nobody quoted in a visible article answers to a speaker slug: the reader gets a 404.
 */
public class SpeakerNotFoundException extends NotFoundException {

	public SpeakerNotFoundException(String slug) {
		super("not-found.speaker", "No speaker '" + slug + "'", slug);
	}

}
