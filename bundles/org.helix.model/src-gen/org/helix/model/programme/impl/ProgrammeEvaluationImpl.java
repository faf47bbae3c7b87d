/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.programme.EvaluationMethod;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeEvaluation;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.Realisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl#getMethods <em>Methods</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl#getImprovementPoints <em>Improvement Points</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl#getEvaluatedProgramme <em>Evaluated Programme</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ProgrammeEvaluationImpl#getRealisations <em>Realisations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeEvaluationImpl extends NamedElementImpl implements ProgrammeEvaluation {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMethods() <em>Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationMethod> methods;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> findings;

	/**
	 * The cached value of the '{@link #getImprovementPoints() <em>Improvement Points</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprovementPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<String> improvementPoints;

	/**
	 * The cached value of the '{@link #getEvaluatedProgramme() <em>Evaluated Programme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedProgramme()
	 * @generated
	 * @ordered
	 */
	protected Programme evaluatedProgramme;

	/**
	 * The cached value of the '{@link #getRealisations() <em>Realisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRealisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Realisation> realisations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeEvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.PROGRAMME_EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME_EVALUATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationMethod> getMethods() {
		if (methods == null) {
			methods = new EDataTypeUniqueEList<EvaluationMethod>(EvaluationMethod.class, this, ProgrammePackage.PROGRAMME_EVALUATION__METHODS);
		}
		return methods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFindings() {
		if (findings == null) {
			findings = new EDataTypeUniqueEList<String>(String.class, this, ProgrammePackage.PROGRAMME_EVALUATION__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getImprovementPoints() {
		if (improvementPoints == null) {
			improvementPoints = new EDataTypeUniqueEList<String>(String.class, this, ProgrammePackage.PROGRAMME_EVALUATION__IMPROVEMENT_POINTS);
		}
		return improvementPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Programme getEvaluatedProgramme() {
		if (evaluatedProgramme != null && evaluatedProgramme.eIsProxy()) {
			InternalEObject oldEvaluatedProgramme = (InternalEObject)evaluatedProgramme;
			evaluatedProgramme = (Programme)eResolveProxy(oldEvaluatedProgramme);
			if (evaluatedProgramme != oldEvaluatedProgramme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.PROGRAMME_EVALUATION__EVALUATED_PROGRAMME, oldEvaluatedProgramme, evaluatedProgramme));
			}
		}
		return evaluatedProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Programme basicGetEvaluatedProgramme() {
		return evaluatedProgramme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluatedProgramme(Programme newEvaluatedProgramme) {
		Programme oldEvaluatedProgramme = evaluatedProgramme;
		evaluatedProgramme = newEvaluatedProgramme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.PROGRAMME_EVALUATION__EVALUATED_PROGRAMME, oldEvaluatedProgramme, evaluatedProgramme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Realisation> getRealisations() {
		if (realisations == null) {
			realisations = new EObjectContainmentEList<Realisation>(Realisation.class, this, ProgrammePackage.PROGRAMME_EVALUATION__REALISATIONS);
		}
		return realisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME_EVALUATION__REALISATIONS:
				return ((InternalEList<?>)getRealisations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME_EVALUATION__DATE:
				return getDate();
			case ProgrammePackage.PROGRAMME_EVALUATION__METHODS:
				return getMethods();
			case ProgrammePackage.PROGRAMME_EVALUATION__FINDINGS:
				return getFindings();
			case ProgrammePackage.PROGRAMME_EVALUATION__IMPROVEMENT_POINTS:
				return getImprovementPoints();
			case ProgrammePackage.PROGRAMME_EVALUATION__EVALUATED_PROGRAMME:
				if (resolve) return getEvaluatedProgramme();
				return basicGetEvaluatedProgramme();
			case ProgrammePackage.PROGRAMME_EVALUATION__REALISATIONS:
				return getRealisations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME_EVALUATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__METHODS:
				getMethods().clear();
				getMethods().addAll((Collection<? extends EvaluationMethod>)newValue);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends String>)newValue);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__IMPROVEMENT_POINTS:
				getImprovementPoints().clear();
				getImprovementPoints().addAll((Collection<? extends String>)newValue);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__EVALUATED_PROGRAMME:
				setEvaluatedProgramme((Programme)newValue);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__REALISATIONS:
				getRealisations().clear();
				getRealisations().addAll((Collection<? extends Realisation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME_EVALUATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__METHODS:
				getMethods().clear();
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__FINDINGS:
				getFindings().clear();
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__IMPROVEMENT_POINTS:
				getImprovementPoints().clear();
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__EVALUATED_PROGRAMME:
				setEvaluatedProgramme((Programme)null);
				return;
			case ProgrammePackage.PROGRAMME_EVALUATION__REALISATIONS:
				getRealisations().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProgrammePackage.PROGRAMME_EVALUATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case ProgrammePackage.PROGRAMME_EVALUATION__METHODS:
				return methods != null && !methods.isEmpty();
			case ProgrammePackage.PROGRAMME_EVALUATION__FINDINGS:
				return findings != null && !findings.isEmpty();
			case ProgrammePackage.PROGRAMME_EVALUATION__IMPROVEMENT_POINTS:
				return improvementPoints != null && !improvementPoints.isEmpty();
			case ProgrammePackage.PROGRAMME_EVALUATION__EVALUATED_PROGRAMME:
				return evaluatedProgramme != null;
			case ProgrammePackage.PROGRAMME_EVALUATION__REALISATIONS:
				return realisations != null && !realisations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: ");
		result.append(date);
		result.append(", methods: ");
		result.append(methods);
		result.append(", findings: ");
		result.append(findings);
		result.append(", improvementPoints: ");
		result.append(improvementPoints);
		result.append(')');
		return result.toString();
	}

} //ProgrammeEvaluationImpl
