package org.helix.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Person;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Membership;

/**
 * Quadruple-helix balance of each body's membership: how many members come from government, industry, knowledge and
 * civil society. Members are counted once each, at the as-of date ({@link #members}). A membership's helix is its
 * own, else its organisation's, else its person's, else its person's organisation's. Only
 * the permanent council and sounding boards are meant to be quadruple-helix (seed 001 L3390-3403); for them a missing
 * helix is a WARNING, and so is one helix holding more than {@code maxShare} of the members. Other bodies get the
 * counts as INFO.
 */
public class HelixBalanceAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.helixBalance";
	}

	/** 1.1: one seat per organisation or person, current members only, a person's own helix counts. */
	@Override
	public String version() {
		return "1.1";
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
			List<Membership> members = members(body, context.asOf());
			if (members.isEmpty()) {
				continue;
			}
			Map<HelixKind, Integer> counts = new EnumMap<>(HelixKind.class);
			for (Membership membership : members) {
				counts.merge(helix(membership), 1, Integer::sum);
			}
			int known = members.size() - counts.getOrDefault(HelixKind.UNSPECIFIED, 0);
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
				message += "; missing: " + missing.stream().map(k -> MeetingCadenceAnalyzer.words(k.getLiteral())).collect(Collectors.joining(", "));
			}
			if (quadruple && share > maxShare) {
				severity = Severity.WARNING;
				message += String.format(Locale.ROOT, "; %s holds %.0f %% of the members with a known helix (more than %.0f %%)",
						MeetingCadenceAnalyzer.words(largest.getLiteral()), share * 100, maxShare * 100);
			}
			var finding = context.report(severity, "body.helixBalance", message, body).value("largestShare", BigDecimal.valueOf(share));
			counts.forEach((kind, count) -> finding.value(kind.getLiteral(), count));
		}
	}

	/**
	 * The body's members at the as-of date, each once: a membership that has not started or has ended by then does not
	 * count, and one organisation (or person) with several roles (member, chair, secretariat, ...) holds one seat, as
	 * "elke organisatie is vertegenwoordigd via een lid of plaatsvervangend lid" (seed 001 L3384). Counting roles made
	 * VLAIO four members of the permanent overlegorgaan.
	 */
	static List<Membership> members(GovernanceBody body, LocalDate asOf) {
		Map<Object, Membership> byMember = new LinkedHashMap<>();
		for (Membership membership : body.getMemberships()) {
			LocalDate since = membership.getSince();
			LocalDate until = membership.getUntil();
			if (since != null && since.isAfter(asOf) || until != null && until.isBefore(asOf)) {
				continue;
			}
			Object who = membership.getPerson() != null ? membership.getPerson()
					: membership.getOrganisation() != null ? membership.getOrganisation() : membership;
			byMember.putIfAbsent(who, membership);
		}
		return List.copyOf(byMember.values());
	}

	/**
	 * A membership's helix: its own, else its organisation's, else its person's, else its person's organisation's
	 * (UNSPECIFIED counts as not given at each step).
	 */
	static HelixKind helix(Membership membership) {
		if (known(membership.getHelix())) {
			return membership.getHelix();
		}
		Person person = membership.getPerson();
		for (Actor source : new Actor[] { membership.getOrganisation(), person, person == null ? null : person.getOrganisation() }) {
			if (source != null && known(source.getHelix())) {
				return source.getHelix();
			}
		}
		return HelixKind.UNSPECIFIED;
	}

	private static boolean known(HelixKind helix) {
		return helix != null && helix != HelixKind.UNSPECIFIED;
	}
}
