package org.helix.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.radial.options.RadialMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.provider.EcoreItemProviderAdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.part.PageSite;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves that each library of the target platform resolves and works inside the OSGi runtime of the product, on the
 * kind of data Helix handles. Later issues build on these libraries; a broken bundle shows up here first.
 */
class TargetPlatformTest {

	private Shell shell;

	@BeforeEach
	void openShell() {
		shell = new Shell();
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	/** A governance tree: the permanent council with two working groups, one of which has two project groups. */
	private static ElkNode governanceTree() {
		ElkNode graph = ElkGraphUtil.createGraph();
		ElkNode council = node(graph, "Permanent overlegorgaan");
		ElkNode wgFinance = node(graph, "Werkgroep financiering");
		ElkNode wgInfra = node(graph, "Werkgroep infrastructuur");
		ElkNode pgHeat = node(graph, "Projectgroep warmte");
		ElkNode pgCo2 = node(graph, "Projectgroep CO2");
		ElkGraphUtil.createSimpleEdge(council, wgFinance);
		ElkGraphUtil.createSimpleEdge(council, wgInfra);
		ElkGraphUtil.createSimpleEdge(wgInfra, pgHeat);
		ElkGraphUtil.createSimpleEdge(wgInfra, pgCo2);
		return graph;
	}

	private static ElkNode node(ElkNode parent, String label) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setIdentifier(label);
		ElkGraphUtil.createLabel(label, node);
		node.setDimensions(120, 40);
		return node;
	}

	@Test
	void everyElkAlgorithmLaysOutAGraphWithoutOverlaps() {
		// in OSGi, ELK's ServiceLoader discovery does not see other bundles: register the providers explicitly
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
				new ForceMetaDataProvider(), new StressMetaDataProvider(), new MrTreeMetaDataProvider(),
				new RadialMetaDataProvider());
		for (String algorithm : List.of("org.eclipse.elk.layered", "org.eclipse.elk.force", "org.eclipse.elk.stress",
				"org.eclipse.elk.mrtree", "org.eclipse.elk.radial")) {
			ElkNode graph = governanceTree();
			graph.setProperty(CoreOptions.ALGORITHM, algorithm);
			// stress aims at edge lengths, not at gaps: ask for edges longer than a node is wide
			graph.setProperty(StressOptions.DESIRED_EDGE_LENGTH, 250.0);
			new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
			List<ElkNode> nodes = graph.getChildren();
			for (int i = 0; i < nodes.size(); i++) {
				for (int j = i + 1; j < nodes.size(); j++) {
					assertFalse(overlap(nodes.get(i), nodes.get(j)),
							algorithm + ": " + nodes.get(i).getIdentifier() + " overlaps " + nodes.get(j).getIdentifier());
				}
			}
			if (algorithm.endsWith("layered")) {
				// layered flows left to right: the council comes before its working groups
				assertTrue(nodes.get(0).getX() < nodes.get(1).getX(), "layered direction");
			}
		}
	}

	private static boolean overlap(ElkNode a, ElkNode b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	@Test
	void jgraphtTracesAnActionToItsLongTermObjective() {
		Graph<String, DefaultEdge> trace = new DefaultDirectedGraph<>(DefaultEdge.class);
		for (String vertex : List.of("Actie: warmtenetten", "OD: CO2-uitstoot verlagen", "LTD: klimaatneutraal 2050",
				"Actie: zonder doelstelling")) {
			trace.addVertex(vertex);
		}
		trace.addEdge("Actie: warmtenetten", "OD: CO2-uitstoot verlagen");
		trace.addEdge("OD: CO2-uitstoot verlagen", "LTD: klimaatneutraal 2050");

		var path = DijkstraShortestPath.findPathBetween(trace, "Actie: warmtenetten", "LTD: klimaatneutraal 2050");
		assertEquals(2, path.getLength());
		assertNull(DijkstraShortestPath.findPathBetween(trace, "Actie: zonder doelstelling", "LTD: klimaatneutraal 2050"));
		assertFalse(new CycleDetector<>(trace).detectCycles());
	}

	@Test
	void commonsMathFindsAhpWeightsOfTheFourSelectionDimensions() {
		// a consistent pairwise comparison of strength, opportunities, needs and feasibility with weights 4:2:1:1;
		// its principal eigenvector, normalised, is the weight vector and the eigenvalue equals n
		double[] w = { 4, 2, 1, 1 };
		double[][] pairwise = new double[4][4];
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				pairwise[i][j] = w[i] / w[j];
			}
		}
		RealMatrix matrix = new Array2DRowRealMatrix(pairwise);
		EigenDecomposition eigen = new EigenDecomposition(matrix);
		int principal = 0;
		for (int k = 1; k < 4; k++) {
			if (eigen.getRealEigenvalue(k) > eigen.getRealEigenvalue(principal)) {
				principal = k;
			}
		}
		assertEquals(4.0, eigen.getRealEigenvalue(principal), 1e-9);
		RealVector v = eigen.getEigenvector(principal);
		RealVector weights = v.mapDivide(Arrays.stream(v.toArray()).sum());
		assertArrayEquals(new double[] { 0.5, 0.25, 0.125, 0.125 }, weights.toArray(), 1e-9);
	}

	@Test
	void commonsCsvRoundTripsDutchTextWithSeparatorsAndQuotes() throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader("code", "titel", "budget").get();
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			printer.printRecord("PA1", "Klimaatsprong; \"versnelling\" van vergunningen", "");
			printer.printRecord("PA2", "Warmte-infrastructuur en CO2-netwerken", "12,5");
		}
		List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
				.get().parse(new StringReader(out.toString())).getRecords();
		assertEquals(2, records.size());
		assertEquals("Klimaatsprong; \"versnelling\" van vergunningen", records.get(0).get("titel"));
		assertEquals("", records.get(0).get("budget"), "an unknown budget stays empty, not 0");
		assertEquals("12,5", records.get(1).get("budget"));
	}

	/** A dynamic metamodel with one class; the generated Helix metamodel takes this role in later issues. */
	private static EClass actionClass() {
		EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
		pkg.setName("probe");
		pkg.setNsPrefix("probe");
		pkg.setNsURI("urn:helix:probe");
		EClass action = EcoreFactory.eINSTANCE.createEClass();
		action.setName("Action");
		EAttribute title = EcoreFactory.eINSTANCE.createEAttribute();
		title.setName("title");
		title.setEType(EcorePackage.Literals.ESTRING);
		action.getEStructuralFeatures().add(title);
		pkg.getEClassifiers().add(action);
		return action;
	}

	@Test
	void emfSavesLoadsRecordsChangesAndUndoesCommands() throws IOException {
		EClass actionClass = actionClass();
		EAttribute title = (EAttribute) actionClass.getEStructuralFeature("title");
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(actionClass.getEPackage().getNsURI(), actionClass.getEPackage());
		Resource resource = resourceSet.createResource(URI.createURI("memory:/actions.xmi"));
		EObject action = EcoreUtil.create(actionClass);
		action.eSet(title, "Versnellen van vergunningen");
		resource.getContents().add(action);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of());
		Resource reloaded = resourceSet.createResource(URI.createURI("memory:/reloaded.xmi"));
		reloaded.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		assertTrue(EcoreUtil.equals(action, reloaded.getContents().get(0)));

		ChangeRecorder recorder = new ChangeRecorder(action);
		action.eSet(title, "Gewijzigd");
		recorder.endRecording().applyAndReverse();
		assertEquals("Versnellen van vergunningen", action.eGet(title));

		EditingDomain domain = new AdapterFactoryEditingDomain(new EcoreItemProviderAdapterFactory(), new BasicCommandStack());
		domain.getCommandStack().execute(SetCommand.create(domain, action, title, "Nieuwe titel"));
		assertEquals("Nieuwe titel", action.eGet(title));
		domain.getCommandStack().undo();
		assertEquals("Versnellen van vergunningen", action.eGet(title));

		IItemLabelProvider labels = (IItemLabelProvider) new EcoreItemProviderAdapterFactory().adapt(actionClass,
				IItemLabelProvider.class);
		assertEquals("Action", labels.getText(actionClass));
	}

	@Test
	void swtchartPlotsAKpiTrajectory() {
		Chart chart = new Chart(shell, SWT.NONE);
		chart.getTitle().setText("CO2-uitstoot industrie");
		ILineSeries<?> actual = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "gemeten");
		actual.setYSeries(new double[] { 30.1, 29.4, 28.0, 26.9 });
		chart.getAxisSet().adjustRange();
		Range y = chart.getAxisSet().getYAxis(0).getRange();
		assertTrue(y.lower <= 26.9 && y.upper >= 30.1, y.toString());
		assertEquals(1, chart.getSeriesSet().getSeries().length);
	}

	@Test
	void formsTabbedPropertiesAndNavigatorCreateTheirControls() {
		FormToolkit toolkit = new FormToolkit(shell.getDisplay());
		try {
			assertNotNull(toolkit.createForm(shell).getBody());
		} finally {
			toolkit.dispose();
		}
		ITabbedPropertySheetPageContributor contributor = () -> "org.helix.app.tests.properties";
		TabbedPropertySheetPage page = new TabbedPropertySheetPage(contributor);
		IViewPart properties = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
				.findView(IPageLayout.ID_PROP_SHEET);
		page.init(new PageSite(properties.getViewSite()));
		page.createControl(shell);
		assertNotNull(page.getControl());
		page.dispose();

		CommonViewer viewer = new CommonViewer("org.helix.app.tests.navigator", shell, SWT.BORDER);
		assertNotNull(viewer.getNavigatorContentService());
		assertEquals("org.helix.app.tests.navigator", viewer.getNavigatorContentService().getViewerId());
		viewer.getControl().dispose();
	}

	@Test
	void helpSystemListsTheHelixUserGuide() {
		Map<String, IToc> tocs = Arrays.stream(HelpSystem.getTocs())
				.collect(Collectors.toMap(IToc::getLabel, toc -> toc, (a, b) -> a));
		IToc guide = tocs.get("Helix User Guide");
		assertNotNull(guide, "tables of contents: " + tocs.keySet());
		List<String> topics = Arrays.stream(guide.getTopics()).map(ITopic::getLabel).toList();
		assertTrue(topics.contains("Getting started"), topics.toString());
	}

	@Test
	void workspaceHoldsHelixFiles() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("target-platform-probe");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("klimaatsprong.helix");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream("<xmi/>".getBytes()), true, null);
		assertTrue(file.exists());
		assertEquals("helix", file.getFileExtension());
		project.delete(true, true, null);
	}
}
