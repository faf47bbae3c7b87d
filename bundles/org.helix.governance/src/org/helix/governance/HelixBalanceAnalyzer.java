package org.helix.governance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Membership;

/**
 * Quadruple-helix balance of each body's membership: how many members come from government, industry, knowledge and
 * civil society. A membership's helix is its own, else its organisation's, else its person's organisation's. Only
 * the permanent council and sounding boards are meant to be quadruple-helix (seed 001 L3390-3403); for them a missing
 * helix is a WARNING, and so is one helix holding more than {@code maxShare} of the members. Other bodies get the
 * counts as INFO.
 */
public class HelixBalanceAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.helixBalance";
	}

	@Override
	public String label() {
		return "Quadruple-helix balance";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(GovernancePackage.Literals.GOVERNANCE_BODY);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("maxShare", ParameterType.DECIMAL, "0.5", "largest share of the members one helix may hold"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		double maxShare = context.number("maxShare").doubleValue();
		for (GovernanceBody body : context.model().getGovernanceBodies()) {
			if (body.getMemberships().isEmpty()) {
				continue;
			}
			Map<HelixKind, Integer> counts = new EnumMap<>(HelixKind.class);
			for (Membership membership : body.getMemberships()) {
				counts.merge(helix(membership), 1, Integer::sum);
			}
			int known = body.getMemberships().size() - counts.getOrDefault(HelixKind.UNSPECIFIED, 0);
			String summary = List.of(HelixKind.GOVERNMENT, HelixKind.INDUSTRY, HelixKind.KNOWLEDGE, HelixKind.CIVIL_SOCIETY).stream()
					.map(k -> k.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + counts.getOrDefault(k, 0))
					.collect(Collectors.joining(", "))
					+ (counts.containsKey(HelixKind.UNSPECIFIED) ? ", unknown " + counts.get(HelixKind.UNSPECIFIED) : "");
			boolean quadruple = body.getKind() == BodyKind.PERMANENT_COUNCIL || body.getKind() == BodyKind.SOUNDING_BOARD;
			List<HelixKind> missing = List.of(HelixKind.GOVERNMENT, HelixKind.INDUSTRY, HelixKind.KNOWLEDGE, HelixKind.CIVIL_SOCIETY)
					.stream().filter(k -> !counts.containsKey(k)).toList();
			HelixKind largest = counts.entrySet().stream().filter(e -> e.getKey() != HelixKind.UNSPECIFIED)
					.max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
			double share = largest == null || known == 0 ? 0 : counts.get(largest) / (double) known;
			Severity severity = Severity.INFO;
			String message = "Members by helix: " + summary;
			if (quadruple && !missing.isEmpty()) {
				severity = Severity.WARNING;
				message += "; missing: " + missing.stream().map(HelixKind::getLiteral).collect(Collectors.joining(", "));
			}
			if (quadruple && share > maxShare) {
				severity = Severity.WARNING;
				message += String.format(Locale.ROOT, "; %s holds %.0f %% of the members with a known helix (more than %.0f %%)",
						largest.getLiteral(), share * 100, maxShare * 100);
			}
			var finding = context.report(severity, "body.helixBalance", message, body).value("largestShare", BigDecimal.valueOf(share));
			counts.forEach((kind, count) -> finding.value(kind.getLiteral(), count));
		}
	}

	static HelixKind helix(Membership membership) {
		if (membership.getHelix() != null && membership.getHelix() != HelixKind.UNSPECIFIED) {
			return membership.getHelix();
		}
		Organisation organisation = membership.getOrganisation();
		if (organisation == null && membership.getPerson() != null) {
			organisation = membership.getPerson().getOrganisation();
		}
		if (organisation != null && organisation.getHelix() != null) {
			return organisation.getHelix();
		}
		return HelixKind.UNSPECIFIED;
	}
}
