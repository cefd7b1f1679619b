package dev.aiwire.article.publishing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.aiwire.article.store.Article;
import dev.aiwire.article.ArticlePublished;
import dev.aiwire.article.store.ArticleRepository;
import dev.aiwire.article.ArticlesPublished;
import dev.aiwire.article.PublishResult;
import dev.aiwire.article.store.RevisionRepository;
import dev.aiwire.article.store.SourceVersion;
import dev.aiwire.markdown.DocumentException;
import dev.aiwire.markdown.FrontMatter;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports or re-extracts many articles at once. The extraction of an article (parse,
 * sections, quotations, timeline) depends on its text alone, so it runs on every core
 * while the articles extracted before it are stored; the articles are stored in order, a
 * hundred to a transaction: one commit (one write to disk) per hundred, and one
 * {@link ArticlesPublished} per hundred for the search index and the caches. An article
 * is counted only once its transaction has committed. A file that is not a valid article
 * is reported by name with the problem (field or line) and the others go on; should the
 * database refuse a batch, its articles are stored again one by one, so that only the one
 * at fault is left out. Over a hundred files, a progress line is logged after each batch.
 */
@Component
class BulkImporter {

	private static final Logger logger = LoggerFactory.getLogger(BulkImporter.class);

	/** Articles per transaction. */
	static final int BATCH = 100;

	/** Imports of more files than this log their progress. */
	static final int PROGRESS_OVER = 100;

	private final RenditionFactory renditions;

	private final PublishingService publishing;

	private final ArticleRepository articles;

	private final RevisionRepository revisions;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	BulkImporter(RenditionFactory renditions, PublishingService publishing, ArticleRepository articles,
			RevisionRepository revisions, TransactionTemplate transactions, EntityManager entityManager,
			ApplicationEventPublisher events) {
		this.renditions = renditions;
		this.publishing = publishing;
		this.articles = articles;
		this.revisions = revisions;
		this.transactions = transactions;
		this.entityManager = entityManager;
		this.events = events;
	}

	/**
	 * Imports these files, each named by the path that identifies its article: an
	 * unchanged file does nothing, a changed one becomes a new revision, a new one a new
	 * article.
	 * @param what what is imported, for the log ("the content folder content")
	 */
	ImportReport importFiles(String what, List<ImportFile> files, String editor) {
		Progress progress = new Progress(what, files.size());
		Tally tally = new Tally();
		try (Workers workers = new Workers()) {
			Deque<List<Future<Prepared>>> ahead = new ArrayDeque<>();
			int next = 0;
			while (next < files.size() || !ahead.isEmpty()) {
				// two batches in the making while one is stored
				while (ahead.size() < 2 && next < files.size()) {
					List<ImportFile> batch = files.subList(next, Math.min(files.size(), next + BATCH));
					ahead.add(workers.prepare(batch, knownVersions(batch)));
					next += batch.size();
				}
				List<Prepared> batch = workers.await(ahead.poll());
				storeFiles(batch, editor, tally);
				progress.advance(batch.size(), logger);
			}
		}
		ImportReport report = tally.report();
		logger.info("Imported {}: {} created, {} revised, {} unchanged, {} skipped", what, report.created(),
				report.revised(), report.unchanged(), report.skipped());
		return report;
	}

	/**
	 * Runs the extraction again on these articles' current Markdown: no revision is
	 * added.
	 * @return how many were done
	 */
	int reextract(List<Long> ids) {
		Progress progress = new Progress("re-extraction", ids.size());
		int done = 0;
		try (Workers workers = new Workers()) {
			Deque<List<Future<Reextracted>>> ahead = new ArrayDeque<>();
			int next = 0;
			while (next < ids.size() || !ahead.isEmpty()) {
				while (ahead.size() < 2 && next < ids.size()) {
					List<Long> batch = ids.subList(next, Math.min(ids.size(), next + BATCH));
					ahead.add(workers.reextract(markdownOf(batch)));
					next += batch.size();
				}
				List<Reextracted> batch = workers.await(ahead.poll());
				done += storeReextractions(batch);
				progress.advance(batch.size(), logger);
			}
		}
		return done;
	}

	/** The versions the articles of these files have had, by file. */
	private Map<String, Set<String>> knownVersions(List<ImportFile> batch) {
		List<String> paths = batch.stream().map(ImportFile::name).toList();
		return this.revisions.findVersionsOfSources(paths)
			.stream()
			.collect(Collectors.groupingBy(SourceVersion::sourcePath,
					Collectors.mapping(SourceVersion::contentHash, Collectors.toSet())));
	}

	private List<Stored> markdownOf(List<Long> ids) {
		return this.transactions.execute((status) -> {
			List<Stored> found = new ArrayList<>();
			for (Article article : this.articles.findAllById(ids)) {
				found.add(new Stored(article.getId(), article.getMarkdown()));
			}
			this.entityManager.clear();
			return found;
		});
	}

	/**
	 * Stores a batch in one transaction, or one by one if the database refuses the batch.
	 */
	private void storeFiles(List<Prepared> batch, String editor, Tally tally) {
		try {
			Tally stored = new Tally();
			this.transactions.executeWithoutResult((status) -> {
				List<ArticlePublished> written = new ArrayList<>();
				// the batch's tags and slugs looked up at once; those its articles create
				// or take are added
				List<FrontMatter> frontMatters = batch.stream()
					.filter((prepared) -> prepared.rendition() != null)
					.map((prepared) -> prepared.rendition().frontMatter())
					.toList();
				KnownTags tags = this.publishing.knownTags(frontMatters);
				KnownSlugs slugs = this.publishing.knownSlugs(frontMatters);
				// and which of its files have an article, so that a new one is not looked
				// up on its own
				Set<String> paths = new HashSet<>(this.articles
					.findSourcePathsIn(batch.stream().map((prepared) -> prepared.file().name()).toList()));
				for (Prepared prepared : batch) {
					storeFile(prepared, editor, stored, written, tags, slugs, !paths.contains(prepared.file().name()));
				}
				if (!written.isEmpty()) {
					this.events.publishEvent(new ArticlesPublished(written));
				}
			});
			tally.add(stored);
		}
		catch (RuntimeException ex) {
			logger.warn("A batch of {} files was refused ({}); storing them one by one", batch.size(), ex.getMessage());
			for (Prepared prepared : batch) {
				try {
					Tally stored = new Tally();
					this.transactions.executeWithoutResult((status) -> {
						List<ArticlePublished> written = new ArrayList<>();
						storeFile(prepared, editor, stored, written, this.publishing.knownTags(List.of()),
								this.publishing.knownSlugs(List.of()), false);
						written.forEach(this.events::publishEvent);
					});
					tally.add(stored);
				}
				catch (RuntimeException single) {
					tally.skip(prepared.file(), single.getMessage());
				}
			}
		}
	}

	private void storeFile(Prepared prepared, String editor, Tally tally, List<ArticlePublished> written,
			KnownTags tags, KnownSlugs slugs, boolean knownNew) {
		if (prepared.problem() != null) {
			tally.skip(prepared.file(), prepared.problem());
			return;
		}
		if (prepared.rendition() == null) {
			tally.unchanged++;
			return;
		}
		try {
			PublishResult result = this.publishing.importRendition(prepared.file().name(), prepared.rendition(), editor,
					written, tags, slugs, knownNew);
			tally.count(result.outcome());
		}
		catch (DocumentException ex) {
			// raised before anything of this file was written
			tally.skip(prepared.file(), ex.getMessage());
		}
		// no flush here: the batch's rows go to the database together, at its commit,
		// each table's in JDBC batches (keys from sequences); a row the database
		// refuses fails the batch, whose articles are then stored one by one
	}

	private int storeReextractions(List<Reextracted> batch) {
		List<Reextracted> ready = batch.stream().filter((one) -> one.rendition() != null).toList();
		try {
			this.transactions.executeWithoutResult((status) -> {
				List<ArticlePublished> written = new ArrayList<>();
				for (Reextracted one : ready) {
					this.articles.findById(one.id())
						.ifPresent((article) -> written.add(this.publishing.reextract(article, one.rendition())));
					this.entityManager.flush();
					this.entityManager.clear();
				}
				if (!written.isEmpty()) {
					this.events.publishEvent(new ArticlesPublished(written));
				}
			});
			return ready.size();
		}
		catch (RuntimeException ex) {
			logger.warn("A batch of {} re-extractions was refused ({}); storing them one by one", ready.size(),
					ex.getMessage());
			int done = 0;
			for (Reextracted one : ready) {
				try {
					this.publishing.reextract(one.id());
					done++;
				}
				catch (RuntimeException single) {
					logger.warn("Re-extraction of article {} failed: {}", one.id(), single.getMessage());
				}
			}
			return done;
		}
	}

	/**
	 * A file to import: the path that identifies its article, where it is read from (for
	 * the log), and how to read its bytes.
	 */
	record ImportFile(String name, String location, Source source) {

		interface Source {

			byte[] read() throws IOException;

		}

	}

	/**
	 * What an import did, counting only committed articles.
	 *
	 * @param problems each file left out, by name, with the problem (field or line at
	 * fault)
	 */
	record ImportReport(int created, int revised, int unchanged, int skipped, List<String> problems) {

		ImportReport {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * A file read and extracted, found unchanged (no rendition), or left out with a
	 * problem.
	 */
	private record Prepared(ImportFile file, Rendition rendition, String problem) {
	}

	private record Stored(long id, String markdown) {
	}

	private record Reextracted(long id, Rendition rendition) {
	}

	private static final class Tally {

		private int created;

		private int revised;

		private int unchanged;

		private final List<String> problems = new ArrayList<>();

		void count(PublishResult.Outcome outcome) {
			switch (outcome) {
				case CREATED -> this.created++;
				case REVISED -> this.revised++;
				case UNCHANGED -> this.unchanged++;
			}
		}

		void skip(ImportFile file, String problem) {
			logger.warn("Skipped {}: {}", file.location(), problem);
			this.problems.add(file.name() + ": " + problem);
		}

		void add(Tally other) {
			this.created += other.created;
			this.revised += other.revised;
			this.unchanged += other.unchanged;
			this.problems.addAll(other.problems);
		}

		ImportReport report() {
			return new ImportReport(this.created, this.revised, this.unchanged, this.problems.size(), this.problems);
		}

	}

	/**
	 * Done out of total, the rate so far and the time left, logged after each batch of a
	 * large run.
	 */
	private static final class Progress {

		private final String what;

		private final int total;

		private final long start = System.nanoTime();

		private int done;

		Progress(String what, int total) {
			this.what = what;
			this.total = total;
		}

		void advance(int count, Logger log) {
			this.done += count;
			if (this.total <= PROGRESS_OVER) {
				return;
			}
			double seconds = (System.nanoTime() - this.start) / 1e9;
			double rate = this.done / Math.max(seconds, 1e-3);
			long left = Math.round((this.total - this.done) / Math.max(rate, 1e-3));
			log.info("{}: {}/{} files, {} files/s, about {} s left", this.what, this.done, this.total,
					String.format(java.util.Locale.ROOT, "%.1f", rate), left);
		}

	}

	/** The threads that read and extract, one per core, for the time of one run. */
	private final class Workers implements AutoCloseable {

		private final ExecutorService pool;

		Workers() {
			AtomicInteger count = new AtomicInteger();
			ThreadFactory threads = (task) -> {
				Thread thread = new Thread(task, "bulk-import-" + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			};
			this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), threads);
		}

		List<Future<Prepared>> prepare(List<ImportFile> batch, Map<String, Set<String>> known) {
			return submitAll(batch, (file) -> prepare(file, known.getOrDefault(file.name(), Set.of())));
		}

		List<Future<Reextracted>> reextract(List<Stored> batch) {
			return submitAll(batch, (stored) -> {
				try {
					return new Reextracted(stored.id(), BulkImporter.this.renditions.render(stored.markdown()));
				}
				catch (RuntimeException ex) {
					logger.warn("Re-extraction of article {} failed: {}", stored.id(), ex.getMessage());
					return new Reextracted(stored.id(), null);
				}
			});
		}

		private Prepared prepare(ImportFile file, Set<String> known) {
			try {
				byte[] bytes = file.source().read();
				if (!known.isEmpty()
						&& known.contains(RenditionFactory.sha256(new String(bytes, StandardCharsets.UTF_8)))) {
					return new Prepared(file, null, null);
				}
				return new Prepared(file, BulkImporter.this.renditions.render(bytes), null);
			}
			catch (IOException | RuntimeException ex) {
				// a file that cannot be read or is not an article (a DocumentException
				// names the field or line)
				return new Prepared(file, null, ex.getMessage());
			}
		}

		private <T, R> List<Future<R>> submitAll(List<T> items, Function<T, R> task) {
			List<Future<R>> futures = new ArrayList<>(items.size());
			for (T item : items) {
				futures.add(this.pool.submit(() -> task.apply(item)));
			}
			return futures;
		}

		<R> List<R> await(List<Future<R>> futures) {
			List<R> results = new ArrayList<>(futures.size());
			try {
				for (Future<R> future : futures) {
					results.add(future.get());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while extracting articles", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
			return results;
		}

		@Override
		public void close() {
			this.pool.shutdownNow();
		}

	}

}
