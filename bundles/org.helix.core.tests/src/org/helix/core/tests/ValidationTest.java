package org.helix.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.common.util.Diagnostic;
import org.helix.core.persistence.HelixPersistence;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixProblem.Severity;
import org.helix.core.validation.HelixValidation;
import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.Membership;
import org.helix.model.materials.MaterialFlow;
import org.helix.model.materials.MaterialsFactory;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.SupplyShare;
import org.helix.model.programme.RagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

	private final Klimaatsprong ks = new Klimaatsprong();

	@TempDir
	Path folder;

	@Test
	void theExcerptIsValid() {
		assertEquals(List.of(), HelixValidation.validate(ks.model));
	}

	@Test
	void missingNameIsAnErrorNamingTheType() {
		ks.omgeving.setName(" ");
		HelixProblem problem = single(Severity.ERROR);
		assertSame(ks.omgeving, problem.element());
		assertTrue(problem.message().startsWith("Organisation "), problem.message());
		assertTrue(problem.message().contains("has no name"), problem.message());
	}

	@Test
	void startYearAfterEndYearIsAnError() {
		ks.programme.setStartYear(2031);
		HelixProblem problem = single(Severity.ERROR);
		assertEquals("Programme 'Klimaatsprong voor de Industrie 2026-2030': start year 2031 is after end year 2030.",
				problem.message());
	}

	@Test
	void citationLinesMustBeInOrder() {
		Klimaatsprong.cite(ks.overlegorgaan, 3212, 3174);
		HelixProblem problem = single(Severity.ERROR);
		// a citation has no name: it is labelled by its container (ElementLabels.label)
		assertEquals("SourceCitation in PermanentCouncil 'permanent overlegorgaan': from line 3212 is after to line 3174.", problem.message());
	}

	@Test
	void membershipEndingBeforeItStartsIsAnError() {
		Membership membership = ks.overlegorgaan.getMemberships().get(1);
		membership.setSince(LocalDate.of(2026, 1, 1));
		membership.setUntil(LocalDate.of(2025, 1, 1));
		HelixProblem problem = single(Severity.ERROR);
		assertSame(membership, problem.element());
		assertTrue(problem.message().contains("since") && problem.message().contains("is after until"), problem.message());
	}

	@Test
	void sharesOutsideZeroToOneAreErrors() {
		RawMaterial germanium = MaterialsFactory.eINSTANCE.createRawMaterial();
		germanium.setName("germanium");
		SupplyShare share = MaterialsFactory.eINSTANCE.createSupplyShare();
		share.setShare(new BigDecimal("60")); // "60 %" entered as a percentage instead of 0.6
		Jurisdiction china = EcosystemFactory.eINSTANCE.createJurisdiction();
		china.setName("China");
		ks.model.getJurisdictions().add(china);
		share.setSupplier(china);
		germanium.getSupplyShares().add(share);
		ks.model.getRawMaterials().add(germanium);
		DataSource openAlex = EcosystemFactory.eINSTANCE.createDataSource();
		openAlex.setName("OpenAlex");
		openAlex.setCoverageShare(-5.0);
		ks.model.getDataSources().add(openAlex);

		List<HelixProblem> problems = HelixValidation.validate(ks.model);

		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.element() == share
				&& p.message().equals("SupplyShare in RawMaterial 'germanium': share is 60, expected a fraction between 0 and 1 (60 % is 0.6).")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.element() == openAlex
				&& p.message().startsWith("DataSource 'OpenAlex': coverage share is -5.0")), problems.toString());
	}

	@Test
	void committedAbovePlannedAndSpentAboveCommittedAreWarnings() {
		ks.contractsForDifference.setBudgetCommitted(new BigDecimal("75000000"));
		ks.contractsForDifference.setBudgetSpent(new BigDecimal("80000000"));
		List<HelixProblem> problems = HelixValidation.validate(ks.model);
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(p -> p.severity() == Severity.WARNING), problems.toString());
		assertTrue(problems.get(0).message().contains("committed budget 75000000 is above the planned budget 70000000"), problems.toString());
		assertTrue(problems.get(1).message().contains("spent budget 80000000 is above the committed budget 75000000"), problems.toString());
		assertFalse(HelixValidation.hasErrors(problems));
	}

	@Test
	void plannedStartAfterPlannedEndIsAnError() {
		ks.monitoring.setPlannedStart(date(2027, 1, 1));
		ks.monitoring.setPlannedEnd(date(2026, 6, 30));
		HelixProblem problem = single(Severity.ERROR);
		assertSame(ks.monitoring, problem.element());
		assertEquals("PriorityAction 'Het monitoren van de voortgang van de industriële transitie': planned start 2027-01-01"
				+ " is after planned end 2026-06-30.", problem.message());

		ks.monitoring.setPlannedEnd(date(2027, 1, 1));
		assertEquals(List.of(), HelixValidation.validate(ks.model), "a period of one day is fine");
		ks.monitoring.setPlannedEnd(null);
		assertEquals(List.of(), HelixValidation.validate(ks.model), "a start without an end is fine");
	}

	@Test
	void percentCompleteOutsideZeroToHundredIsAnError() {
		ks.leidingentraces.setPercentComplete(0.0);
		ks.monitoring.setPercentComplete(100.0);
		assertEquals(List.of(), HelixValidation.validate(ks.model), "0 and 100 are the bounds");

		ks.monitoring.setPercentComplete(150.0);
		HelixProblem problem = single(Severity.ERROR);
		assertSame(ks.monitoring, problem.element());
		assertTrue(problem.message().endsWith("percent complete is 150.0, expected a percentage between 0 and 100 (60 % is 60)."),
				problem.message());
		ks.monitoring.setPercentComplete(-0.5);
		assertTrue(single(Severity.ERROR).message().contains("percent complete is -0.5"));
	}

	@Test
	void ragOverrideWithoutJustificationIsAWarning() {
		ks.leidingentraces.setRagOverride(RagStatus.RED);
		ks.leidingentraces.setRagOverrideBy(ks.vlaio);
		ks.leidingentraces.setRagOverrideDate(date(2026, 11, 20));
		HelixProblem problem = single(Severity.WARNING);
		assertSame(ks.leidingentraces, problem.element());
		assertEquals("PriorityAction 'Het voortzetten van het werk rond voldoende ruimte voor leidingentracés': RAG override RED"
				+ " has no justification; it is ignored until one is given.", problem.message());

		ks.leidingentraces.setRagOverrideJustification("  ");
		assertEquals(Severity.WARNING, single(Severity.WARNING).severity(), "blank is no justification");
		ks.leidingentraces.setRagOverrideJustification("Vergunning voor het tracé Antwerpen-Gent vernietigd door de Raad van State.");
		assertEquals(List.of(), HelixValidation.validate(ks.model));

		ks.contractsForDifference.setRagOverrideJustification("reason left behind after the override was cleared");
		ks.contractsForDifference.setRagOverride(RagStatus.UNSPECIFIED);
		assertEquals(List.of(), HelixValidation.validate(ks.model), "no override, nothing to justify");
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void referenceToAnElementOutsideTheModelIsAnError() {
		Organisation outside = EcosystemFactory.eINSTANCE.createOrganisation();
		outside.setName("Vlaamse Milieumaatschappij");
		ks.leidingentraces.getInvolvedActors().add(outside);
		HelixProblem problem = single(Severity.ERROR);
		assertSame(ks.leidingentraces, problem.element());
		assertTrue(problem.message().contains("involvedActors"), problem.message());
		assertTrue(problem.message().contains("Organisation 'Vlaamse Milieumaatschappij'"), problem.message());
	}

	@Test
	void unresolvableProxyIsAnError() {
		HelixPersistence.newResourceSet().createResource(URI.createFileURI(folder.resolve("ks.helix").toString()))
				.getContents().add(ks.model);
		Organisation proxy = EcosystemFactory.eINSTANCE.createOrganisation();
		((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(folder.resolve("actoren.helix").toString()).appendFragment("vmm"));
		ks.leidingentraces.getInvolvedActors().add(proxy);
		HelixProblem problem = single(Severity.ERROR);
		assertSame(ks.leidingentraces, problem.element());
		assertTrue(problem.message().contains("unresolved proxy"), problem.message());
	}

	@Test
	void duplicateIdsAreErrorsNamingBothElements() {
		ks.vlaio.setId("org-1");
		ks.omgeving.setId("org-1");
		HelixProblem problem = single(Severity.ERROR);
		assertEquals("Organisation 'Departement Omgeving' has the id 'org-1', which Organisation 'Agentschap Innoveren en"
				+ " Ondernemen' already has; ids must be unique.", problem.message());
	}

	@Test
	void requiredReferenceMissingIsReported() {
		MaterialFlow flow = MaterialsFactory.eINSTANCE.createMaterialFlow();
		flow.setFrom(ks.vlaio);
		RawMaterial germanium = MaterialsFactory.eINSTANCE.createRawMaterial();
		germanium.setName("germanium");
		germanium.getFlows().add(flow);
		ks.model.getRawMaterials().add(germanium);
		HelixProblem problem = single(Severity.ERROR);
		assertSame(flow, problem.element());
		assertTrue(problem.message().contains("'to'"), problem.message());
		assertTrue(problem.message().contains("MaterialFlow in RawMaterial 'germanium'"), problem.message());
	}

	@Test
	void emfsGlobalDiagnosticianAppliesTheHelixRulesInOsgi() {
		ks.programme.setStartYear(2031);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ks.model);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity(), "the bundle activator registers the validator");
	}

	private HelixProblem single(Severity severity) {
		List<HelixProblem> problems = HelixValidation.validate(ks.model);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(severity, problems.get(0).severity(), problems.toString());
		return problems.get(0);
	}
}
