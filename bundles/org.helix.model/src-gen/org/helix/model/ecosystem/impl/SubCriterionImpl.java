/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.Indicator;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.SubCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sub Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.SubCriterionImpl#getWording <em>Wording</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.SubCriterionImpl#getCompetence <em>Competence</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.SubCriterionImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubCriterionImpl extends NamedElementImpl implements SubCriterion {
	/**
	 * The default value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected static final String WORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWording() <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWording()
	 * @generated
	 * @ordered
	 */
	protected String wording = WORDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompetence() <em>Competence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetence()
	 * @generated
	 * @ordered
	 */
	protected static final GovernanceLevel COMPETENCE_EDEFAULT = GovernanceLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCompetence() <em>Competence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetence()
	 * @generated
	 * @ordered
	 */
	protected GovernanceLevel competence = COMPETENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.SUB_CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWording() {
		return wording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWording(String newWording) {
		String oldWording = wording;
		wording = newWording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.SUB_CRITERION__WORDING, oldWording, wording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceLevel getCompetence() {
		return competence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetence(GovernanceLevel newCompetence) {
		GovernanceLevel oldCompetence = competence;
		competence = newCompetence == null ? COMPETENCE_EDEFAULT : newCompetence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.SUB_CRITERION__COMPETENCE, oldCompetence, competence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, EcosystemPackage.SUB_CRITERION__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.SUB_CRITERION__WORDING:
				return getWording();
			case EcosystemPackage.SUB_CRITERION__COMPETENCE:
				return getCompetence();
			case EcosystemPackage.SUB_CRITERION__INDICATORS:
				return getIndicators();
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
			case EcosystemPackage.SUB_CRITERION__WORDING:
				setWording((String)newValue);
				return;
			case EcosystemPackage.SUB_CRITERION__COMPETENCE:
				setCompetence((GovernanceLevel)newValue);
				return;
			case EcosystemPackage.SUB_CRITERION__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case EcosystemPackage.SUB_CRITERION__WORDING:
				setWording(WORDING_EDEFAULT);
				return;
			case EcosystemPackage.SUB_CRITERION__COMPETENCE:
				setCompetence(COMPETENCE_EDEFAULT);
				return;
			case EcosystemPackage.SUB_CRITERION__INDICATORS:
				getIndicators().clear();
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
			case EcosystemPackage.SUB_CRITERION__WORDING:
				return WORDING_EDEFAULT == null ? wording != null : !WORDING_EDEFAULT.equals(wording);
			case EcosystemPackage.SUB_CRITERION__COMPETENCE:
				return competence != COMPETENCE_EDEFAULT;
			case EcosystemPackage.SUB_CRITERION__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(" (wording: ");
		result.append(wording);
		result.append(", competence: ");
		result.append(competence);
		result.append(')');
		return result.toString();
	}

} //SubCriterionImpl
