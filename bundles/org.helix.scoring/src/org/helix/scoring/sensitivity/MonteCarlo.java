package org.helix.scoring.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.helix.scoring.Ranking;
import org.helix.scoring.WeightedScorer;

/**
 * Monte Carlo weight sensitivity (in the spirit of SMAA, Lahdelma, Hokkanen &amp; Salminen 1998): weights drawn
 * uniformly on the simplex when the problem gives none, or perturbed around the given ones (each multiplied by a factor
 * uniform in [1 − spread, 1 + spread], then normalised); per sample the ranking. Reports the rank acceptability
 * indices (the share of samples in which alternative i takes rank r), the central weight vectors (the mean weights of
 * the samples in which i ranks first), the share of samples that reproduce the base ranking, and a verdict.
 * <p>
 * Reproducible from the seed, whatever the number of threads: the samples are cut into fixed blocks of
 * {@link #BLOCK} whose random generators are split off one seeded {@link SplittableRandom} in block order, and the
 * blocks' sums are added in block order.
 */
public final class MonteCarlo {

	public static final int BLOCK = 500;
	public static final double DEFAULT_SPREAD = 0.2;

	/** Above this first-rank acceptability of the base winner the ranking is called stable. */
	public static final double STABLE = 0.9;
	/** Above this, fairly stable; below, unstable. */
	public static final double FAIRLY_STABLE = 0.5;

	/**
	 * @param spread relative perturbation of given weights (0.2: ±20 %); unused when weights are drawn on the simplex
	 * @param parallel whether blocks may run on several cores (the result is the same)
	 */
	public record Options(int samples, long seed, double spread, boolean parallel) {

		public Options {
			if (samples < 1) {
				throw new IllegalArgumentException("samples must be at least 1, got " + samples);
			}
			if (!(spread >= 0 && spread < 1)) {
				throw new IllegalArgumentException("spread must be in [0, 1), got " + spread);
			}
		}

		public Options(int samples, long seed) {
			this(samples, seed, DEFAULT_SPREAD, true);
		}
	}

	/**
	 * @param uniformWeights true when the weights were drawn on the simplex, false when perturbed around given ones
	 * @param rankAcceptability [alternative][rank]: share of samples, rank 0 is first
	 * @param centralWeights [alternative][criterion]: mean weights of the samples where the alternative ranks first;
	 *        NaN when it never does
	 * @param baseRanking the ranking with the base weights (the given ones, or equal weights)
	 * @param baseRankingShare share of samples whose ranking is exactly the base ranking
	 * @param verdict "stable", "fairly stable" or "unstable", from the base winner's first-rank acceptability
	 */
	public record Result(List<String> alternatives, List<String> criteria, int samples, long seed, boolean uniformWeights, double[][] rankAcceptability,
			double[][] centralWeights, List<String> baseRanking, double baseRankingShare, String verdict) {

		/** Shares per rank of the named alternative. */
		public double[] acceptability(String alternative) {
			return rankAcceptability[alternatives.indexOf(alternative)];
		}
	}

	private MonteCarlo() {
	}

	/**
	 * @param givenWeights the problem's weights (summing to 1), or null to draw weights uniformly on the simplex
	 */
	public static Result run(WeightedScorer scorer, double[] givenWeights, List<String> alternatives, List<String> criteria, Options options) {
		int n = scorer.alternativeCount(), m = scorer.criterionCount();
		double[] base = givenWeights != null ? givenWeights.clone() : equal(m);
		double[] baseScores = new double[n];
		scorer.score(base, baseScores);
		int[] baseOrder = Ranking.order(baseScores);

		int blocks = (options.samples() + BLOCK - 1) / BLOCK;
		SplittableRandom root = new SplittableRandom(options.seed());
		SplittableRandom[] randoms = new SplittableRandom[blocks];
		for (int b = 0; b < blocks; b++) {
			randoms[b] = root.split();
		}
		IntStream range = IntStream.range(0, blocks);
		if (options.parallel()) {
			range = range.parallel();
		}
		List<Tally> tallies = range.mapToObj(b -> {
			int count = Math.min(BLOCK, options.samples() - b * BLOCK);
			Tally tally = new Tally(n, m);
			tally.run(scorer.copy(), givenWeights, options.spread(), randoms[b], count, baseOrder);
			return tally;
		}).toList();
		Tally total = new Tally(n, m);
		for (Tally tally : tallies) {
			total.add(tally);
		}

		double[][] acceptability = new double[n][n];
		double[][] central = new double[n][m];
		for (int i = 0; i < n; i++) {
			for (int r = 0; r < n; r++) {
				acceptability[i][r] = (double) total.counts[i * n + r] / options.samples();
			}
			int first = total.counts[i * n];
			for (int j = 0; j < m; j++) {
				central[i][j] = first == 0 ? Double.NaN : total.firstWeights[i * m + j] / first;
			}
		}
		double winner = acceptability[baseOrder[0]][0];
		String verdict = winner >= STABLE ? "stable" : winner >= FAIRLY_STABLE ? "fairly stable" : "unstable";
		List<String> baseRanking = Arrays.stream(baseOrder).mapToObj(alternatives::get).toList();
		return new Result(List.copyOf(alternatives), List.copyOf(criteria), options.samples(), options.seed(), givenWeights == null, acceptability,
				central, baseRanking, (double) total.baseMatches / options.samples(), verdict);
	}

	private static double[] equal(int m) {
		double[] weights = new double[m];
		Arrays.fill(weights, 1.0 / m);
		return weights;
	}

	/** The counts of one block of samples; all memory is taken before the loop. */
	private static final class Tally {
		final int n, m;
		final int[] counts;
		final double[] firstWeights;
		int baseMatches;

		Tally(int n, int m) {
			this.n = n;
			this.m = m;
			counts = new int[n * n];
			firstWeights = new double[n * m];
		}

		void run(WeightedScorer scorer, double[] given, double spread, SplittableRandom random, int samples, int[] baseOrder) {
			double[] weights = new double[m];
			double[] scores = new double[n];
			int[] order = baseOrder.clone();
			for (int s = 0; s < samples; s++) {
				draw(given, spread, random, weights);
				scorer.score(weights, scores);
				Ranking.sort(scores, order);
				boolean same = true;
				for (int r = 0; r < n; r++) {
					counts[order[r] * n + r]++;
					same &= order[r] == baseOrder[r];
				}
				if (same) {
					baseMatches++;
				}
				int first = order[0] * m;
				for (int j = 0; j < m; j++) {
					firstWeights[first + j] += weights[j];
				}
			}
		}

		private void draw(double[] given, double spread, SplittableRandom random, double[] weights) {
			double sum = 0;
			for (int j = 0; j < m; j++) {
				// uniform on the simplex: normalised standard exponentials (a flat Dirichlet)
				double w = given == null ? -Math.log(1 - random.nextDouble()) : given[j] * (1 + spread * (2 * random.nextDouble() - 1));
				weights[j] = w;
				sum += w;
			}
			for (int j = 0; j < m; j++) {
				weights[j] /= sum;
			}
		}

		void add(Tally other) {
			for (int k = 0; k < counts.length; k++) {
				counts[k] += other.counts[k];
			}
			for (int k = 0; k < firstWeights.length; k++) {
				firstWeights[k] += other.firstWeights[k];
			}
			baseMatches += other.baseMatches;
		}
	}
}
