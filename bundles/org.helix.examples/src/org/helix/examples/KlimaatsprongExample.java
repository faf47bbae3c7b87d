package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.DocumentKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.SourceCitation;
import org.helix.model.core.SourceDocument;

/**
 * The Klimaatsprong example: the programme note "Klimaatsprong voor de Industrie" 2026-2030 (seed 001) and SERV's
 * advice on it (seed 000), built in memory. Every element cites the seed lines it comes from; contradictions in the
 * seeds and modelling choices are recorded as notes.
 */
public final class KlimaatsprongExample {

	/** Example key used for deterministic ids. */
	public static final String KEY = "klimaatsprong";
	/** Number of lines of seed 001 (programme note). */
	public static final int LINES_001 = 3479;
	/** Number of lines of seed 000 (SERV advice). */
	public static final int LINES_000 = 1387;

	private KlimaatsprongExample() {
	}

	public static HelixModel build() {
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		model.setTitle("Klimaatsprong voor de Industrie 2026-2030");
		model.setName("Klimaatsprong voor de Industrie 2026-2030");
		model.setDescription("Voorbeeldmodel opgebouwd uit de programmanota 2026-2030 ‘Klimaatsprong voor de Industrie’ "
				+ "(seed 001) en het SERV-advies erover (seed 000).");
		cite(model, KsContext.NOTE, 67, 67, "Naar een tweede programmanota 2026-2030 ‘Klimaatsprong voor de Industrie’");

		KsContext c = new KsContext(model);
		KsActors.build(c);

		SourceDocument note001 = CoreFactory.eINSTANCE.createSourceDocument();
		note001.setDocumentId(KsContext.NOTE);
		note001.setName("Programmanota 2026-2030 Klimaatsprong voor de Industrie");
		note001.setKind(DocumentKind.PROGRAMME_NOTE);
		note001.setLanguage("nl");
		note001.getIssuers().add(c.org("vlaio"));
		note001.getAddressees().add(c.org("vr"));
		cite(note001, KsContext.NOTE, 1, LINES_001);
		cite(note001, KsContext.NOTE, 165, 166, "De ontwerpprogrammanota werd voorbereid door VLAIO en voorgelegd ter "
				+ "bespreking aan het permanent overlegorgaan en afgetoetst bij de klankbordgroep.");
		note(note001, "Issuer: prepared by VLAIO and discussed in the permanent overlegorgaan (L165-166). Annex 8.3, the "
				+ "update of the context analysis and roadmap study, is only referenced (L3476-3479).");
		model.getSourceDocuments().add(note001);

		SourceDocument advice000 = CoreFactory.eINSTANCE.createSourceDocument();
		advice000.setDocumentId(KsContext.SERV);
		advice000.setName("Programmanota 2026-2030 ‘Klimaatsprong voor de industrie’ (SERV-advies)");
		advice000.setKind(DocumentKind.ADVICE);
		advice000.setLanguage("nl");
		advice000.getIssuers().add(c.org("serv"));
		advice000.getRespondsTo().add(note001);
		cite(advice000, KsContext.SERV, 1, LINES_000);
		model.getSourceDocuments().add(advice000);

		KsGovernance.build(c);
		KsStrategy.build(c);
		KsMonitoring.build(c);
		KsServAdvice.build(c, advice000);
		KsFigures.build(c);
		advice000.getAddressees().addAll(model.getStakeholderInputs().get(0).getAddressees());

		linkCitations(model);
		ExampleSupport.assignIds(model, KEY);
		return model;
	}

	/** Points every citation at its SourceDocument and fills in the document title. */
	private static void linkCitations(HelixModel model) {
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof SourceCitation citation) {
				for (SourceDocument doc : model.getSourceDocuments()) {
					if (doc.getDocumentId().equals(citation.getDocumentId())) {
						citation.setDocument(doc);
						citation.setDocumentTitle(doc.getName());
					}
				}
			}
		}
	}
}
