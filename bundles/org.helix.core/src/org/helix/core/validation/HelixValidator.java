package org.helix.core.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.RagStatus;

/**
 * The Helix rules on top of EMF's structural checks (multiplicities, unresolved proxies, references to elements
 * outside any resource, data types), which it inherits from {@link EObjectValidator}. Register it for the five Helix
 * packages with {@link #register(EValidator.Registry)}.
 *
 * <p>The rules are written against feature names rather than per class, because the same pairs recur across the
 * metamodel (fromYear/toYear on instruments, amounts and data sources; since/until on memberships; ...).
 */
public class HelixValidator extends EObjectValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.helix.core";

	public static final HelixValidator INSTANCE = new HelixValidator();

	public static final int REQUIRED_NAME = 1;
	public static final int ORDER = 2;
	public static final int RANGE = 3;
	public static final int BUDGET = 4;
	public static final int DUPLICATE_ID = 5;
	public static final int DANGLING = 6;
	public static final int OVERRIDE_UNJUSTIFIED = 7;

	/** Pairs (earlier, later) that must not be reversed when both are set. */
	private static final List<String[]> ORDERED_PAIRS = List.of(
			new String[] { "startYear", "endYear" },
			new String[] { "fromYear", "toYear" },
			new String[] { "fromLine", "toLine" },
			new String[] { "since", "until" },
			new String[] { "established", "dissolved" },
			new String[] { "callOpens", "callCloses" },
			new String[] { "requestDate", "date" },
			new String[] { "trlMin", "trlMax" },
			new String[] { "amount", "maxAmount" },
			new String[] { "lowerBound", "upperBound" },
			new String[] { "baseYear", "year" },
			new String[] { "baselineYear", "targetYear" },
			// an error like every reversed pair: the period contradicts itself, and monitoring cannot rate the action
			new String[] { "plannedStart", "plannedEnd" });

	/**
	 * Shares are fractions, 0..1: "60 %" in a seed is stored as 0.6 (docs/metamodel.md). A value such as 60 is the
	 * typical slip this rule catches.
	 */
	private static final List<String> SHARES = List.of("share", "shareOfRecipientInput", "coverageShare");

	/** Technology readiness levels run from 1 to 9. */
	private static final List<String> TRLS = List.of("trlMin", "trlMax");

	/** Percentages, 0..100: unlike the shares, the field's name says percent (docs/metamodel.md). */
	private static final List<String> PERCENTAGES = List.of("percentComplete");

	private static final List<String> MONEY = List.of("budgetPlanned", "budgetCommitted", "budgetSpent", "amount", "maxAmount");

	public static void register(EValidator.Registry registry) {
		for (var ePackage : HelixPersistence.packages()) {
			registry.put(ePackage, INSTANCE);
		}
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
		if (!valid && diagnostics == null) {
			return false;
		}
		valid &= validateName(object, diagnostics, context);
		valid &= validateOrder(object, diagnostics, context);
		valid &= validateRanges(object, diagnostics, context);
		valid &= validateBudget(object, diagnostics, context);
		valid &= validateRagOverride(object, diagnostics, context);
		valid &= validateReferencesInModel(object, diagnostics, context);
		if (object.eContainer() == null) {
			valid &= validateUniqueIds(object, diagnostics, context);
		}
		return valid;
	}

	/** Replaced by {@link #validateUniqueIds}, which also works for models not (yet) in a resource. */
	@Override
	public boolean validate_UniqueID(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private boolean validateName(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof NamedElement named) || !ElementLabels.isBlank(named.getName())) {
			return true;
		}
		if (object instanceof HelixModel model && !ElementLabels.isBlank(model.getTitle())) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, REQUIRED_NAME, object,
				label(object, context) + " has no name; every " + object.eClass().getName() + " needs one.");
	}

	private boolean validateOrder(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (String[] pair : ORDERED_PAIRS) {
			EStructuralFeature first = single(object.eClass(), pair[0]);
			EStructuralFeature second = single(object.eClass(), pair[1]);
			if (first == null || second == null) {
				continue;
			}
			Object earlier = object.eGet(first);
			Object later = object.eGet(second);
			if (earlier instanceof Comparable && later != null && earlier.getClass() == later.getClass()
					&& compare(earlier, later) > 0) {
				valid &= report(diagnostics, Diagnostic.ERROR, ORDER, object,
						label(object, context) + ": " + ElementLabels.featureLabel(first) + " " + text(earlier)
								+ " is after " + ElementLabels.featureLabel(second) + " " + text(later) + ".");
			}
		}
		return valid;
	}

	private boolean validateRanges(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (String name : SHARES) {
			valid &= checkRange(object, name, 0, 1, "a fraction between 0 and 1 (60 % is 0.6)", diagnostics, context);
		}
		for (String name : TRLS) {
			valid &= checkRange(object, name, 1, 9, "a technology readiness level between 1 and 9", diagnostics, context);
		}
		for (String name : PERCENTAGES) {
			valid &= checkRange(object, name, 0, 100, "a percentage between 0 and 100 (60 % is 60)", diagnostics, context);
		}
		for (String name : MONEY) {
			valid &= checkRange(object, name, 0, Double.MAX_VALUE, "an amount of 0 or more", diagnostics, context);
		}
		return valid;
	}

	private boolean checkRange(EObject object, String name, double min, double max, String expected,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		EStructuralFeature feature = single(object.eClass(), name);
		if (feature == null || !(object.eGet(feature) instanceof Number number)) {
			return true;
		}
		double value = number.doubleValue();
		if (value >= min && value <= max) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, RANGE, object, label(object, context) + ": "
				+ ElementLabels.featureLabel(feature) + " is " + text(number) + ", expected " + expected + ".");
	}

	/** Committed above planned and spent above committed are possible (overruns) but worth a look: warnings. */
	private boolean validateBudget(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		BigDecimal planned = decimal(object, "budgetPlanned");
		BigDecimal committed = decimal(object, "budgetCommitted");
		BigDecimal spent = decimal(object, "budgetSpent");
		boolean valid = true;
		if (planned != null && committed != null && committed.compareTo(planned) > 0) {
			valid &= report(diagnostics, Diagnostic.WARNING, BUDGET, object, label(object, context)
					+ ": committed budget " + text(committed) + " is above the planned budget " + text(planned) + ".");
		}
		if (committed != null && spent != null && spent.compareTo(committed) > 0) {
			valid &= report(diagnostics, Diagnostic.WARNING, BUDGET, object, label(object, context)
					+ ": spent budget " + text(spent) + " is above the committed budget " + text(committed) + ".");
		}
		return valid;
	}

	/**
	 * A manual RAG without a reason is ignored by monitoring (ActionRating), so the coordinator believes a colour that
	 * counts nowhere: a warning, since the model is still consistent and the justification may follow.
	 */
	private boolean validateRagOverride(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof PriorityAction action) || action.getRagOverride() == null
				|| action.getRagOverride() == RagStatus.UNSPECIFIED || !ElementLabels.isBlank(action.getRagOverrideJustification())) {
			return true;
		}
		return report(diagnostics, Diagnostic.WARNING, OVERRIDE_UNJUSTIFIED, object, label(object, context) + ": RAG override "
				+ action.getRagOverride().getName() + " has no justification; it is ignored until one is given.");
	}

	/**
	 * EMF reports references to elements outside any resource only for elements that are in a resource; this covers
	 * models built in memory and not saved yet.
	 */
	private boolean validateReferencesInModel(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object.eResource() != null) {
			return true;
		}
		boolean valid = true;
		EObject root = EcoreUtil.getRootContainer(object);
		for (EContentsEList.FeatureIterator<EObject> it = (EContentsEList.FeatureIterator<EObject>) object.eCrossReferences().iterator(); it.hasNext();) {
			EObject target = it.next();
			if (!target.eIsProxy() && target.eResource() == null && EcoreUtil.getRootContainer(target) != root) {
				valid &= report(diagnostics, Diagnostic.ERROR, DANGLING, object, label(object, context) + ": "
						+ it.feature().getName() + " refers to " + label(target, context)
						+ ", which is not part of the model (a dangling reference).");
			}
		}
		return valid;
	}

	private boolean validateUniqueIds(EObject root, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Map<String, EObject> seen = new HashMap<>();
		boolean valid = checkId(root, seen, diagnostics, context);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			valid &= checkId(it.next(), seen, diagnostics, context);
		}
		return valid;
	}

	private boolean checkId(EObject object, Map<String, EObject> seen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Identifiable identifiable) || identifiable.getId() == null) {
			return true;
		}
		EObject first = seen.putIfAbsent(identifiable.getId(), object);
		if (first == null) {
			return true;
		}
		return report(diagnostics, Diagnostic.ERROR, DUPLICATE_ID, object, label(object, context) + " has the id '"
				+ identifiable.getId() + "', which " + label(first, context) + " already has; ids must be unique.");
	}

	private static boolean report(DiagnosticChain diagnostics, int severity, int code, EObject object, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, new Object[] { object }));
		}
		return severity != Diagnostic.ERROR;
	}

	private String label(EObject object, Map<Object, Object> context) {
		return getObjectLabel(object, context);
	}

	private static EStructuralFeature single(EClass eClass, String name) {
		EStructuralFeature feature = eClass.getEStructuralFeature(name);
		return feature != null && !feature.isMany() ? feature : null;
	}

	private static BigDecimal decimal(EObject object, String name) {
		EStructuralFeature feature = single(object.eClass(), name);
		return feature != null && object.eGet(feature) instanceof BigDecimal value ? value : null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object a, Object b) {
		return ((Comparable) a).compareTo(b);
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return String.valueOf(value);
	}
}
