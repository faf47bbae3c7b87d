package org.helix.examples;

import java.util.List;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.ecosystem.StageKind;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.PolicyTrack;
import org.helix.model.materials.RStrategy;
import org.helix.model.materials.TrackAction;
import org.helix.model.materials.TrackPriority;

/** The Flemish raw-materials strategy of seed 003 with its policy tracks and sub-actions. */
final class RawMaterialsTracks {

	private final RawMaterialsBuilder b;
	private MaterialsStrategy strategy;

	RawMaterialsTracks(RawMaterialsBuilder builder) {
		this.b = builder;
	}

	private PolicyTrack track(String code, String name, TrackPriority priority, String sectionRef, int from, int to, String quote) {
		PolicyTrack t = b.cite(b.named(SeedModelBuilder.MAT.createPolicyTrack(), name, null), from, to, quote);
		t.setCode(code);
		t.setPriority(priority);
		t.setSectionRef(sectionRef);
		strategy.getTracks().add(t);
		return t;
	}

	private PolicyTrack alias(PolicyTrack track, String alias, int from, int to, String quote) {
		track.getAliases().add(alias);
		b.cite(track, from, to, quote);
		return track;
	}

	private TrackAction action(PolicyTrack track, String text, int from, int to, String quote, RStrategy... r) {
		TrackAction a = b.cite(SeedModelBuilder.MAT.createTrackAction(), from, to, quote);
		a.setText(text);
		a.setLevel(GovernanceLevel.REGIONAL);
		a.getRStrategies().addAll(List.of(r));
		track.getSubActions().add(a);
		return a;
	}

	void build() {
		strategy = b.named(SeedModelBuilder.MAT.createMaterialsStrategy(), "Vlaamse grondstoffenstrategie", null);
		b.cite(strategy, 517, 535, "2. Een Vlaamse grondstoffenstrategie");
		b.cite(strategy, 72, 90, "Vlaanderen moet zich met een grondstoffenstrategie inschrijven in de Euro-");
		strategy.setGoal("Binnen het Europese kader de leveringszekerheid van kritieke grondstoffen op middellange termijn vergroten en "
				+ "bijdragen aan strategische autonomie voor grondstoffen, door te streven naar weerbare toeleveringsketens.");
		strategy.setLevel(GovernanceLevel.REGIONAL);
		strategy.setJurisdiction(b.flanders);
		strategy.setFramework(b.crma);
		b.model.getMaterialsStrategies().add(strategy);

		PolicyTrack t0 = track("T0", "Een Belgische/Vlaamse lijst van kritieke grondstoffen", TrackPriority.FOUNDATIONAL, "2.1", 610, 644,
				"Een Belgische/Vlaamse lijst van kritieke grondstoffen");
		alias(t0, "Een specifieke Belgische/Vlaamse lijst van kritieke grondstoffen", 135, 135,
				"Een specifieke Belgische/Vlaamse lijst van kritieke grondstoffen");
		for (String m : new String[] { "ijzer", "aluminium", "koper", "zink", "tin", "lood", "nikkel" }) {
			t0.getMaterials().add(b.m(m));
		}
		action(t0, "Het bevoorradingsrisico en het economisch belang gekoppeld aan de geëigende industrieel-economische structuur "
				+ "bepalen welke kritieke grondstoffen van de Europese lijst voor België/Vlaanderen van belang zijn.", 610, 620,
				"Het bevoorradingsrisico en het eco-");
		action(t0, "De lijst aanvullen met de basismetalen (ijzer, aluminium, koper, zink, tin, lood en nikkel).", 157, 159,
				"wordt die lijst best aangevuld met de ba-");
		action(t0, "De Vlaamse lijst uitbreiden met grondstoffen die verband houden met voedsel en voedselproductie.", 658, 662,
				"De SERV pleit er daarom voor om de Vlaamse lijst van kritieke grondstof-");
		action(t0, "Het belang van strategische voedselzekerheid aankaarten bij de federale en Europese beleidsechelons, onder meer "
				+ "in het EU-initiatief rond stockpiling.", 703, 713, "Meer algemeen vraagt de SERV dat het be-");

		PolicyTrack t1 = track("T1", "Versterking van de productiecapaciteit van basismetalen", TrackPriority.PRIORITY, "2.4.1", 1218, 1346,
				"2.4.1 Versterking van de productiecapaciteit van basismetalen");
		alias(t1, "Versterken van de Vlaamse verwerkings- en recyclagecapaciteit en hun competitiviteit", 474, 474,
				"Versterken van de Vlaamse verwerkings- en recyclagecapaciteit en hun competitiviteit");
		alias(t1, "Versterken van de Vlaamse verwerkings- en recyclagecapaciteit", 1202, 1202,
				"Versterken van de Vlaamse verwerkings- en recyclagecapaciteit");
		b.cite(t1, 31, 33, "de versterking van de productiecapa-");
		b.note(t1, "De begeleidende brief (L31-33) spreekt van 'versterking van de productiecapaciteit van de basismetalen', de "
				+ "inleiding (L474) en §2.4 (L1202) van 'Versterken van de Vlaamse verwerkings- en recyclagecapaciteit'.");
		t1.getStages().addAll(List.of(StageKind.PROCESSING_REFINING, StageKind.SEMI_FINISHED));
		for (String m : new String[] { "ijzer", "aluminium", "koper", "zink", "tin", "lood", "nikkel" }) {
			t1.getMaterials().add(b.m(m));
		}
		action(t1, "Maximaal inzetten op de versterking en verankering van de Vlaamse verwerkingsindustrie.", 1235, 1239,
				"dringt er bij de Vlaamse regering op aan maximaal in te zetten op de versterking en verankering");
		action(t1, "Bij de uitvoering van de Vlaamse industriële beleidsplannen rekening houden met de unieke maar precaire positie van "
				+ "deze productiesector.", 1322, 1324, "De SERV vraagt dat bij de concrete uitvoering van de Vlaamse industriële beleidsplannen reke-");
		action(t1, "Samen met het bedrijfsleven analyseren hoe een aantrekkingspool kan gevormd worden voor verdere verwerking van "
				+ "arseen, bismut, antimoon, platinum, germanium en palladium in producten.", 1330, 1336,
				"De SERV stelt voor dat de");
		action(t1, "Sensibilisatie van het belang van de productie van halffabricaten.", 1340, 1344, "Ook sensibilisatie van het belang van de  productie");

		PolicyTrack t2 = track("T2", "Recyclage en circulariteit", TrackPriority.PRIORITY, "2.4.2", 1348, 2131,
				"2.4.2 Recyclage en circulariteit");
		alias(t2, "Een holistische circulaire aanpak van de grondstoffenwaardeketen", 1204, 1204,
				"Een holistische circulaire aanpak van de grondstoffenwaardeketen");
		alias(t2, "Toepassen van 9R-raamwerk en volwaardig inzetten op circulaire economie", 476, 476,
				"Toepassen van 9R-raamwerk en volwaardig inzetten op circulaire economie");
		alias(t2, "Versterken van de recyclagecapaciteit", 231, 231, "Versterken van de recyclagecapaciteit");
		b.note(t2, "De krachtlijnen splitsen deze piste in 'Versterken van de recyclagecapaciteit' (L231) en '9R-raamwerk toepassen en "
				+ "volwaardig inzetten op circulaire economie' (L263); de inleiding (L476) en §2.4 (L1204) gebruiken nog andere namen.");
		t2.getStages().add(StageKind.WASTE_RECYCLING);
		Object[][] lines = {
				{ "Een intensieve sensibiliseringscampagne over het belang van kritieke grondstoffen voor de digitale en groene transitie "
						+ "en de verankering van de Vlaamse en Europese defensie en ruimtevaart.", 1484, 1488, "een intensieve sensibiliseringscampagne" },
				{ "Een versterkte beleidsaandacht voor de verankering en de uitbreiding van de Vlaamse productie van basismetalen.", 1490, 1494,
						"een versterkte beleidsaandacht voor de verankering en de uitbreiding van de Vlaamse" },
				{ "Het verder uitbouwen van de havens als circulaire hubs voor hergebruik of hoogwaardige recyclage van strategische "
						+ "materialen zoals batterijen en metalen.", 1496, 1512, "het verder uitbouwen van de havens als circulaire hubs" },
				{ "De intensifiëring van de samenwerking tussen producenten en recycleerders met het oog op een efficiënt en duurzaam "
						+ "afvalbeheer.", 1514, 1526, "de intensifiëring van de samenwerking tussen producenten en recycleerders" },
				{ "De bevordering en ondersteuning van kennisontwikkeling (O&O&I).", 1571, 1583, "de bevordering en ondersteuning van kennisontwikkeling" },
				{ "De opschaling van technologieën van lab tot commercialisering.", 1585, 1591, "de opschaling van technologieën van lab tot commercialisering" },
				{ "De aanwending van Europese steunprogramma's zoals Horizon Europe.", 1593, 1600, "de aanwending van Europese steunprogramma" },
				{ "Een sterkere benutting van het potentieel van 'urban mining'.", 1670, 1680, "een sterkere benutting van het potentieel van ‘urban mining’" },
				{ "Het vergroten van de Vlaamse recyclingcapaciteit door steunverlening aan grote investeringsprojecten (Strategische "
						+ "Ecologiesteun en Strategische Transformatiesteun).", 1793, 1801, "het vergroten van de Vlaamse recyclingcapaciteit door steunverlening" },
				{ "Een gericht duurzaam en innovatief aankoopbeleid.", 1803, 1811, "een gericht duurzaam en innovatief aankoopbeleid" },
				{ "Een adequaat opleidingsbeleid om de arbeidsmarkt klaar te stomen.", 1813, 1823, "een adequaat opleidingsbeleid om de arbeidsmarkt klaar te stomen" } };
		for (Object[] l : lines) {
			action(t2, (String) l[0], (Integer) l[1], (Integer) l[2], (String) l[3], RStrategy.RECYCLE);
		}
		action(t2, "Toepassing van de negen R-strategieën (R-ladder) doorheen de CRM-toeleveringsketen; de bovenste stappen (refuse, "
				+ "rethink, reduce) zijn het meest efficiënt, levensduurverlenging (reuse, repair, refurbish, remanufacturing, repurpose) "
				+ "verdient meer aandacht.", 263, 281, "toepassing van de negen R-strategieën van de circulaire economie",
				RStrategy.values());
		action(t2, "De CSRD benutten om het circulair bewustzijn en de actiebereidheid van ondernemingen aan te scherpen.", 283, 287,
				"SERV wijst erop dat de CSRD");
		action(t2, "De meerwaarde van de sociale economie erkennen in reparatie-, hergebruik-, deel- en recyclingactiviteiten.", 287, 299,
				"De SERV erkent de meerwaarde van de so-", RStrategy.REPAIR, RStrategy.REUSE, RStrategy.RECYCLE);

		PolicyTrack t3 = track("T3", "O&O&I rond kritieke grondstoffen", TrackPriority.PRIORITY, "2.4.3", 2133, 2297,
				"2.4.3 O&O&I rond kritieke grondstoffen");
		alias(t3, "Uitbouw van O&O&I rond grondstoffenzekerheid", 301, 301, "Uitbouw van O&O&I rond grondstoffenzekerheid");
		alias(t3, "Sensibiliseren voor het ontwikkelen van O&O&I-activiteiten en (internationale) samenwerking rond kritieke grondstoffen",
				478, 482, "Sensibiliseren voor het ontwikkelen van O&O&I-activiteiten en (internationale) samenwer-");
		action(t3, "Kennisinstellingen en ondernemingen sensibiliseren over het belang van O&O&I rond kritieke grondstoffen.", 301, 305,
				"moet kennisinstellingen en ondernemingen sensibiliseren over het be-");
		action(t3, "De SOC's en de speerpuntclusters als netwerkactoren laten fungeren voor O&O&I-initiatieven.", 305, 309,
				"De SOC’s en de speerpunt-");

		PolicyTrack t4 = track("T4", "Diversificatie van de aanvoerketens", TrackPriority.PRIORITY, "2.4.4", 2299, 2553,
				"2.4.4 Diversificatie van de aanvoerketens");
		alias(t4, "Diversifiëren van de aanvoerketens", 311, 311, "Diversifiëren van de aanvoerketens");
		alias(t4, "Diversifiëren van de aanvoerketens met het oog op de verbetering van de toegang tot grondstoffen", 484, 486,
				"Diversifiëren van de aanvoerketens met het oog op de verbetering van de toegang tot");
		action(t4, "Steun verlenen aan de EU bij het sluiten van vrijhandelsakkoorden en het aangaan van bilaterale en multilaterale "
				+ "partnerschappen.", 314, 320, "ren en stimuleren, door steun te verlenen aan de EU bij het sluiten van");
		action(t4, "Er bij de federale overheid op aandringen om de Belgische toetreding tot het Minerals Security Partnership Forum "
				+ "voor te bereiden.", 320, 324, "bij de federale overheid op aandringen om de Belgische toetreding tot");
		action(t4, "Zelf overleg organiseren met andere landen/deelstaten, ook buiten de EU.", 324, 328,
				"tair aan de EU-acties kan de Vlaamse overheid zelf overleg organiseren");
		action(t4, "Het dekkingsgebied van FIT-vestigingen in grondstofrijke landen overschouwen en in geval van lacunes uitbreiden.", 328,
				332, "het dekkingsgebied van FIT-vestigingen in grondstofrijke landen te");
		action(t4, "Werken aan de verduurzaming van de grondstoffenketens door gelijkwaardige partnerschappen met grondstofrijke "
				+ "ontwikkelingslanden en een eerlijke transitie.", 332, 338, "van de grondstoffenketens door gelijkwaardige partnerschappen met");

		PolicyTrack t5 = track("T5", "Monitoring en kennisopbouw", TrackPriority.PRIORITY, "2.4.5", 2554, 2661,
				"2.4.5 Monitoring en kennisopbouw");
		alias(t5, "Uitbouwen van een monitoring- en kennissysteem", 340, 340, "Uitbouwen van een monitoring- en kennissysteem");
		alias(t5, "Uitbouwen van een Vlaams monitoring- en kennissysteem", 488, 488, "Uitbouwen van een Vlaams monitoring- en kennissysteem");
		action(t5, "Een pooling van de Vlaamse kennisactoren en wisselwerking met federale overheidsinstellingen en Europese "
				+ "monitoringsystemen, om de Vlaamse afhankelijkheidsrisico's in kaart te brengen, te monitoren en te helpen beperken.",
				340, 350, "stress-testdoelstellingen van de CRMA is er nood aan een pooling van");
		action(t5, "Het monitoringssysteem laten aansluiten op de Monitor Circulaire Economie en nagaan of die kan verdiept worden "
				+ "naar kritieke grondstoffen.", 352, 362, "Dit monitoringssysteem moet goed aansluiten op de Monitor Circulaire");

		PolicyTrack t6 = track("T6", "Gezamenlijk aankoopbeleid", TrackPriority.COMPLEMENTARY, "2.5.1", 2671, 2705,
				"2.5.1 Gezamenlijk aankoopbeleid");
		alias(t6, "Voorbereiden op een gezamenlijk Europees aankoopbeleid", 492, 492, "Voorbereiden op een gezamenlijk Europees aankoopbeleid");
		action(t6, "Voorbereiden op het gezamenlijk Europees aankoopbeleid.", 366, 366, "voorbereiden op het gezamenlijk Europees aankoopbeleid");

		PolicyTrack t7 = track("T7", "Ondersteuning van Europese mijnbouw en exploratie van het Vlaamse bodempotentieel",
				TrackPriority.COMPLEMENTARY, "2.5.2", 2706, 2794, "2.5.2 Ondersteuning van Europese mijnbouw en exploratie van het Vlaamse");
		alias(t7, "Exploreren van het Vlaamse bodempotentieel", 494, 494, "Exploreren van het Vlaamse bodempotentieel");
		t7.getStages().add(StageKind.EXPLORATION);
		for (String m : new String[] { "mangaan", "lithium", "fosfaatgesteente" }) {
			t7.getMaterials().add(b.m(m));
		}
		b.cite(t7, 804, 806, "met betrekking tot mangaan en lithium, fosfaatgesteente");
		action(t7, "Lanceren van een Vlaams exploratieprogramma.", 368, 368, "lanceren van een Vlaams exploratieprogramma");

		PolicyTrack t8 = track("T8", "Aanleggen van voorraden", TrackPriority.COMPLEMENTARY, "2.5.3", 2796, 2951, "2.5.3 Aanleggen van voorraden");
		alias(t8, "Inzetten op strategische voorraadaanleg", 496, 496, "Inzetten op strategische voorraadaanleg");
		action(t8, "Het aanleggen van voorraden.", 370, 370, "het aanleggen van voorraden");

		PolicyTrack t9 = track("T9", "Inzetten op een IPCEI voor kritieke grondstoffen", TrackPriority.COMPLEMENTARY, "2.5.4", 2952, 3221,
				"2.5.4 Inzetten op een IPCEI voor kritieke grondstoffen");
		alias(t9, "Proactief meewerken aan de oprichting van een IPCEI voor kritieke grondstoffen", 498, 498,
				"Proactief meewerken aan de oprichting van een IPCEI voor kritieke grondstoffen");
		action(t9, "Meewerken aan de oprichting van een IPCEI voor kritieke grondstoffen.", 372, 374,
				"het meewerken aan de oprichting van een IPCEI voor kritieke grond-");
	}
}
