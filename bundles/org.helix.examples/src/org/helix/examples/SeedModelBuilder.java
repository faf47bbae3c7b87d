package org.helix.examples;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.AmountPeriod;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.DocumentKind;
import org.helix.model.core.Figure;
import org.helix.model.core.FigureKind;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.MonetaryAmount;
import org.helix.model.core.NamedElement;
import org.helix.model.core.SourceCitation;
import org.helix.model.core.SourceDocument;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.materials.MaterialsFactory;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.Recommendation;

/**
 * Common plumbing for the builders of the seed-based examples: one model, one seed document, and short factory
 * methods that create an element, name it and cite the seed lines it comes from. Quotes passed to the citing
 * methods are exact extracts of the cited lines (the example tests check this against the seed text).
 */
abstract class SeedModelBuilder {

	static final CoreFactory CORE = CoreFactory.eINSTANCE;
	static final EcosystemFactory ECO = EcosystemFactory.eINSTANCE;
	static final GovernanceFactory GOV = GovernanceFactory.eINSTANCE;
	static final ProgrammeFactory PROG = ProgrammeFactory.eINSTANCE;
	static final MaterialsFactory MAT = MaterialsFactory.eINSTANCE;

	final String seed;
	final HelixModel model;
	SourceDocument document;

	SeedModelBuilder(String seed, String title) {
		this.seed = seed;
		this.model = CORE.createHelixModel();
		model.setTitle(title);
		model.setName(title);
	}

	/** Cites lines {@code from..to} of this builder's seed, with an exact extract of those lines (may be null). */
	<T extends HelixElement> T cite(T element, int from, int to, String quote) {
		return ExampleSupport.cite(element, seed, from, to, quote);
	}

	<T extends HelixElement> T cite(T element, int line, String quote) {
		return cite(element, line, line, quote);
	}

	<T extends HelixElement> T note(T element, String text) {
		return ExampleSupport.note(element, text);
	}

	<T extends NamedElement> T named(T element, String name, String description) {
		element.setName(name);
		element.setDescription(description);
		return element;
	}

	SourceDocument sourceDocument(String name, DocumentKind kind, String language) {
		document = CORE.createSourceDocument();
		document.setName(name);
		document.setDocumentId(seed);
		document.setKind(kind);
		document.setLanguage(language);
		model.getSourceDocuments().add(document);
		return document;
	}

	Jurisdiction jurisdiction(String name, JurisdictionLevel level, String iso, Boolean euMember, Jurisdiction parent) {
		Jurisdiction j = named(ECO.createJurisdiction(), name, null);
		j.setLevel(level);
		j.setIsoCode(iso);
		j.setEuMemberState(euMember);
		j.setParent(parent);
		model.getJurisdictions().add(j);
		return j;
	}

	Organisation organisation(String name, String abbreviation, OrganisationKind kind, HelixKind helix,
			Jurisdiction jurisdiction) {
		Organisation o = named(ECO.createOrganisation(), name, null);
		o.setAbbreviation(abbreviation);
		o.setKind(kind);
		o.setHelix(helix);
		o.setJurisdiction(jurisdiction);
		model.getActors().add(o);
		return o;
	}

	Indicator indicator(String name, String description) {
		Indicator i = named(CORE.createIndicator(), name, description);
		model.getIndicators().add(i);
		return i;
	}

	static MonetaryAmount euro(String amount, AmountPeriod period, Integer fromYear, Integer toYear, String purpose) {
		MonetaryAmount m = CORE.createMonetaryAmount();
		m.setAmount(amount == null ? null : new BigDecimal(amount));
		m.setCurrency("EUR");
		m.setPeriod(period);
		m.setFromYear(fromYear);
		m.setToYear(toYear);
		m.setPurpose(purpose);
		return m;
	}

	Recommendation recommendation(Recommendation parent, String code, String name, String text) {
		Recommendation r = named(PROG.createRecommendation(), name, null);
		r.setCode(code);
		r.setText(text);
		if (parent == null) {
			model.getRecommendations().add(r);
		} else {
			parent.getSubRecommendations().add(r);
		}
		return r;
	}

	/**
	 * Adds to {@code holder} a figure the seed states about it, cited with lines {@code from..to} and an exact extract
	 * of those lines, which is also kept as the figure's wording. Values are as the seed states them; money in EUR.
	 */
	Figure figure(NamedElement holder, String label, FigureKind kind, String value, String maxValue, String unit,
			Integer year, Integer toYear, int from, int to, String quote) {
		Figure figure = CORE.createFigure();
		figure.setLabel(label);
		figure.setKind(kind);
		figure.setValue(dec(value));
		figure.setMaxValue(dec(maxValue));
		figure.setUnit(unit);
		figure.setYear(year);
		figure.setToYear(toYear);
		figure.setText(quote);
		holder.getFigures().add(figure);
		return cite(figure, from, to, quote);
	}

	/** The element of this model with that type and name; fails when there is none, so a renamed holder is noticed. */
	<T extends NamedElement> T find(Class<T> type, String name) {
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next) && name.equals(((NamedElement) next).getName())) {
				return type.cast(next);
			}
		}
		throw new IllegalStateException("no " + type.getSimpleName() + " named " + name);
	}

	static BigDecimal dec(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	/** Links every citation of this seed to its source document; the caller then assigns the ids. */
	HelixModel linkCitations() {
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof SourceCitation citation && seed.equals(citation.getDocumentId())) {
				citation.setDocument(document);
				citation.setDocumentTitle(document.getName());
			}
		}
		return model;
	}
}
