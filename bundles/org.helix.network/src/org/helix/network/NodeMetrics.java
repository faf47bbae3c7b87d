package org.helix.network;

/**
 * The metrics of one node; see docs/network.md for the conventions (those of networkx).
 *
 * @param id          the node's id
 * @param degree      number of neighbours; in a directed graph in-degree plus out-degree
 * @param inDegree    number of arcs into the node (the degree in an undirected graph)
 * @param outDegree   number of arcs out of the node (the degree in an undirected graph)
 * @param betweenness normalised betweenness, 1/((n-1)(n-2)) times the sum over ordered pairs
 * @param closeness   Wasserman–Faust closeness (incoming distances in a directed graph)
 * @param eigenvector eigenvector centrality, the vector scaled to unit Euclidean length
 * @param pagerank    PageRank with damping 0.85, weighted, dangling nodes spread uniformly
 * @param constraint  Burt's constraint, unweighted; {@code NaN} for an isolated node
 * @param brokerage   Gould–Fernandez brokerage roles by helix group
 * @param community   Louvain community, numbered from 0 by size (largest first)
 * @param component   (weakly) connected component, numbered from 0 by size (largest first)
 */
public record NodeMetrics(String id, int degree, int inDegree, int outDegree, double betweenness, double closeness, double eigenvector,
		double pagerank, double constraint, Brokerage brokerage, int community, int component) {

	/**
	 * Gould and Fernandez (1989) brokerage roles: how often the node is the broker b on a two-path a → b → c with no
	 * arc a → c, by the groups of a, b and c.
	 */
	public record Brokerage(int coordinator, int itinerant, int representative, int gatekeeper, int liaison) {

		public int total() {
			return coordinator + itinerant + representative + gatekeeper + liaison;
		}
	}
}
