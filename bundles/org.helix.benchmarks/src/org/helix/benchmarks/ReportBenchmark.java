package org.helix.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.report.Report;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportPdf;
import org.helix.report.ReportSite;

/**
 * {@code report-benchmark [--actions 1000] [--runs 5] [--warmup 2] [--pdf]}: the progress report of a generated
 * programme with that many actions (SyntheticModelGenerator, one programme), from the model to the written site (all
 * contributed analyzers, every section, a page per action and body), median of the timed runs after warm-up. With
 * --pdf the PDF is timed too, separately.
 */
public class ReportBenchmark implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		int actions = 1000, runs = 5, warmup = 2;
		boolean pdf = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--pdf")) {
				pdf = true;
				continue;
			}
			if (i + 1 >= arguments.size() || !List.of("--actions", "--runs", "--warmup").contains(argument)) {
				throw CommandException.usage("unknown or incomplete option " + argument + "; known: --actions N, --runs N, --warmup N, --pdf");
			}
			int value;
			try {
				value = Integer.parseInt(arguments.get(++i));
			} catch (NumberFormatException e) {
				throw CommandException.usage(argument + " expects a whole number, got '" + arguments.get(i) + "'");
			}
			switch (argument) {
			case "--actions" -> actions = value;
			case "--runs" -> runs = Math.max(1, value);
			default -> warmup = Math.max(0, value);
			}
		}
		HelixModel model = model(actions);
		Programme programme = model.getProgrammes().get(0);
		int[] objects = { 1 };
		model.eAllContents().forEachRemaining(o -> objects[0]++);
		ReportGenerator generator = ReportGenerator.fromExtensions(context.err());
		ReportOptions options = ReportOptions.asOf(LocalDate.of(2028, 6, 30));
		long[] times = new long[runs];
		long[] pdfTimes = new long[runs];
		long[] generateTimes = new long[runs];
		Report report = null;
		try {
			Path folder = Files.createTempDirectory("helix-report-benchmark");
			for (int i = 0; i < warmup + runs; i++) {
				long start = System.nanoTime();
				report = generator.generate(model, options, null);
				long generated = System.nanoTime();
				ReportSite.write(report, folder);
				long site = System.nanoTime();
				if (pdf) {
					ReportPdf.write(report, folder.resolve(ReportPdf.FILE));
				}
				if (i >= warmup) {
					times[i - warmup] = site - start;
					generateTimes[i - warmup] = generated - start;
					pdfTimes[i - warmup] = System.nanoTime() - site;
				}
			}
		} catch (Exception e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "report benchmark failed: " + e, e);
		}
		Arrays.sort(times);
		Arrays.sort(pdfTimes);
		Arrays.sort(generateTimes);
		context.out().printf("Helix report benchmark: Java %s, %d processors, %d warm-up + %d timed runs%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), warmup, runs);
		context.out().printf("programme of %d actions (%d objects), %d sections, %d pages: site median %.0f ms, min %.0f ms, max %.0f ms%n",
				programme.getActions().size(), objects[0], report.sections().size(), report.pages().size(), times[runs / 2] / 1e6, times[0] / 1e6,
				times[runs - 1] / 1e6);
		context.out().printf("of which analyses and sections (no files): median %.0f ms, min %.0f ms%n", generateTimes[runs / 2] / 1e6,
				generateTimes[0] / 1e6);
		if (pdf) {
			context.out().printf("PDF (rendered from the same report): median %.0f ms, min %.0f ms, max %.0f ms%n", pdfTimes[runs / 2] / 1e6,
					pdfTimes[0] / 1e6, pdfTimes[runs - 1] / 1e6);
		}
		return OK;
	}

	/** A generated model whose one programme has exactly {@code actions} actions. */
	static HelixModel model(int actions) {
		int objects = Math.min(39_000, actions * 8 + 2_000); // about 8 objects an action (docs/benchmarks.md); grown below when short
		HelixModel model = SyntheticModelGenerator.generate(objects, 2026);
		int made = model.getProgrammes().get(0).getActions().size();
		while (made < actions) {
			objects = Math.min(39_000, (int) (objects * (actions + 10.0) / made) + 100);
			model = SyntheticModelGenerator.generate(objects, 2026);
			int now = model.getProgrammes().get(0).getActions().size();
			if (now == made) {
				throw new IllegalArgumentException("cannot generate a programme of " + actions + " actions in one programme");
			}
			made = now;
		}
		List<PriorityAction> extra = new ArrayList<>(model.getProgrammes().get(0).getActions().subList(actions, made));
		for (PriorityAction action : extra) {
			EcoreUtil.delete(action, true);
		}
		return model;
	}

}
