package org.helix.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Social-network metrics of a graph, with the conventions of networkx (so results compare with networkx and Gephi;
 * docs/network.md lists them). Betweenness (Brandes), closeness, eigenvector centrality and PageRank are computed
 * here on index arrays rather than with JGraphT's scorers because those cannot report progress or be cancelled and
 * differ in conventions (closeness on disconnected graphs, normalisation); the graph itself and the components come
 * from JGraphT. Louvain is {@link Louvain} (JGraphT 1.5.3 has none).
 * <p>
 * Long work reports to the monitor (one tick per source node of the path-based metrics) and stops with
 * {@link OperationCanceledException} when it is cancelled. Pure computation: no model access.
 */
public final class NetworkMetrics {

	/** The damping factor of PageRank, as in networkx and Gephi. */
	public static final double PAGERANK_ALPHA = 0.85;
	/** Seed of Louvain's node order when none is given: the same graph gives the same communities. */
	public static final long DEFAULT_SEED = 1977;

	private final boolean directed;
	private final List<NodeMetrics> nodes;
	private final Map<String, NodeMetrics> byId;
	private final int edgeCount;
	private final double modularity;
	private final int communityCount;
	private final int componentCount;
	private final int eigenvectorIterations;
	private final int pagerankIterations;

	private NetworkMetrics(boolean directed, List<NodeMetrics> nodes, int edgeCount, double modularity, int communityCount, int componentCount,
			int eigenvectorIterations, int pagerankIterations) {
		this.directed = directed;
		this.nodes = Collections.unmodifiableList(nodes);
		this.byId = new LinkedHashMap<>();
		nodes.forEach(node -> byId.put(node.id(), node));
		this.edgeCount = edgeCount;
		this.modularity = modularity;
		this.communityCount = communityCount;
		this.componentCount = componentCount;
		this.eigenvectorIterations = eigenvectorIterations;
		this.pagerankIterations = pagerankIterations;
	}

	public static NetworkMetrics compute(Graph<String, DefaultWeightedEdge> graph, Function<String, String> group, IProgressMonitor monitor) {
		return compute(graph, group, DEFAULT_SEED, monitor);
	}

	/**
	 * @param group the brokerage group of a node (its helix), or {@code null} when unknown: brokerage counts only the
	 *              two-paths whose three nodes all have a group
	 * @param seed  seed of Louvain's random node order
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static NetworkMetrics compute(Graph<String, DefaultWeightedEdge> graph, Function<String, String> group, long seed,
			IProgressMonitor monitor) {
		Indexed g = new Indexed(graph);
		int n = g.n;
		SubMonitor progress = SubMonitor.convert(monitor, "Network metrics of " + n + " nodes", 2 * n + 40);

		double[] betweenness = new double[n];
		double[] closeness = new double[n];
		progress.subTask("betweenness");
		// a split child reports nothing until it is given its own amount of work
		brandes(g, betweenness, g.directed ? null : closeness, progress.split(n).setWorkRemaining(n));
		progress.subTask("closeness");
		if (g.directed) {
			closenessIncoming(g, closeness, progress.split(n).setWorkRemaining(n));
		} else {
			progress.worked(n);
		}
		double[] eigenvector = new double[n];
		progress.subTask("eigenvector centrality");
		int eigenIterations = eigenvector(g, eigenvector, progress.split(5));
		double[] pagerank = new double[n];
		progress.subTask("PageRank");
		int pageIterations = pagerank(g, pagerank, progress.split(5));
		progress.subTask("constraint");
		double[] constraint = constraint(g, progress.split(5));
		progress.subTask("brokerage");
		NodeMetrics.Brokerage[] brokerage = brokerage(g, group, progress.split(5));
		progress.subTask("communities (Louvain)");
		Louvain louvain = Louvain.run(g.undirectedNeighbours, g.undirectedWeights, seed, progress.split(15));
		int[] community = louvain.communities();
		progress.subTask("components");
		int[] component = components(graph, g);
		progress.split(5);

		List<NodeMetrics> result = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int in = g.in[i].length;
			int out = g.out[i].length;
			result.add(new NodeMetrics(g.ids[i], g.directed ? in + out : out, in, out, betweenness[i], closeness[i], eigenvector[i], pagerank[i],
					constraint[i], brokerage[i], community[i], component[i]));
		}
		return new NetworkMetrics(g.directed, result, graph.edgeSet().size(), louvain.modularity(), louvain.count(),
				Arrays.stream(component).max().orElse(-1) + 1, eigenIterations, pageIterations);
	}

	/**
	 * Newman's modularity of any partition of the graph (weighted, direction ignored, resolution 1), as networkx's
	 * modularity on an undirected graph.
	 *
	 * @param community the community of each node of the graph
	 */
	public static double modularity(Graph<String, DefaultWeightedEdge> graph, Map<String, Integer> community) {
		Indexed g = new Indexed(graph);
		int[] partition = new int[g.n];
		Map<Integer, Integer> labels = new java.util.HashMap<>();
		for (int i = 0; i < g.n; i++) {
			partition[i] = labels.computeIfAbsent(community.get(g.ids[i]), label -> labels.size());
		}
		return Louvain.modularity(g.undirectedNeighbours, g.undirectedWeights, partition);
	}

	public boolean directed() {
		return directed;
	}

	/** One entry per node, in the graph's node order. */
	public List<NodeMetrics> nodes() {
		return nodes;
	}

	public NodeMetrics node(String id) {
		return byId.get(id);
	}

	public int nodeCount() {
		return nodes.size();
	}

	public int edgeCount() {
		return edgeCount;
	}

	/** Newman's modularity (resolution 1, weighted, direction ignored) of the Louvain communities. */
	public double modularity() {
		return modularity;
	}

	public int communityCount() {
		return communityCount;
	}

	public int componentCount() {
		return componentCount;
	}

	/** Power iterations the eigenvector centrality needed (at most {@link #MAX_ITERATIONS}). */
	public int eigenvectorIterations() {
		return eigenvectorIterations;
	}

	public int pagerankIterations() {
		return pagerankIterations;
	}

	/** Upper bound of the power iterations (networkx stops with an error after 100, at a looser tolerance). */
	public static final int MAX_ITERATIONS = 1000;
	/** Convergence: the L1 change of the vector in one iteration below n times this (networkx: 1e-6). */
	private static final double TOLERANCE = 1e-10;

	/** The graph as index arrays: out- and in-neighbours and, for Louvain, undirected neighbours with summed weights. */
	static final class Indexed {
		final boolean directed;
		final int n;
		final String[] ids;
		final int[][] out;
		final double[][] outWeights;
		final int[][] in;
		final int[][] undirectedNeighbours;
		final double[][] undirectedWeights;
		/** out and in as compressed rows (offsets plus one flat array), for the cache-friendly path searches */
		final int[] outStart;
		final int[] outFlat;
		final int[] inStart;
		final int[] inFlat;

		Indexed(Graph<String, DefaultWeightedEdge> graph) {
			directed = graph.getType().isDirected();
			Set<String> vertices = graph.vertexSet();
			n = vertices.size();
			ids = vertices.toArray(String[]::new);
			Map<String, Integer> index = new java.util.HashMap<>(2 * n);
			for (int i = 0; i < n; i++) {
				index.put(ids[i], i);
			}
			out = new int[n][];
			outWeights = new double[n][];
			in = new int[n][];
			List<Map<Integer, Double>> undirected = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				undirected.add(new java.util.TreeMap<>());
			}
			for (int i = 0; i < n; i++) {
				String v = ids[i];
				Set<DefaultWeightedEdge> outgoing = directed ? graph.outgoingEdgesOf(v) : graph.edgesOf(v);
				int[] targets = new int[outgoing.size()];
				double[] weights = new double[outgoing.size()];
				int k = 0;
				for (DefaultWeightedEdge edge : outgoing) {
					String other = graph.getEdgeTarget(edge).equals(v) ? graph.getEdgeSource(edge) : graph.getEdgeTarget(edge);
					targets[k] = index.get(other);
					weights[k] = graph.getEdgeWeight(edge);
					undirected.get(i).merge(targets[k], weights[k], Double::sum);
					if (directed) {
						undirected.get(targets[k]).merge(i, weights[k], Double::sum);
					}
					k++;
				}
				sort(targets, weights);
				out[i] = targets;
				outWeights[i] = weights;
			}
			if (directed) {
				int[] count = new int[n];
				for (int[] targets : out) {
					for (int t : targets) {
						count[t]++;
					}
				}
				for (int i = 0; i < n; i++) {
					in[i] = new int[count[i]];
					count[i] = 0;
				}
				for (int i = 0; i < n; i++) {
					for (int t : out[i]) {
						in[t][count[t]++] = i;
					}
				}
			} else {
				System.arraycopy(out, 0, in, 0, n);
			}
			outStart = new int[n + 1];
			inStart = new int[n + 1];
			outFlat = flatten(out, outStart);
			inFlat = flatten(in, inStart);
			undirectedNeighbours = new int[n][];
			undirectedWeights = new double[n][];
			for (int i = 0; i < n; i++) {
				Map<Integer, Double> map = undirected.get(i);
				undirectedNeighbours[i] = map.keySet().stream().mapToInt(Integer::intValue).toArray();
				undirectedWeights[i] = map.values().stream().mapToDouble(Double::doubleValue).toArray();
			}
		}

		private static int[] flatten(int[][] rows, int[] start) {
			for (int i = 0; i < rows.length; i++) {
				start[i + 1] = start[i] + rows[i].length;
			}
			int[] flat = new int[start[rows.length]];
			for (int i = 0; i < rows.length; i++) {
				System.arraycopy(rows[i], 0, flat, start[i], rows[i].length);
			}
			return flat;
		}

		boolean hasArc(int from, int to) {
			return Arrays.binarySearch(out[from], to) >= 0;
		}

		private static void sort(int[] targets, double[] weights) {
			Integer[] order = new Integer[targets.length];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> Integer.compare(targets[a], targets[b]));
			int[] t = targets.clone();
			double[] w = weights.clone();
			for (int i = 0; i < order.length; i++) {
				targets[i] = t[order[i]];
				weights[i] = w[order[i]];
			}
		}
	}

	/** Sources per step of the path searches: progress and cancellation are checked between steps. */
	private static final int BLOCK = 128;

	/**
	 * Brandes' algorithm on unweighted shortest paths, summed over ordered pairs and normalised by (n-1)(n-2) as in
	 * networkx (for undirected graphs too: there each pair counts twice and the normalisation has the factor 2). When
	 * {@code closeness} is given (undirected graphs), the breadth-first searches also give the closeness. The sources
	 * are shared out over the processors, each with its own arrays; the sums are added in a fixed order.
	 */
	private static void brandes(Indexed g, double[] betweenness, double[] closeness, SubMonitor monitor) {
		int n = g.n;
		// Undirected graphs: a leaf (one neighbour u, itself no leaf) needs no search of its own. Its shortest paths
		// are u's plus the first step, so it adds u's dependencies once more, and u lies on all its paths.
		int[] leaves = new int[n];
		boolean[] skip = new boolean[n];
		if (!g.directed) {
			for (int v = 0; v < n; v++) {
				if (g.out[v].length == 1 && g.out[g.out[v][0]].length > 1) {
					skip[v] = true;
					leaves[g.out[v][0]]++;
				}
			}
		}
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / BLOCK));
		Brandes[] workers = new Brandes[threads];
		for (int t = 0; t < threads; t++) {
			workers[t] = new Brandes(g, closeness, leaves, skip);
		}
		for (int from = 0; from < n; from += BLOCK) {
			checkCanceled(monitor);
			int start = from;
			int end = Math.min(n, from + BLOCK);
			java.util.stream.IntStream.range(0, threads).parallel().forEach(t -> {
				for (int s = start + t; s < end; s += threads) {
					if (!skip[s]) {
						workers[t].source(s);
					}
				}
			});
			monitor.worked(end - from);
		}
		double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
		for (Brandes worker : workers) {
			for (int i = 0; i < n; i++) {
				betweenness[i] += worker.betweenness[i] * scale;
			}
		}
	}

	/** The arrays of one thread of Brandes' algorithm. */
	private static final class Brandes {
		final int n;
		final int[] outStart;
		final int[] outFlat;
		final int[] inStart;
		final int[] inFlat;
		final double[] closeness;
		final double[] betweenness;
		final int[] distance;
		final double[] sigma;
		final double[] delta;
		final int[] stack;
		/** the predecessors of w on shortest paths, at inStart[w] ..., found in the forward search */
		final int[] predecessors;
		final int[] predecessorCount;
		/** per node, how many leaves hang on it and are not searched from (undirected graphs) */
		final int[] leaves;
		final boolean[] skip;

		Brandes(Indexed g, double[] closeness, int[] leaves, boolean[] skip) {
			this.leaves = leaves;
			this.skip = skip;
			n = g.n;
			outStart = g.outStart;
			outFlat = g.outFlat;
			inStart = g.inStart;
			inFlat = g.inFlat;
			this.closeness = closeness;
			betweenness = new double[n];
			distance = new int[n];
			sigma = new double[n];
			delta = new double[n];
			stack = new int[n];
			predecessors = new int[inFlat.length];
			predecessorCount = new int[n];
			Arrays.fill(distance, -1);
		}

		void source(int s) {
			int top = 0;
			int head = 0;
			stack[top++] = s;
			distance[s] = 0;
			sigma[s] = 1;
			long sum = 0;
			// the stack doubles as the BFS queue: nodes are appended in order of distance
			while (head < top) {
				int v = stack[head++];
				int dv = distance[v];
				sum += dv;
				for (int e = outStart[v], end = outStart[v + 1]; e < end; e++) {
					int w = outFlat[e];
					if (distance[w] < 0) {
						distance[w] = dv + 1;
						stack[top++] = w;
					}
					if (distance[w] == dv + 1) {
						sigma[w] += sigma[v];
						// at most in-degree many predecessors: they fit in w's slice of the in-arc array
						predecessors[inStart[w] + predecessorCount[w]++] = v;
					}
				}
			}
			// this source counts once for itself and once for each leaf on it (whose dependencies equal its own)
			int times = 1 + leaves[s];
			for (int k = top - 1; k > 0; k--) {
				int w = stack[k];
				double coefficient = (1 + delta[w]) / sigma[w];
				for (int e = inStart[w], end = e + predecessorCount[w]; e < end; e++) {
					int v = predecessors[e];
					delta[v] += sigma[v] * coefficient;
				}
				betweenness[w] += times * delta[w];
			}
			if (leaves[s] > 0) {
				// a leaf's paths to the top - 2 other reachable nodes all pass through s
				betweenness[s] += leaves[s] * (double) (top - 2);
			}
			if (closeness != null) {
				closeness[s] = wassermanFaust(top - 1, sum, n);
				if (leaves[s] > 0) {
					// a leaf reaches the same nodes, each one step further, and s itself at distance 1
					for (int e = outStart[s], end = outStart[s + 1]; e < end; e++) {
						if (skip[outFlat[e]]) {
							closeness[outFlat[e]] = wassermanFaust(top - 1, (top - 1) + sum - 1, n);
						}
					}
				}
			}
			for (int k = 0; k < top; k++) {
				int v = stack[k];
				distance[v] = -1;
				sigma[v] = 0;
				delta[v] = 0;
				predecessorCount[v] = 0;
			}
		}
	}

	/** Closeness of a directed graph from the distances of the others to the node (networkx's default). */
	private static void closenessIncoming(Indexed g, double[] closeness, SubMonitor monitor) {
		int n = g.n;
		int[] distance = new int[n];
		int[] queue = new int[n];
		Arrays.fill(distance, -1);
		for (int s = 0; s < n; s++) {
			checkCanceled(monitor);
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			distance[s] = 0;
			long sum = 0;
			while (head < tail) {
				int v = queue[head++];
				sum += distance[v];
				for (int w : g.in[v]) {
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						queue[tail++] = w;
					}
				}
			}
			closeness[s] = wassermanFaust(tail - 1, sum, n);
			for (int k = 0; k < tail; k++) {
				distance[queue[k]] = -1;
			}
			monitor.worked(1);
		}
	}

	/** (r / sum) · (r / (n-1)) for r reachable nodes at total distance sum (Wasserman and Faust 1994, eq. 5.3). */
	private static double wassermanFaust(int reachable, long sum, int n) {
		if (sum == 0 || n <= 1) {
			return 0;
		}
		return (double) reachable / sum * reachable / (n - 1);
	}

	/**
	 * Power iteration on A + I as networkx's eigenvector_centrality (unweighted, in-edges in a directed graph: a node
	 * is central when central nodes point at it), the vector scaled to unit Euclidean length.
	 */
	private static int eigenvector(Indexed g, double[] x, SubMonitor monitor) {
		int n = g.n;
		if (n == 0) {
			return 0;
		}
		Arrays.fill(x, 1.0 / n);
		double[] last = new double[n];
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			if (iteration % 50 == 0) {
				checkCanceled(monitor);
			}
			System.arraycopy(x, 0, last, 0, n);
			for (int v = 0; v < n; v++) {
				double sum = last[v];
				for (int u : g.in[v]) {
					sum += last[u];
				}
				x[v] = sum;
			}
			double norm = 0;
			for (double value : x) {
				norm += value * value;
			}
			norm = norm == 0 ? 1 : Math.sqrt(norm);
			double change = 0;
			for (int v = 0; v < n; v++) {
				x[v] /= norm;
				change += Math.abs(x[v] - last[v]);
			}
			if (change < n * TOLERANCE) {
				return iteration;
			}
		}
		return MAX_ITERATIONS;
	}

	/**
	 * PageRank as networkx's pagerank: damping 0.85, arcs weighted (an undirected edge is two arcs), uniform
	 * teleportation, the rank of dangling nodes (no out-arcs) spread uniformly.
	 */
	private static int pagerank(Indexed g, double[] x, SubMonitor monitor) {
		int n = g.n;
		if (n == 0) {
			return 0;
		}
		double[] outWeight = new double[n];
		for (int v = 0; v < n; v++) {
			for (double w : g.outWeights[v]) {
				outWeight[v] += w;
			}
		}
		Arrays.fill(x, 1.0 / n);
		double[] last = new double[n];
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			if (iteration % 50 == 0) {
				checkCanceled(monitor);
			}
			System.arraycopy(x, 0, last, 0, n);
			double dangling = 0;
			for (int v = 0; v < n; v++) {
				if (outWeight[v] == 0) {
					dangling += last[v];
				}
			}
			double base = (PAGERANK_ALPHA * dangling + (1 - PAGERANK_ALPHA)) / n;
			Arrays.fill(x, base);
			for (int v = 0; v < n; v++) {
				if (outWeight[v] > 0) {
					double share = PAGERANK_ALPHA * last[v] / outWeight[v];
					int[] targets = g.out[v];
					double[] weights = g.outWeights[v];
					for (int k = 0; k < targets.length; k++) {
						x[targets[k]] += share * weights[k];
					}
				}
			}
			double change = 0;
			for (int v = 0; v < n; v++) {
				change += Math.abs(x[v] - last[v]);
			}
			if (change < n * TOLERANCE) {
				return iteration;
			}
		}
		return MAX_ITERATIONS;
	}

	/**
	 * Burt's constraint as networkx's constraint with weight=None: c(i) = Σ_j (p_ij + Σ_q p_iq p_qj)², over all
	 * neighbours j (in and out), with p_ij the mutual tie a_ij + a_ji divided by the sum of i's mutual ties. NaN for an
	 * isolated node.
	 */
	private static double[] constraint(Indexed g, SubMonitor monitor) {
		int n = g.n;
		int[][] neighbours = g.undirectedNeighbours;
		double[][] p = new double[n][];
		for (int i = 0; i < n; i++) {
			int[] js = neighbours[i];
			double[] mutual = new double[js.length];
			double total = 0;
			for (int k = 0; k < js.length; k++) {
				mutual[k] = g.directed ? (g.hasArc(i, js[k]) ? 1 : 0) + (g.hasArc(js[k], i) ? 1 : 0) : 2;
				total += mutual[k];
			}
			for (int k = 0; k < js.length; k++) {
				mutual[k] /= total;
			}
			p[i] = mutual;
		}
		double[] constraint = new double[n];
		for (int i = 0; i < n; i++) {
			if (i % 1000 == 0) {
				checkCanceled(monitor);
			}
			int[] js = neighbours[i];
			if (js.length == 0) {
				constraint[i] = Double.NaN;
				continue;
			}
			double c = 0;
			for (int k = 0; k < js.length; k++) {
				int j = js[k];
				double local = p[i][k];
				for (int m = 0; m < js.length; m++) {
					int q = js[m];
					int at = Arrays.binarySearch(neighbours[q], j);
					if (at >= 0) {
						local += p[i][m] * p[q][at];
					}
				}
				c += local * local;
			}
			constraint[i] = c;
		}
		return constraint;
	}

	/**
	 * Gould and Fernandez's brokerage roles: for every two-path a → b → c with a ≠ c and no arc a → c, broker b is a
	 * coordinator (a, b, c in one group), itinerant (a and c in one group, b in another), representative (a and b in
	 * one group, c in another), gatekeeper (b and c in one group, a in another) or liaison (three groups). An
	 * undirected edge is two arcs, so there every path counts in both directions (as statnet's brokerage does on a
	 * symmetric graph): representative and gatekeeper are then equal.
	 */
	private static NodeMetrics.Brokerage[] brokerage(Indexed g, Function<String, String> group, SubMonitor monitor) {
		int n = g.n;
		String[] groups = new String[n];
		for (int i = 0; i < n; i++) {
			groups[i] = group.apply(g.ids[i]);
		}
		NodeMetrics.Brokerage[] result = new NodeMetrics.Brokerage[n];
		for (int b = 0; b < n; b++) {
			if (b % 1000 == 0) {
				checkCanceled(monitor);
			}
			int[] roles = new int[5];
			String gb = groups[b];
			if (gb != null) {
				for (int a : g.in[b]) {
					String ga = groups[a];
					if (ga == null) {
						continue;
					}
					for (int c : g.out[b]) {
						String gc = groups[c];
						if (c == a || gc == null || g.hasArc(a, c)) {
							continue;
						}
						boolean ab = ga.equals(gb);
						boolean bc = gb.equals(gc);
						boolean ac = ga.equals(gc);
						if (ab && bc) {
							roles[0]++;
						} else if (ac) {
							roles[1]++;
						} else if (ab) {
							roles[2]++;
						} else if (bc) {
							roles[3]++;
						} else {
							roles[4]++;
						}
					}
				}
			}
			result[b] = new NodeMetrics.Brokerage(roles[0], roles[1], roles[2], roles[3], roles[4]);
		}
		return result;
	}

	/** Weakly connected components (JGraphT), numbered by size, largest first, then by first node. */
	private static int[] components(Graph<String, DefaultWeightedEdge> graph, Indexed g) {
		List<Set<String>> sets = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
		Map<String, Integer> firstIndex = new java.util.HashMap<>();
		for (int i = 0; i < g.n; i++) {
			firstIndex.put(g.ids[i], i);
		}
		Map<Set<String>, Integer> first = new java.util.IdentityHashMap<>();
		for (Set<String> set : sets) {
			first.put(set, set.stream().mapToInt(firstIndex::get).min().orElse(0));
		}
		sets.sort((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size()) : Integer.compare(first.get(a), first.get(b)));
		int[] component = new int[g.n];
		for (int c = 0; c < sets.size(); c++) {
			for (String id : sets.get(c)) {
				component[firstIndex.get(id)] = c;
			}
		}
		return component;
	}

	static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
