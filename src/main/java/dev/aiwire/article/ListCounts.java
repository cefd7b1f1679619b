package dev.aiwire.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;

/**
 * How many visible articles each list has (the home page, a tag, a language, a month), kept until
 * the next write here or on another instance. Counting walks the listing index: about 0.1 s at
 * 100,000 articles, most of the time of a list page, and the answer only changes with a write or
 * with the day (the day is part of each key).
 */
@Component
class ListCounts {

	/** Lists remembered at most; past it, the counts start again from nothing. */
	private static final int MAX_LISTS = 10_000;

	private final Map<List<Object>, Long> counts = new ConcurrentHashMap<>();

	private final AtomicLong writes = new AtomicLong();

	/**
	 * The count of a list, remembered or counted now.
	 * @param list what tells the list apart, today's date included
	 */
	long of(List<Object> list, LongSupplier count) {
		Long known = this.counts.get(list);
		if (known != null) {
			return known;
		}
		long generation = this.writes.get();
		long counted = count.getAsLong();
		if (this.writes.get() == generation) {
			if (this.counts.size() >= MAX_LISTS) {
				this.counts.clear();
			}
			this.counts.put(list, counted);
		}
		return counted;
	}

	/** Forgets every count: articles were written. */
	void forget() {
		this.writes.incrementAndGet();
		this.counts.clear();
	}

}
