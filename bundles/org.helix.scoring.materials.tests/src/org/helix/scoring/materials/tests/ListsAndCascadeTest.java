package org.helix.scoring.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.helix.examples.RawMaterialsExample;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.RawMaterial;
import org.helix.scoring.materials.Cascade;
import org.helix.scoring.materials.Cascade.Kind;
import org.helix.scoring.materials.Cascade.Node;
import org.helix.scoring.materials.ListComparison;
import org.junit.jupiter.api.Test;

/** Material lists side by side and the dependency cascade on the raw-materials example (seed 003). */
class ListsAndCascadeTest {

	private final HelixModel model = RawMaterialsExample.build();

	private MaterialList list(String name) {
		return model.getMaterialLists().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
	}

	private RawMaterial material(String name) {
		return model.getRawMaterials().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Set<String> names(List<ListComparison.Change> changes) {
		return changes.stream().map(c -> c.material().getName()).collect(Collectors.toSet());
	}

	@Test
	void euBelgianAndServListsSideBySide() {
		MaterialList eu = list("Europese lijst van kritieke grondstoffen");
		MaterialList belgian = list("Lijst van kritieke grondstoffen voor België (VITO)");
		MaterialList baseMetals = list("Aanvulling met basismetalen");
		ListComparison comparison = ListComparison.compare(List.of(eu, belgian, baseMetals));

		// L666: bariet, beryllium, cokeskool, veldspaat, helium, scandium en tantaal fall out (34 - 7 = 27)
		assertEquals(Set.of("bariet", "beryllium", "cokeskool", "veldspaat", "helium", "scandium", "tantaal"),
				names(comparison.dropped(belgian)));
		assertTrue(comparison.added(belgian).isEmpty(), "the Belgian list is not enumerated beyond its drops");
		assertTrue(comparison.dropped(belgian).stream().allMatch(c -> c.parent() == eu));
		// L157-159, L638-644: the seven base metals SERV asks to add
		assertEquals(Set.of("ijzer", "aluminium", "koper", "zink", "tin", "lood", "nikkel"),
				names(comparison.added(baseMetals)));
		// why: the entry's rationale or notes, with the seed's lines
		ListComparison.Change cokingCoal = comparison.dropped(belgian).stream()
				.filter(c -> c.material().getName().equals("cokeskool")).findFirst().orElseThrow();
		assertTrue(cokingCoal.why().contains("0,9") && cokingCoal.why().contains("seed 003 L666"), cokingCoal.why());

		// the six others have no reason of their own: the list's criteria are given
		ListComparison.Change tantalum = comparison.dropped(belgian).stream()
				.filter(c -> c.material().getName().equals("tantaal")).findFirst().orElseThrow();
		assertTrue(tantalum.why().startsWith("on the list's criteria (economisch belang en bevoorradingsrisico)"),
				tantalum.why());

		// side by side: germanium is on the EU list, not named by the Belgian list nor by the additions
		RawMaterial germanium = material("germanium");
		assertEquals("CRITICAL", comparison.entry(germanium, eu).getClassification().getName());
		assertNull(comparison.entry(germanium, belgian));
		assertEquals("BORDERLINE", comparison.entry(material("fluoriet"), belgian).getClassification().getName());
	}

	@Test
	void zincCascadeReachesGermaniumThroughNyrstarResidues() {
		Node zinc = Cascade.of(material("zink"));
		assertEquals(Kind.MATERIAL, zinc.kind());
		// L781, L1311: Nyrstar produces zinc in Balen
		assertEquals(List.of("Nyrstar"), zinc.children().stream().filter(n -> n.kind() == Kind.COMPANY)
				.map(Node::label).toList());
		// the six phases of footnote 21
		assertEquals(List.of("Waardeketen van kritieke grondstoffen"), zinc.children().stream()
				.filter(n -> n.kind() == Kind.VALUE_CHAIN).map(Node::label).toList());
		// zinc is named by T0 (a Belgian/Flemish list) and T1 (base metals), each with four sub-actions
		List<Node> tracks = zinc.children().stream().filter(n -> n.kind() == Kind.POLICY_TRACK).toList();
		assertEquals(2, tracks.size());
		assertTrue(tracks.get(1).label().startsWith("T1 Versterking van de productiecapaciteit van basismetalen"));
		assertEquals(4, tracks.get(1).children().size());
		// germanium is won from zinc (L1305-1311): its own cascade hangs under zinc, with Umicore (Olen)
		Node germanium = zinc.children().stream().filter(n -> n.kind() == Kind.BY_PRODUCT).findFirst().orElseThrow();
		assertEquals("germanium", germanium.label());
		assertTrue(germanium.find(Kind.COMPANY).stream().anyMatch(n -> n.label().equals("Umicore")));
		assertTrue(zinc.render().contains("  by product: germanium (won as a by-product of zink)"), zinc.render());
	}

	@Test
	void neodymiumCascadeReachesWindTurbines() {
		// L1764-1766: Solvay recovers Nd, Pr and Dy from recycled permanent magnets; wind turbines use them
		Node neodymium = Cascade.of(material("neodymium"));
		assertEquals(List.of("windturbines"), neodymium.find(Kind.TECHNOLOGY).stream().map(Node::label).toList());
		Node solvay = neodymium.find(Kind.COMPANY).get(0);
		assertEquals("Solvay", solvay.label());
		assertEquals("recycles neodymium", solvay.via());
	}
}
