package org.helix.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.helix.examples.ExampleSupport;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.junit.jupiter.api.Test;

class ExampleSupportTest {

	private static HelixModel modelWith(String... organisations) {
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		for (String name : organisations) {
			Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
			organisation.setName(name);
			ExampleSupport.cite(organisation, "001", 3174, 3212);
			model.getActors().add(organisation);
		}
		return model;
	}

	@Test
	void idsAreStableAcrossBuildsAndUniqueWithinAModel() {
		HelixModel first = modelWith("VLAIO", "Departement Omgeving", "VLAIO");
		HelixModel second = modelWith("VLAIO", "Departement Omgeving", "VLAIO");
		ExampleSupport.assignIds(first, "klimaatsprong");
		ExampleSupport.assignIds(second, "klimaatsprong");
		for (int i = 0; i < 3; i++) {
			assertNotNull(first.getActors().get(i).getId());
			assertEquals(first.getActors().get(i).getId(), second.getActors().get(i).getId());
			assertEquals(first.getActors().get(i).getCitations().get(0).getId(),
					second.getActors().get(i).getCitations().get(0).getId());
		}
		assertNotEquals(first.getActors().get(0).getId(), first.getActors().get(2).getId(), "same name, other element");
		assertNotEquals(first.getActors().get(0).getId(), first.getActors().get(0).getCitations().get(0).getId());
	}

	@Test
	void idsDifferBetweenExamples() {
		HelixModel a = modelWith("VLAIO");
		HelixModel b = modelWith("VLAIO");
		ExampleSupport.assignIds(a, "klimaatsprong");
		ExampleSupport.assignIds(b, "grondstoffen");
		assertNotEquals(a.getActors().get(0).getId(), b.getActors().get(0).getId());
	}

	@Test
	void citationKeepsDocumentAndLines() {
		Organisation organisation = modelWith("SERV").getActors().stream().map(Organisation.class::cast).findFirst()
				.orElseThrow();
		assertEquals("001", organisation.getCitations().get(0).getDocumentId());
		assertEquals(3174, organisation.getCitations().get(0).getFromLine());
		assertEquals(3212, organisation.getCitations().get(0).getToLine());
	}
}
