package org.helix.scoring.ui.tests;

import static org.helix.ui.testsupport.UiSupport.screenshot;
import static org.helix.ui.testsupport.UiSupport.select;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyPosition;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialsPackage;
import org.helix.scoring.domains.Factor;
import org.helix.scoring.domains.Quadrant;
import org.helix.scoring.materials.Cascade.Kind;
import org.helix.scoring.ui.views.CascadeView;
import org.helix.scoring.ui.views.CriticalityView;
import org.helix.scoring.ui.views.DecisionTreeView;
import org.helix.scoring.ui.views.InvestmentView;
import org.helix.scoring.ui.views.ModelView;
import org.helix.scoring.ui.views.ScatterCanvas;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The views of the seeds' own methods in the real workbench, each on the shipped example it belongs to: VARIO's
 * decision tree and the strategic-investment framework on the strategic-choices example (seed 004), the criticality matrix and the dependency cascade on the
 * raw-materials example (seed 003). Every view follows the active model editor and recomputes in a job on a
 * snapshot; the tests wait for what the user then sees.
 */
class SeedViewsTest {

	private IWorkbenchPage page;

	@AfterEach
	void closeAll() {
		page.closeAllEditors(false);
		for (String id : List.of(DecisionTreeView.ID, InvestmentView.ID, CriticalityView.ID, CascadeView.ID)) {
			IViewPart view = page.findView(id);
			if (view != null) {
				page.hideView(view);
			}
		}
	}

	/**
	 * Seed 004's three examples of Rec. 1.3 are in the example without any rating (the text gives none), so the tree
	 * sends them to expert validation, growth potential being unknown. The user then enters what the seed says of
	 * each: pharma has growth potential, serves the transition priorities and has pronounced economic,
	 * innovation/technological and scientific strength (L1169-1173); semiconductors the same, but its economic
	 * activity is underdeveloped (L1175 case 2); high-performance computing has growth potential and serves the
	 * transition, with no economic strength and at most limited knowledge or expertise (L1181).
	 */
	@Test
	void decisionTreeExplainsTheSeedsThreeExamples() throws Exception {
		UiSupport.windowSize();
		HelixModelEditor editor = openCopy(Example.STRATEGIC_CHOICES, "helix-seed-views");
		DecisionTreeView view = (DecisionTreeView) page.showView(DecisionTreeView.ID);
		waitForResult(view);
		waitUntil("the example's twelve domains", () -> view.domainsTable().getItemCount() == 12);
		assertEquals("unclassified → expert validation", row(view, "High performance computing").getText(1));

		view.selectDomain("Farma en biotech");
		assertTrue(view.explanationText().contains("1. Is there economic growth potential? Unknown"), view.explanationText());
		assertTrue(view.explanationText().contains("Maakbaarheid — Energie: not assessed"), view.explanationText());
		enter(view, Map.of(Factor.GROWTH, "yes", Factor.TRANSITION, "yes", Factor.ECONOMIC, "yes",
				Factor.INNOVATION_TECHNOLOGICAL, "yes", Factor.SCIENTIFIC, "yes"));
		waitUntil("pharma classified", () -> view.headlineText().equals("Farma en biotech: pronounced strength"));
		assertTrue(view.explanationText().contains("a domain of pronounced strength (L1169; example: pharma and biotech,"
				+ " L1173)"), view.explanationText());
		assertTrue(view.explanationText().contains("Is there economic growth potential? Yes — entered by the user"),
				view.explanationText());

		view.selectDomain("Semiconductors");
		enter(view, Map.of(Factor.GROWTH, "yes", Factor.TRANSITION, "yes", Factor.ECONOMIC, "no",
				Factor.INNOVATION_TECHNOLOGICAL, "yes", Factor.SCIENTIFIC, "yes"));
		waitUntil("semiconductors classified", () -> view.headlineText().equals("Semiconductors: ecosystem gap"));
		assertTrue(view.explanationText().contains("case (2) of L1175 (example: semiconductors)"), view.explanationText());

		view.selectDomain("High performance computing");
		enter(view, Map.of(Factor.GROWTH, "yes", Factor.TRANSITION, "yes", Factor.ECONOMIC, "no",
				Factor.INNOVATION_TECHNOLOGICAL, "no", Factor.SCIENTIFIC, "no"));
		waitUntil("HPC classified", () -> view.headlineText().equals("High performance computing: moonshot"));
		assertTrue(view.explanationText().contains("(L1181; example: high-performance computing)"), view.explanationText());
		assertEquals("moonshot", row(view, "High performance computing").getText(1));
		assertEquals("pronounced strength", row(view, "Farma en biotech").getText(1));

		// the level mapping is a parameter: from "+" up, computers/electronics (Table 1: value added -, export +)
		// has economic strength; with the default "++" it has not
		String electronics = "Vervaardigen van computers, elektronische en optische producten";
		view.selectDomain(electronics);
		waitUntil("electronics shown", () -> view.headlineText().startsWith(electronics));
		assertTrue(view.explanationText().contains("pronounced economic strength: no (Table 1: "), view.explanationText());
		view.levelCombo().select(Arrays.asList(view.levelCombo().getItems()).indexOf("+"));
		select(view.levelCombo());
		waitUntil("re-classified from +", () -> view.explanationText().contains("pronounced economic strength: yes (Table 1: Export +"));
		view.selectDomain("Semiconductors");
		waitUntil("semiconductors shown", () -> view.headlineText().equals("Semiconductors: ecosystem gap"));
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		UiSupport.settle();
		screenshot("decision-tree.png");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		// a change of the model (an EMF command in the model editor) is shown at once, and so is its Undo
		StrategicDomain hpc = editor.getModel().getStrategicDomains().stream()
				.filter(d -> d.getName().equals("High performance computing")).findFirst().orElseThrow();
		Command rename = SetCommand.create(editor.getEditingDomain(), hpc, CorePackage.Literals.NAMED_ELEMENT__NAME, "HPC");
		editor.getEditingDomain().getCommandStack().execute(rename);
		waitUntil("the renamed domain", () -> rowOrNull(view, "HPC") != null);
		editor.getEditingDomain().getCommandStack().undo();
		waitUntil("the name back", () -> rowOrNull(view, "High performance computing") != null);
	}

	/**
	 * The criticality matrix on the raw-materials example's Belgian (VITO) list. The seed gives no numeric economic
	 * importance, so nothing is plotted at first and the two "grensgevallen" with SR 0.9 (coking coal and fluorspar,
	 * L680-682) are listed as unknown. Then an <i>illustrative</i> EI of 2.9 for coking coal (the seed says only
	 * "hoger dan 2,8"; entered here through an EMF command as the Properties view would, and undone after) plots it
	 * right of the EI threshold and just below the SR threshold: borderline; with the SR threshold typed down to 0.9
	 * it is critical.
	 */
	@Test
	void criticalityMatrixOnTheBelgianList() throws Exception {
		UiSupport.windowSize();
		HelixModelEditor editor = openCopy(Example.RAW_MATERIALS, "helix-seed-views");
		CriticalityView view = (CriticalityView) page.showView(CriticalityView.ID);
		// maximized, so that the chart has the room a user would give it (the positions below are on screen)
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		waitForResult(view);
		String belgian = "Lijst van kritieke grondstoffen voor België (VITO)";
		Combo lists = view.listCombo();
		waitUntil("the example's six lists", () -> lists.getItemCount() == 6);
		lists.select(Arrays.asList(lists.getItems()).indexOf(belgian));
		select(lists);
		waitUntil("the Belgian list", () -> view.result() != null && belgian.equals(view.result().list()));
		assertEquals(0, view.chart().dots().size());
		assertTrue(view.unknownText().contains("cokeskool (SR 0.9, EI unknown)"), view.unknownText());
		assertTrue(view.unknownText().contains("fluoriet (SR 0.9, EI unknown)"), view.unknownText());
		assertEquals(view.result().results().size(), view.table().getItemCount());

		MaterialList list = editor.getModel().getMaterialLists().stream().filter(l -> l.getName().equals(belgian))
				.findFirst().orElseThrow();
		ListEntry coke = list.getEntries().stream().filter(e -> e.getMaterial().getName().equals("cokeskool"))
				.findFirst().orElseThrow();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), coke,
				MaterialsPackage.Literals.LIST_ENTRY__ECONOMIC_IMPORTANCE, new BigDecimal("2.9")));
		waitUntil("coking coal plotted", () -> view.chart().dots().size() == 1);
		ScatterCanvas.Dot dot = view.chart().dots().get(0);
		assertEquals("cokeskool", dot.label());
		assertEquals(CriticalityView.BORDERLINE_RGB, dot.rgb());
		waitUntil("the chart laid out", () -> view.chart().getClientArea().height > 300);
		Point at = view.chart().toScreen(dot.x(), dot.y());
		Point corner = view.chart().toScreen(2.8, 1.0);
		assertTrue(at.x > corner.x, "right of the EI line");
		assertTrue(at.y > corner.y, "below the SR line (screen y grows downward)");
		assertTrue(view.unknownText().contains("fluoriet (SR 0.9, EI unknown)"), view.unknownText());

		view.supplyRiskText().setText("0.9");
		waitUntil("critical from SR 0.9", () -> !view.chart().dots().isEmpty()
				&& view.chart().dots().get(0).rgb() == CriticalityView.CRITICAL_RGB);
		assertEquals("critical", tableRow(view, "cokeskool").getText(3));
		view.supplyRiskText().setText("1.0");
		waitUntil("borderline again", () -> !view.chart().dots().isEmpty()
				&& view.chart().dots().get(0).rgb() == CriticalityView.BORDERLINE_RGB);
		screenshot("criticality-matrix.png");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		editor.getEditingDomain().getCommandStack().undo();
		waitUntil("nothing plotted after Undo", () -> view.chart().dots().isEmpty()
				&& view.unknownText().contains("cokeskool (SR 0.9, EI unknown)"));
	}

	/**
	 * Zinc's cascade on the raw-materials example (the tree docs/materials.md shows): Nyrstar produces it, its
	 * value chain, the policy tracks T0 and T1 with their actions, and germanium won as its by-product (with Umicore);
	 * the diagram (ELK layered) puts each level in its column and the value chain both reach once.
	 */
	@Test
	void cascadeOfZinc() throws Exception {
		UiSupport.windowSize();
		openCopy(Example.RAW_MATERIALS, "helix-seed-views");
		CascadeView view = (CascadeView) page.showView(CascadeView.ID);
		waitForResult(view);
		Combo materials = view.materialCombo();
		materials.select(Arrays.asList(materials.getItems()).indexOf("zink"));
		select(materials);
		waitUntil("zinc's cascade", () -> view.result() != null && view.result().cascade().label().equals("zink")
				&& view.tree().getItemCount() == 1);
		TreeItem root = view.tree().getItem(0);
		assertEquals("material: zink", root.getText());
		List<String> children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
		assertEquals(List.of("company: Nyrstar (produces zink)",
				"value chain: Waardeketen van kritieke grondstoffen (activities on zink in its stages)",
				"policy track: T0 Een Belgische/Vlaamse lijst van kritieke grondstoffen (names zink)",
				"policy track: T1 Versterking van de productiecapaciteit van basismetalen (names zink)",
				"by product: germanium (won as a by-product of zink)"), children);
		assertEquals(4, root.getItem(2).getItemCount());

		// the diagram: a column per level, the shared value chain once with two incoming edges
		List<CascadeView.Box> boxes = view.boxes();
		assertEquals(List.of("zink"), labelsIn(boxes, 0));
		assertEquals(List.of("germanium"), labelsIn(boxes, 1));
		assertEquals(List.of("Nyrstar", "Umicore"), labelsIn(boxes, 4));
		assertEquals(List.of("Waardeketen van kritieke grondstoffen"), labelsIn(boxes, 5));
		assertEquals(2, labelsIn(boxes, 7).size());
		assertEquals(8, labelsIn(boxes, 8).size());
		// the empty levels (technologies, sectors, clusters) take no room: companies come right after by-products
		int byProducts = boxes.stream().filter(b -> b.column() == 1).findFirst().orElseThrow().bounds().x;
		int companies = boxes.stream().filter(b -> b.column() == 4).findFirst().orElseThrow().bounds().x;
		assertTrue(companies - byProducts < 2 * 175, "companies at " + companies + ", by-products at " + byProducts);
		assertTrue(boxes.stream().allMatch(b -> b.kind() != Kind.CLUSTER), "the example has no clusters");
		List<List<String>> edges = view.edgeLabels();
		assertTrue(edges.contains(List.of("zink", "Waardeketen van kritieke grondstoffen")));
		assertTrue(edges.contains(List.of("germanium", "Waardeketen van kritieke grondstoffen")));
		assertTrue(edges.contains(List.of("zink", "germanium")));
		// laid out by ELK: each column left of the next, no box over another, every edge from its source's right side
		// to its target's left side
		for (CascadeView.Box a : boxes) {
			for (CascadeView.Box b : boxes) {
				if (a != b) {
					assertTrue(!a.bounds().intersects(b.bounds()), a.label() + " overlaps " + b.label());
					if (a.column() < b.column()) {
						assertTrue(a.bounds().x + a.bounds().width < b.bounds().x, a.label() + " not left of " + b.label());
					}
				}
			}
		}
		for (CascadeView.Line line : view.lines()) {
			CascadeView.Box from = boxes.stream().filter(b -> b.key().equals(line.from())).findFirst().orElseThrow();
			CascadeView.Box to = boxes.stream().filter(b -> b.key().equals(line.to())).findFirst().orElseThrow();
			int[] route = line.route();
			assertEquals(from.bounds().x + from.bounds().width, route[0], 1, from.label() + " -> " + to.label());
			assertEquals(to.bounds().x, route[route.length - 2], 1, from.label() + " -> " + to.label());
		}
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		UiSupport.settle();
		screenshot("cascade.png");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	/**
	 * The strategic-investment framework on the strategic-choices example: seed 004 gives the method but no
	 * relatedness density or complexity (L608-648), so nothing is plotted. Four positions entered here through one EMF
	 * command are <i>illustrative</i> (made up for this test, not from the seed; undone after): with the medians as
	 * cut-offs (density 0.45, complexity 0.5) the first lands in the optimal quadrant and the second in the moonshot
	 * quadrant; a typed density cut-off of 0.9 moves the first to the moonshots.
	 */
	@Test
	void investmentFrameworkScatter() throws Exception {
		HelixModelEditor editor = openCopy(Example.STRATEGIC_CHOICES, "helix-seed-views");
		InvestmentView view = (InvestmentView) page.showView(InvestmentView.ID);
		waitForResult(view);
		assertEquals(0, view.chart().dots().size());
		assertTrue(view.result().points().isEmpty());

		String[] names = { "Advanced Manufacturing", "Advanced Materials", "Artificial Intelligence", "Biotechnology" };
		double[][] values = { { 0.8, 0.9 }, { 0.2, 0.8 }, { 0.7, 0.1 }, { 0.1, 0.2 } };
		CompoundCommand add = new CompoundCommand();
		for (int i = 0; i < names.length; i++) {
			String name = names[i];
			Technology technology = editor.getModel().getTechnologies().stream().filter(t -> t.getName().equals(name))
					.findFirst().orElseThrow();
			TechnologyPosition position = EcosystemFactory.eINSTANCE.createTechnologyPosition();
			position.setRelatednessDensity(values[i][0]);
			position.setComplexity(values[i][1]);
			add.append(AddCommand.create(editor.getEditingDomain(), technology,
					EcosystemPackage.Literals.TECHNOLOGY__POSITIONS, position));
		}
		editor.getEditingDomain().getCommandStack().execute(add);
		waitUntil("four points", () -> view.chart().dots().size() == 4);
		assertEquals(0.45, view.result().densityCut(), 1e-12);
		assertEquals(0.5, view.result().complexityCut(), 1e-12);
		assertEquals(List.of(Quadrant.OPTIMAL, Quadrant.MOONSHOT, Quadrant.LOW_COMPLEXITY_HIGH_RELATEDNESS,
				Quadrant.LOW_COMPLEXITY_LOW_RELATEDNESS), view.result().points().stream().map(InvestmentView.Point::quadrant).toList());
		assertEquals(InvestmentView.OPTIMAL_RGB, view.chart().dots().get(0).rgb());
		assertEquals("Advanced Manufacturing", view.chart().dots().get(0).label());

		view.densityText().setText("0.9");
		waitUntil("the typed cut-off", () -> view.result().densityCut() == 0.9
				&& view.result().points().get(0).quadrant() == Quadrant.MOONSHOT);
		editor.getEditingDomain().getCommandStack().undo();
		waitUntil("nothing plotted after Undo", () -> view.chart().dots().isEmpty());
	}

	private static List<String> labelsIn(List<CascadeView.Box> boxes, int column) {
		return boxes.stream().filter(b -> b.column() == column).map(CascadeView.Box::label).toList();
	}

	private static void enter(DecisionTreeView view, Map<Factor, String> values) {
		for (Factor factor : Factor.values()) {
			String value = values.get(factor);
			Combo combo = view.inputCombo(factor);
			combo.select(Arrays.asList(combo.getItems()).indexOf(value));
			select(combo);
			waitUntil(factor + " entered", () -> view.inputCombo(factor).getText().equals(value));
		}
	}

	private static TableItem row(DecisionTreeView view, String domain) {
		TableItem item = rowOrNull(view, domain);
		if (item == null) {
			throw new AssertionError("no row " + domain);
		}
		return item;
	}

	private static TableItem rowOrNull(DecisionTreeView view, String domain) {
		return Arrays.stream(view.domainsTable().getItems()).filter(i -> i.getText(0).equals(domain)).findFirst()
				.orElse(null);
	}

	private static TableItem tableRow(CriticalityView view, String material) {
		return Arrays.stream(view.table().getItems()).filter(i -> i.getText(0).equals(material)).findFirst()
				.orElseThrow();
	}

	private static void waitForResult(ModelView<?> view) {
		waitUntil("the view's first result", () -> view.result() != null && view.job() != null
				&& view.job().getState() == Job.NONE);
	}

	private HelixModelEditor openCopy(Example example, String projectName) throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile(example.fileName());
		if (model.exists()) {
			model.delete(true, null);
		}
		try (InputStream in = example.open()) {
			model.create(in, true, null);
		}
		return (HelixModelEditor) IDE.openEditor(page, model, HelixUI.EDITOR_ID);
	}
}
