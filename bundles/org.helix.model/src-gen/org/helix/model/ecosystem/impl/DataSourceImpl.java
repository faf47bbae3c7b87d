/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.DataSourceKind;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.DataSourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DataSourceImpl#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DataSourceImpl#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DataSourceImpl#getCoverageShare <em>Coverage Share</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.DataSourceImpl#getProvider <em>Provider</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends NamedElementImpl implements DataSource {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DataSourceKind KIND_EDEFAULT = DataSourceKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DataSourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer FROM_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromYear() <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromYear()
	 * @generated
	 * @ordered
	 */
	protected Integer fromYear = FROM_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TO_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToYear() <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToYear()
	 * @generated
	 * @ordered
	 */
	protected Integer toYear = TO_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoverageShare() <em>Coverage Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageShare()
	 * @generated
	 * @ordered
	 */
	protected static final Double COVERAGE_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoverageShare() <em>Coverage Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageShare()
	 * @generated
	 * @ordered
	 */
	protected Double coverageShare = COVERAGE_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Organisation provider;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DataSourceKind newKind) {
		DataSourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DATA_SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getFromYear() {
		return fromYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromYear(Integer newFromYear) {
		Integer oldFromYear = fromYear;
		fromYear = newFromYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DATA_SOURCE__FROM_YEAR, oldFromYear, fromYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getToYear() {
		return toYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToYear(Integer newToYear) {
		Integer oldToYear = toYear;
		toYear = newToYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DATA_SOURCE__TO_YEAR, oldToYear, toYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCoverageShare() {
		return coverageShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoverageShare(Double newCoverageShare) {
		Double oldCoverageShare = coverageShare;
		coverageShare = newCoverageShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DATA_SOURCE__COVERAGE_SHARE, oldCoverageShare, coverageShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (Organisation)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.DATA_SOURCE__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Organisation newProvider) {
		Organisation oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.DATA_SOURCE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.DATA_SOURCE__KIND:
				return getKind();
			case EcosystemPackage.DATA_SOURCE__FROM_YEAR:
				return getFromYear();
			case EcosystemPackage.DATA_SOURCE__TO_YEAR:
				return getToYear();
			case EcosystemPackage.DATA_SOURCE__COVERAGE_SHARE:
				return getCoverageShare();
			case EcosystemPackage.DATA_SOURCE__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
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
			case EcosystemPackage.DATA_SOURCE__KIND:
				setKind((DataSourceKind)newValue);
				return;
			case EcosystemPackage.DATA_SOURCE__FROM_YEAR:
				setFromYear((Integer)newValue);
				return;
			case EcosystemPackage.DATA_SOURCE__TO_YEAR:
				setToYear((Integer)newValue);
				return;
			case EcosystemPackage.DATA_SOURCE__COVERAGE_SHARE:
				setCoverageShare((Double)newValue);
				return;
			case EcosystemPackage.DATA_SOURCE__PROVIDER:
				setProvider((Organisation)newValue);
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
			case EcosystemPackage.DATA_SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.DATA_SOURCE__FROM_YEAR:
				setFromYear(FROM_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.DATA_SOURCE__TO_YEAR:
				setToYear(TO_YEAR_EDEFAULT);
				return;
			case EcosystemPackage.DATA_SOURCE__COVERAGE_SHARE:
				setCoverageShare(COVERAGE_SHARE_EDEFAULT);
				return;
			case EcosystemPackage.DATA_SOURCE__PROVIDER:
				setProvider((Organisation)null);
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
			case EcosystemPackage.DATA_SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.DATA_SOURCE__FROM_YEAR:
				return FROM_YEAR_EDEFAULT == null ? fromYear != null : !FROM_YEAR_EDEFAULT.equals(fromYear);
			case EcosystemPackage.DATA_SOURCE__TO_YEAR:
				return TO_YEAR_EDEFAULT == null ? toYear != null : !TO_YEAR_EDEFAULT.equals(toYear);
			case EcosystemPackage.DATA_SOURCE__COVERAGE_SHARE:
				return COVERAGE_SHARE_EDEFAULT == null ? coverageShare != null : !COVERAGE_SHARE_EDEFAULT.equals(coverageShare);
			case EcosystemPackage.DATA_SOURCE__PROVIDER:
				return provider != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", fromYear: ");
		result.append(fromYear);
		result.append(", toYear: ");
		result.append(toYear);
		result.append(", coverageShare: ");
		result.append(coverageShare);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
