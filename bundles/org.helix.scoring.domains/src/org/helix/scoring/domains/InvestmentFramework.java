package org.helix.scoring.domains;

/**
 * The building blocks of the CEPS/Balland strategic investment framework VARIO uses (seed 004, §3.1.1, L608-640;
 * domain note vario-004.md §6.2): revealed comparative advantage, relatedness, relatedness density. The seed gives
 * no formulas for RCA; these are the standard ones the note names (Balassa; Boschma et al. 2015 for relatedness as
 * the cosine similarity of co-occurrences, L612-616; the density as the share of weighted links to technologies with
 * RCA above one, L618). See docs/domains.md.
 */
public final class InvestmentFramework {

	private InvestmentFramework() {
	}

	/**
	 * Balassa's revealed comparative advantage of one location in every technology:
	 * RCA_j = (x_cj / Σ_k x_ck) / (Σ_r x_rj / Σ_r Σ_k x_rk).
	 *
	 * @param activity locations × technologies (publications, patents or investments), non-negative
	 * @return per technology; NaN for a technology without any activity anywhere
	 */
	public static double[] rca(double[][] activity, int location) {
		int technologies = checkMatrix(activity, "activity");
		if (location < 0 || location >= activity.length) {
			throw new IllegalArgumentException("no location " + location + " in a matrix of " + activity.length);
		}
		double total = 0;
		double[] perTechnology = new double[technologies];
		for (double[] row : activity) {
			for (int j = 0; j < technologies; j++) {
				perTechnology[j] += row[j];
				total += row[j];
			}
		}
		double own = 0;
		for (double value : activity[location]) {
			own += value;
		}
		if (own == 0) {
			throw new IllegalArgumentException("location " + location + " has no activity: its RCA is undefined");
		}
		double[] rca = new double[technologies];
		for (int j = 0; j < technologies; j++) {
			rca[j] = perTechnology[j] == 0 ? Double.NaN : (activity[location][j] / own) / (perTechnology[j] / total);
		}
		return rca;
	}

	/**
	 * Relatedness as the cosine similarity of co-occurrences: from the records × technologies incidence matrix A
	 * (1 when a patent, publication or investment falls in a technology, or a count), φ_ij is the cosine between
	 * columns i and j, C_ij / √(C_ii·C_jj) with C = AᵀA. The diagonal is 0 (a technology is not its own neighbour);
	 * a technology without records is related to nothing.
	 */
	public static double[][] relatedness(double[][] incidence) {
		int technologies = checkMatrix(incidence, "incidence");
		double[][] c = new double[technologies][technologies];
		for (double[] record : incidence) {
			for (int i = 0; i < technologies; i++) {
				if (record[i] == 0) {
					continue;
				}
				for (int j = 0; j < technologies; j++) {
					c[i][j] += record[i] * record[j];
				}
			}
		}
		return relatednessFromCooccurrence(c);
	}

	/** Relatedness from a co-occurrence matrix whose diagonal holds each technology's own count (C = AᵀA). */
	public static double[][] relatednessFromCooccurrence(double[][] c) {
		int n = checkMatrix(c, "co-occurrence");
		if (c.length != n) {
			throw new IllegalArgumentException("the co-occurrence matrix must be square (" + c.length + " × " + n + ")");
		}
		double[][] phi = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (i != j && c[i][i] > 0 && c[j][j] > 0) {
					phi[i][j] = c[i][j] / Math.sqrt(c[i][i] * c[j][j]);
				}
			}
		}
		return phi;
	}

	/**
	 * Relatedness density RD_i = Σ_j φ_ij·1[RCA_j &gt; 1] / Σ_j φ_ij (j ≠ i): the share, 0 to 1, of technology i's
	 * weighted links that lead to technologies where the location has an RCA above one (L618); the feasibility axis
	 * (L620). NaN for a technology related to nothing.
	 */
	public static double[] relatednessDensity(double[][] phi, double[] rca) {
		int n = checkMatrix(phi, "relatedness");
		if (rca.length != n) {
			throw new IllegalArgumentException("RCA has " + rca.length + " technologies, relatedness " + n);
		}
		double[] density = new double[n];
		for (int i = 0; i < n; i++) {
			double all = 0;
			double specialised = 0;
			for (int j = 0; j < n; j++) {
				if (j == i) {
					continue;
				}
				all += phi[i][j];
				if (rca[j] > 1) {
					specialised += phi[i][j];
				}
			}
			density[i] = all == 0 ? Double.NaN : specialised / all;
		}
		return density;
	}

	/** Rectangular, non-negative, finite; returns the number of columns. */
	private static int checkMatrix(double[][] matrix, String what) {
		if (matrix.length == 0) {
			throw new IllegalArgumentException("the " + what + " matrix is empty");
		}
		int columns = matrix[0].length;
		for (int r = 0; r < matrix.length; r++) {
			if (matrix[r].length != columns) {
				throw new IllegalArgumentException("the " + what + " matrix is ragged: row " + r + " has "
						+ matrix[r].length + " values, row 0 has " + columns);
			}
			for (double value : matrix[r]) {
				if (!(value >= 0) || Double.isInfinite(value)) {
					throw new IllegalArgumentException("the " + what + " matrix holds " + value + " in row " + r
							+ "; values must be finite and not negative");
				}
			}
		}
		return columns;
	}
}
