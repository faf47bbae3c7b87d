/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.InvestmentQuadrant;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.TechnologyPosition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Technology Position</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl#getRelatednessDensity <em>Relatedness Density</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl#getComplexity <em>Complexity</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl#getRca <em>Rca</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl#getQuadrant <em>Quadrant</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyPositionImpl#getDataSource <em>Data Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TechnologyPositionImpl extends HelixElementImpl implements TechnologyPosition {
	/**
	 * The default value of the '{@link #getRelatednessDensity() <em>Relatedness Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatednessDensity()
	 * @generated
	 * @ordered
	 */
	protected static final Double RELATEDNESS_DENSITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelatednessDensity() <em>Relatedness Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatednessDensity()
	 * @generated
	 * @ordered
	 */
	protected Double relatednessDensity = RELATEDNESS_DENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplexity() <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplexity()
	 * @generated
	 * @ordered
	 */
	protected static final Double COMPLEXITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComplexity() <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplexity()
	 * @generated
	 * @ordered
	 */
	protected Double complexity = COMPLEXITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRca() <em>Rca</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRca()
	 * @generated
	 * @ordered
	 */
	protected static final Double RCA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRca() <em>Rca</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRca()
	 * @generated
	 * @ordered
	 */
	protected Double rca = RCA_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuadrant() <em>Quadrant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuadrant()
	 * @generated
	 * @ordered
	 */
	protected static final InvestmentQuadrant QUADRANT_EDEFAULT = InvestmentQuadrant.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getQuadrant() <em>Quadrant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuadrant()
	 * @generated
	 * @ordered
	 */
	protected InvestmentQuadrant quadrant = QUADRANT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource dataSource;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TechnologyPositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.TECHNOLOGY_POSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRelatednessDensity() {
		return relatednessDensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelatednessDensity(Double newRelatednessDensity) {
		Double oldRelatednessDensity = relatednessDensity;
		relatednessDensity = newRelatednessDensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY_POSITION__RELATEDNESS_DENSITY, oldRelatednessDensity, relatednessDensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getComplexity() {
		return complexity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplexity(Double newComplexity) {
		Double oldComplexity = complexity;
		complexity = newComplexity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY_POSITION__COMPLEXITY, oldComplexity, complexity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getRca() {
		return rca;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRca(Double newRca) {
		Double oldRca = rca;
		rca = newRca;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY_POSITION__RCA, oldRca, rca));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InvestmentQuadrant getQuadrant() {
		return quadrant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuadrant(InvestmentQuadrant newQuadrant) {
		InvestmentQuadrant oldQuadrant = quadrant;
		quadrant = newQuadrant == null ? QUADRANT_EDEFAULT : newQuadrant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY_POSITION__QUADRANT, oldQuadrant, quadrant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.TECHNOLOGY_POSITION__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY_POSITION__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getDataSource() {
		if (dataSource != null && dataSource.eIsProxy()) {
			InternalEObject oldDataSource = (InternalEObject)dataSource;
			dataSource = (DataSource)eResolveProxy(oldDataSource);
			if (dataSource != oldDataSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.TECHNOLOGY_POSITION__DATA_SOURCE, oldDataSource, dataSource));
			}
		}
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(DataSource newDataSource) {
		DataSource oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY_POSITION__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.TECHNOLOGY_POSITION__RELATEDNESS_DENSITY:
				return getRelatednessDensity();
			case EcosystemPackage.TECHNOLOGY_POSITION__COMPLEXITY:
				return getComplexity();
			case EcosystemPackage.TECHNOLOGY_POSITION__RCA:
				return getRca();
			case EcosystemPackage.TECHNOLOGY_POSITION__QUADRANT:
				return getQuadrant();
			case EcosystemPackage.TECHNOLOGY_POSITION__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
			case EcosystemPackage.TECHNOLOGY_POSITION__DATA_SOURCE:
				if (resolve) return getDataSource();
				return basicGetDataSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EcosystemPackage.TECHNOLOGY_POSITION__RELATEDNESS_DENSITY:
				setRelatednessDensity((Double)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__COMPLEXITY:
				setComplexity((Double)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__RCA:
				setRca((Double)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__QUADRANT:
				setQuadrant((InvestmentQuadrant)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__DATA_SOURCE:
				setDataSource((DataSource)newValue);
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
			case EcosystemPackage.TECHNOLOGY_POSITION__RELATEDNESS_DENSITY:
				setRelatednessDensity(RELATEDNESS_DENSITY_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__COMPLEXITY:
				setComplexity(COMPLEXITY_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__RCA:
				setRca(RCA_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__QUADRANT:
				setQuadrant(QUADRANT_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
				return;
			case EcosystemPackage.TECHNOLOGY_POSITION__DATA_SOURCE:
				setDataSource((DataSource)null);
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
			case EcosystemPackage.TECHNOLOGY_POSITION__RELATEDNESS_DENSITY:
				return RELATEDNESS_DENSITY_EDEFAULT == null ? relatednessDensity != null : !RELATEDNESS_DENSITY_EDEFAULT.equals(relatednessDensity);
			case EcosystemPackage.TECHNOLOGY_POSITION__COMPLEXITY:
				return COMPLEXITY_EDEFAULT == null ? complexity != null : !COMPLEXITY_EDEFAULT.equals(complexity);
			case EcosystemPackage.TECHNOLOGY_POSITION__RCA:
				return RCA_EDEFAULT == null ? rca != null : !RCA_EDEFAULT.equals(rca);
			case EcosystemPackage.TECHNOLOGY_POSITION__QUADRANT:
				return quadrant != QUADRANT_EDEFAULT;
			case EcosystemPackage.TECHNOLOGY_POSITION__JURISDICTION:
				return jurisdiction != null;
			case EcosystemPackage.TECHNOLOGY_POSITION__DATA_SOURCE:
				return dataSource != null;
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
		result.append(" (relatednessDensity: ");
		result.append(relatednessDensity);
		result.append(", complexity: ");
		result.append(complexity);
		result.append(", rca: ");
		result.append(rca);
		result.append(", quadrant: ");
		result.append(quadrant);
		result.append(')');
		return result.toString();
	}

} //TechnologyPositionImpl
