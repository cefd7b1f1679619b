package dev.aiwire.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The bodies of large kept pages as files in a folder of their own, so that the connector
 * can send them with {@code sendfile} instead of copying them through the heap and its
 * socket buffer.
 * <p>
 * A file is written once, under a name no other page version ever gets, and never
 * changed: a page kept again after a change gets a new file, so no reader is ever sent a
 * file of an older version. It appears under its final name whole (written aside, then
 * moved). A file no longer kept is deleted through {@code deletions}, which in the
 * running portal waits a few seconds: a request that took the page from the cache just
 * before it was dropped has its file opened by the connector only after the filter
 * returned.
 */
class PageFiles implements AutoCloseable {

	private final Path folder;

	private final Executor deletions;

	private final AtomicLong names = new AtomicLong();

	PageFiles(Path folder, Executor deletions) {
		this.folder = folder;
		this.deletions = deletions;
	}

	/** A folder readable by this user only, under the system's temporary folder. */
	static Path privateFolder() {
		try {
			Path folder = Files.createTempDirectory("aiwire-pages-");
			try {
				Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the temporary folder's own permissions apply
			}
			return folder.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes bytes to a new file and returns its canonical path. */
	Path write(byte[] bytes) {
		String name = Long.toString(this.names.incrementAndGet());
		Path aside = this.folder.resolve(name + ".tmp");
		Path file = this.folder.resolve(name + ".page");
		try {
			Files.write(aside, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes a file no longer kept, through the deletions executor. */
	void release(Path file) {
		if (file != null) {
			this.deletions.execute(() -> delete(file));
		}
	}

	Path folder() {
		return this.folder;
	}

	/** Removes the folder and every file left in it. */
	@Override
	public void close() {
		try (Stream<Path> files = Files.list(this.folder)) {
			files.forEach(PageFiles::delete);
			Files.deleteIfExists(this.folder);
		}
		catch (IOException ex) {
			// left to the system's cleaning of its temporary folder
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a file left behind only takes room until the folder is removed
		}
	}

}
