package org.recoveryworks.shared;

import java.util.function.IntSupplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done a batch at a time, each batch in its own transaction, until a batch finds less than a
 * full batch to do: a long backlog (a restored backup, a bulk load) never holds every row in memory
 * or one transaction open for minutes.
 */
public final class Batches {

	private Batches() {
	}

	/** Runs the batch (which answers how many rows it handled) until it handles fewer than size; the total. */
	public static int untilDone(TransactionTemplate transaction, int size, IntSupplier batch) {
		int total = 0;
		int done;
		do {
			Integer handled = transaction.execute(status -> batch.getAsInt());
			done = handled == null ? 0 : handled;
			total += done;
		}
		while (done >= size);
		return total;
	}
}
