package org.helix.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.SubMonitor;

/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre 2008) on an undirected weighted graph,
 * with resolution 1: local moving of single nodes to the neighbouring community with the largest modularity gain,
 * then aggregation of the communities into nodes, repeated while a level improves modularity by more than 1e-7 (as
 * networkx's louvain_communities). The nodes are visited in an order shuffled by a seeded {@link Random}, so the same
 * graph and seed always give the same communities. Written here because JGraphT 1.5.3 has no Louvain.
 */
public final class Louvain {

	private static final double THRESHOLD = 1e-7;

	private final int[] communities;
	private final int count;
	private final double modularity;

	private Louvain(int[] communities, int count, double modularity) {
		this.communities = communities;
		this.count = count;
		this.modularity = modularity;
	}

	/** Community of each node, numbered from 0 by size (largest first), ties by the first node. */
	public int[] communities() {
		return communities;
	}

	public int count() {
		return count;
	}

	public double modularity() {
		return modularity;
	}

	/**
	 * @param neighbours sorted neighbours of each node (symmetric, no self-loops)
	 * @param weights    the weight of each of those edges
	 */
	public static Louvain run(int[][] neighbours, double[][] weights, long seed, SubMonitor monitor) {
		int n = neighbours.length;
		Random random = new Random(seed);
		// the graph of the current level, as adjacency lists plus the weight of each node's self-loop
		int[][] adjacency = neighbours;
		double[][] adjacencyWeights = weights;
		double[] selfLoops = new double[n];
		int[] membership = new int[n];
		for (int i = 0; i < n; i++) {
			membership[i] = i;
		}
		double current = modularity(neighbours, weights, membership);
		while (true) {
			NetworkMetrics.checkCanceled(monitor);
			int[] level = moveNodes(adjacency, adjacencyWeights, selfLoops, random, monitor);
			int levelCount = renumber(level);
			int[] candidate = new int[n];
			for (int i = 0; i < n; i++) {
				candidate[i] = level[membership[i]];
			}
			double next = modularity(neighbours, weights, candidate);
			if (next - current <= THRESHOLD) {
				break;
			}
			membership = candidate;
			current = next;
			if (levelCount == adjacency.length) {
				break;
			}
			// aggregate: one node per community, edge weights summed, inner weights become self-loops
			List<java.util.TreeMap<Integer, Double>> merged = new ArrayList<>(levelCount);
			double[] nextSelf = new double[levelCount];
			for (int c = 0; c < levelCount; c++) {
				merged.add(new java.util.TreeMap<>());
			}
			for (int v = 0; v < adjacency.length; v++) {
				int cv = level[v];
				nextSelf[cv] += selfLoops[v];
				for (int k = 0; k < adjacency[v].length; k++) {
					int cw = level[adjacency[v][k]];
					if (cw == cv) {
						nextSelf[cv] += adjacencyWeights[v][k] / 2; // each inner edge is seen from both ends
					} else {
						merged.get(cv).merge(cw, adjacencyWeights[v][k], Double::sum);
					}
				}
			}
			adjacency = new int[levelCount][];
			adjacencyWeights = new double[levelCount][];
			for (int c = 0; c < levelCount; c++) {
				adjacency[c] = merged.get(c).keySet().stream().mapToInt(Integer::intValue).toArray();
				adjacencyWeights[c] = merged.get(c).values().stream().mapToDouble(Double::doubleValue).toArray();
			}
			selfLoops = nextSelf;
		}
		int[] result = bySize(membership);
		int count = n == 0 ? 0 : Arrays.stream(result).max().getAsInt() + 1;
		return new Louvain(result, count, current);
	}

	/** One level of local moving; returns the community of each node of this level. */
	private static int[] moveNodes(int[][] adjacency, double[][] weights, double[] selfLoops, Random random, SubMonitor monitor) {
		int n = adjacency.length;
		double[] degree = new double[n];
		double total = 0;
		for (int v = 0; v < n; v++) {
			degree[v] = 2 * selfLoops[v];
			for (double w : weights[v]) {
				degree[v] += w;
			}
			total += degree[v];
		}
		int[] community = new int[n];
		double[] communityDegree = new double[n];
		for (int v = 0; v < n; v++) {
			community[v] = v;
			communityDegree[v] = degree[v];
		}
		if (total == 0) {
			return community;
		}
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		double[] linkWeight = new double[n];
		int[] touched = new int[n];
		boolean moved = true;
		while (moved) {
			NetworkMetrics.checkCanceled(monitor);
			moved = false;
			for (int v : order) {
				int own = community[v];
				int touchedCount = 0;
				for (int k = 0; k < adjacency[v].length; k++) {
					int c = community[adjacency[v][k]];
					if (linkWeight[c] == 0) {
						touched[touchedCount++] = c;
					}
					linkWeight[c] += weights[v][k];
				}
				communityDegree[own] -= degree[v];
				// gain of joining c, up to terms that do not depend on c: w(v, c) - deg(v) * deg(c) / 2m
				double best = linkWeight[own] - degree[v] * communityDegree[own] / total;
				int bestCommunity = own;
				for (int t = 0; t < touchedCount; t++) {
					int c = touched[t];
					double gain = linkWeight[c] - degree[v] * communityDegree[c] / total;
					if (gain > best + 1e-12) {
						best = gain;
						bestCommunity = c;
					}
				}
				communityDegree[bestCommunity] += degree[v];
				if (bestCommunity != own) {
					community[v] = bestCommunity;
					moved = true;
				}
				for (int t = 0; t < touchedCount; t++) {
					linkWeight[touched[t]] = 0;
				}
				linkWeight[own] = 0;
			}
		}
		return community;
	}

	/** Numbers the communities 0, 1, ... in order of first appearance; returns how many there are. */
	private static int renumber(int[] community) {
		int[] map = new int[community.length];
		Arrays.fill(map, -1);
		int next = 0;
		for (int i = 0; i < community.length; i++) {
			if (map[community[i]] < 0) {
				map[community[i]] = next++;
			}
			community[i] = map[community[i]];
		}
		return next;
	}

	private static int[] bySize(int[] membership) {
		int[] result = membership.clone();
		int count = renumber(result);
		int[] size = new int[count];
		for (int c : result) {
			size[c]++;
		}
		Integer[] order = new Integer[count];
		for (int c = 0; c < count; c++) {
			order[c] = c;
		}
		// stable sort: equal sizes keep the order of their first node
		Arrays.sort(order, (a, b) -> Integer.compare(size[b], size[a]));
		int[] rank = new int[count];
		for (int r = 0; r < count; r++) {
			rank[order[r]] = r;
		}
		for (int i = 0; i < result.length; i++) {
			result[i] = rank[result[i]];
		}
		return result;
	}

	/**
	 * Newman's modularity of a partition of an undirected weighted graph, resolution 1: Σ_c [ L_c / m − (d_c / 2m)² ]
	 * with L_c the weight inside community c and d_c the sum of its weighted degrees (networkx's modularity).
	 */
	public static double modularity(int[][] neighbours, double[][] weights, int[] community) {
		int n = neighbours.length;
		double total = 0;
		double inside = 0;
		double[] communityDegree = new double[n];
		for (int v = 0; v < n; v++) {
			for (int k = 0; k < neighbours[v].length; k++) {
				double w = weights[v][k];
				total += w;
				communityDegree[community[v]] += w;
				if (community[neighbours[v][k]] == community[v]) {
					inside += w;
				}
			}
		}
		if (total == 0) {
			return 0;
		}
		double q = inside / total;
		for (double d : communityDegree) {
			q -= (d / total) * (d / total);
		}
		return q;
	}
}
