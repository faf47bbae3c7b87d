package org.helix.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixModel;
import org.helix.model.core.NamedElement;
import org.helix.model.core.Note;
import org.helix.model.core.SourceCitation;
import org.helix.model.programme.PriorityAction;
import org.helix.team.diff.Change;
import org.helix.team.diff.ModelDiff;
import org.helix.team.merge.MergeResult;
import org.helix.team.merge.ModelMerge;

/**
 * {@code team-benchmark}: semantic diff and three-way merge (org.helix.team) of a generated model with a number of
 * changes on each side, median of the timed runs after warm-up. The sides change disjoint elements (ours the even
 * ones, theirs the odd ones of the same shuffled list), so the merge is clean: 70 % attribute edits (names, planned
 * ends), 10 % new notes, 10 % removed source citations, 10 % citations moved to another element.
 */
public class TeamBenchmarkCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("objects", "changes", "runs", "warmup"));
		int objects = number(parsed, "objects", 100_000);
		int changes = number(parsed, "changes", 1_000);
		int runs = number(parsed, "runs", 5);
		int warmup = number(parsed, "warmup", 2);
		HelixModel base;
		HelixModel ours;
		HelixModel theirs;
		try {
			Path folder = Files.createTempDirectory("helix-team-benchmark");
			Path file = folder.resolve("synthetic.helix");
			HelixPersistence.save(SyntheticModelGenerator.generate(objects, 2026), file); // every element gets its id
			base = HelixPersistence.load(file);
			ours = HelixPersistence.load(file);
			theirs = HelixPersistence.load(file);
			Files.deleteIfExists(file);
			Files.deleteIfExists(HelixPersistence.backupOf(file));
			Files.deleteIfExists(folder);
		} catch (Exception e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot prepare the models: " + e.getMessage(), e);
		}
		change(ours, changes, 0);
		change(theirs, changes, 1);
		int size = 0;
		for (var it = base.eAllContents(); it.hasNext(); it.next()) {
			size++;
		}
		long[] diffTimes = new long[runs];
		long[] mergeTimes = new long[runs];
		// CPU time of this thread too: on a shared machine the wall-clock time also measures the other processes
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long[] diffCpu = new long[runs];
		long[] mergeCpu = new long[runs];
		List<Change> diff = List.of();
		MergeResult merge = null;
		for (int i = 0; i < warmup + runs; i++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			diff = ModelDiff.compare(base, ours);
			long diffTime = System.nanoTime() - start;
			long diffCpuTime = threads.getCurrentThreadCpuTime() - cpu;
			cpu = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			merge = ModelMerge.merge(base, ours, theirs, java.util.Map.of());
			long mergeTime = System.nanoTime() - start;
			long mergeCpuTime = threads.getCurrentThreadCpuTime() - cpu;
			if (i >= warmup) {
				diffTimes[i - warmup] = diffTime;
				mergeTimes[i - warmup] = mergeTime;
				diffCpu[i - warmup] = diffCpuTime;
				mergeCpu[i - warmup] = mergeCpuTime;
			}
		}
		List<Change> merged = ModelDiff.compare(base, merge.merged());
		long validationStart = System.nanoTime();
		org.helix.core.validation.HelixValidation.validate((HelixModel) merge.merged());
		double validation = (System.nanoTime() - validationStart) / 1e6;
		context.out().printf("model: %,d objects; %,d changes per side%n", size + 1, changes);
		context.out().printf("diff (base → ours): %,d changes found; median %.0f ms (CPU %.0f ms), min %.0f, max %.0f (%d runs after %d warm-up)%n",
				diff.size(), median(diffTimes), median(diffCpu), min(diffTimes), max(diffTimes), runs, warmup);
		context.out().printf("three-way merge (with validation of the result, about %.0f ms of it): %d conflicts, %,d changes in the result; median %.0f ms (CPU %.0f ms), min %.0f, max %.0f%n",
				validation, merge.conflicts().size(), merged.size(), median(mergeTimes), median(mergeCpu), min(mergeTimes), max(mergeTimes));
		return OK;
	}

	/** {@code count} changes on the elements of parity {@code side} in a list shuffled the same way for both sides. */
	static void change(HelixModel model, int count, int side) {
		List<NamedElement> named = new ArrayList<>();
		List<SourceCitation> citations = new ArrayList<>();
		List<PriorityAction> actions = new ArrayList<>();
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof NamedElement n) {
				named.add(n);
			}
			if (element instanceof SourceCitation c) {
				citations.add(c);
			}
			if (element instanceof PriorityAction a) {
				actions.add(a);
			}
		}
		Random random = new Random(2026); // the same shuffle for both sides: then even and odd never meet
		java.util.Collections.shuffle(named, random);
		java.util.Collections.shuffle(citations, random);
		java.util.Collections.shuffle(actions, random);
		int n = 0;
		int c = 0;
		for (int i = 0; i < count; i++) {
			switch (i % 10) {
			case 7 -> {
				Note note = CoreFactory.eINSTANCE.createNote();
				note.setId("bench-note-" + side + "-" + i);
				note.setText("Opmerking " + i);
				((HelixElement) named.get(2 * n++ + side)).getNotes().add(note);
			}
			case 8 -> EcoreUtil.remove(citations.get(2 * c++ + side));
			case 9 -> {
				SourceCitation citation = citations.get(2 * c++ + side);
				EObject target = named.get(2 * n++ + side);
				if (target instanceof HelixElement element && element != citation.eContainer()) {
					element.getCitations().add(citation);
				}
			}
			default -> {
				if (i % 2 == 0 && 2 * (i / 2) + side < actions.size()) {
					actions.get(2 * (i / 2) + side).setPlannedEnd(LocalDate.of(2027 + side, 1 + i % 12, 1 + i % 28));
				} else {
					NamedElement element = named.get(2 * n++ + side);
					element.setName(element.getName() + " (" + (side == 0 ? "ours" : "theirs") + " " + i + ")");
				}
			}
			}
		}
	}

	private static int number(Arguments parsed, String name, int fallback) throws CommandException {
		String value = parsed.option(name);
		if (value == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value);
			if (number < 0 || (number == 0 && !name.equals("warmup"))) {
				throw CommandException.usage("--" + name + " must be positive, got " + value);
			}
			return number;
		} catch (NumberFormatException e) {
			throw CommandException.usage("--" + name + " must be a whole number, got '" + value + "'");
		}
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0) / 1e6;
	}

	private static double min(long[] values) {
		return Arrays.stream(values).min().orElse(0) / 1e6;
	}

	private static double max(long[] values) {
		return Arrays.stream(values).max().orElse(0) / 1e6;
	}
}
