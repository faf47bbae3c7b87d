/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyCategory;
import org.helix.model.ecosystem.TechnologyPosition;
import org.helix.model.ecosystem.TransitionPath;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Technology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getTransitionPath <em>Transition Path</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getTrlMin <em>Trl Min</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getTrlMax <em>Trl Max</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getPositions <em>Positions</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.TechnologyImpl#getRatings <em>Ratings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TechnologyImpl extends NamedElementImpl implements Technology {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final TechnologyCategory CATEGORY_EDEFAULT = TechnologyCategory.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected TechnologyCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransitionPath() <em>Transition Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitionPath()
	 * @generated
	 * @ordered
	 */
	protected static final TransitionPath TRANSITION_PATH_EDEFAULT = TransitionPath.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getTransitionPath() <em>Transition Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitionPath()
	 * @generated
	 * @ordered
	 */
	protected TransitionPath transitionPath = TRANSITION_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrlMin() <em>Trl Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMin()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TRL_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrlMin() <em>Trl Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMin()
	 * @generated
	 * @ordered
	 */
	protected Integer trlMin = TRL_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrlMax() <em>Trl Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMax()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TRL_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrlMax() <em>Trl Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrlMax()
	 * @generated
	 * @ordered
	 */
	protected Integer trlMax = TRL_MAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Technology parent;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The cached value of the '{@link #getPositions() <em>Positions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositions()
	 * @generated
	 * @ordered
	 */
	protected EList<TechnologyPosition> positions;

	/**
	 * The cached value of the '{@link #getRatings() <em>Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<Rating> ratings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TechnologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.TECHNOLOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TechnologyCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(TechnologyCategory newCategory) {
		TechnologyCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionPath getTransitionPath() {
		return transitionPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransitionPath(TransitionPath newTransitionPath) {
		TransitionPath oldTransitionPath = transitionPath;
		transitionPath = newTransitionPath == null ? TRANSITION_PATH_EDEFAULT : newTransitionPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY__TRANSITION_PATH, oldTransitionPath, transitionPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTrlMin() {
		return trlMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrlMin(Integer newTrlMin) {
		Integer oldTrlMin = trlMin;
		trlMin = newTrlMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY__TRL_MIN, oldTrlMin, trlMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTrlMax() {
		return trlMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrlMax(Integer newTrlMax) {
		Integer oldTrlMax = trlMax;
		trlMax = newTrlMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY__TRL_MAX, oldTrlMax, trlMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Technology getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Technology)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.TECHNOLOGY__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Technology basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Technology newParent) {
		Technology oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.TECHNOLOGY__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, EcosystemPackage.TECHNOLOGY__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TechnologyPosition> getPositions() {
		if (positions == null) {
			positions = new EObjectContainmentEList<TechnologyPosition>(TechnologyPosition.class, this, EcosystemPackage.TECHNOLOGY__POSITIONS);
		}
		return positions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rating> getRatings() {
		if (ratings == null) {
			ratings = new EObjectContainmentEList<Rating>(Rating.class, this, EcosystemPackage.TECHNOLOGY__RATINGS);
		}
		return ratings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.TECHNOLOGY__POSITIONS:
				return ((InternalEList<?>)getPositions()).basicRemove(otherEnd, msgs);
			case EcosystemPackage.TECHNOLOGY__RATINGS:
				return ((InternalEList<?>)getRatings()).basicRemove(otherEnd, msgs);
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
			case EcosystemPackage.TECHNOLOGY__CATEGORY:
				return getCategory();
			case EcosystemPackage.TECHNOLOGY__TRANSITION_PATH:
				return getTransitionPath();
			case EcosystemPackage.TECHNOLOGY__TRL_MIN:
				return getTrlMin();
			case EcosystemPackage.TECHNOLOGY__TRL_MAX:
				return getTrlMax();
			case EcosystemPackage.TECHNOLOGY__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case EcosystemPackage.TECHNOLOGY__SECTORS:
				return getSectors();
			case EcosystemPackage.TECHNOLOGY__POSITIONS:
				return getPositions();
			case EcosystemPackage.TECHNOLOGY__RATINGS:
				return getRatings();
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
			case EcosystemPackage.TECHNOLOGY__CATEGORY:
				setCategory((TechnologyCategory)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__TRANSITION_PATH:
				setTransitionPath((TransitionPath)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__TRL_MIN:
				setTrlMin((Integer)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__TRL_MAX:
				setTrlMax((Integer)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__PARENT:
				setParent((Technology)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__POSITIONS:
				getPositions().clear();
				getPositions().addAll((Collection<? extends TechnologyPosition>)newValue);
				return;
			case EcosystemPackage.TECHNOLOGY__RATINGS:
				getRatings().clear();
				getRatings().addAll((Collection<? extends Rating>)newValue);
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
			case EcosystemPackage.TECHNOLOGY__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY__TRANSITION_PATH:
				setTransitionPath(TRANSITION_PATH_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY__TRL_MIN:
				setTrlMin(TRL_MIN_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY__TRL_MAX:
				setTrlMax(TRL_MAX_EDEFAULT);
				return;
			case EcosystemPackage.TECHNOLOGY__PARENT:
				setParent((Technology)null);
				return;
			case EcosystemPackage.TECHNOLOGY__SECTORS:
				getSectors().clear();
				return;
			case EcosystemPackage.TECHNOLOGY__POSITIONS:
				getPositions().clear();
				return;
			case EcosystemPackage.TECHNOLOGY__RATINGS:
				getRatings().clear();
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
			case EcosystemPackage.TECHNOLOGY__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case EcosystemPackage.TECHNOLOGY__TRANSITION_PATH:
				return transitionPath != TRANSITION_PATH_EDEFAULT;
			case EcosystemPackage.TECHNOLOGY__TRL_MIN:
				return TRL_MIN_EDEFAULT == null ? trlMin != null : !TRL_MIN_EDEFAULT.equals(trlMin);
			case EcosystemPackage.TECHNOLOGY__TRL_MAX:
				return TRL_MAX_EDEFAULT == null ? trlMax != null : !TRL_MAX_EDEFAULT.equals(trlMax);
			case EcosystemPackage.TECHNOLOGY__PARENT:
				return parent != null;
			case EcosystemPackage.TECHNOLOGY__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case EcosystemPackage.TECHNOLOGY__POSITIONS:
				return positions != null && !positions.isEmpty();
			case EcosystemPackage.TECHNOLOGY__RATINGS:
				return ratings != null && !ratings.isEmpty();
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
		result.append(" (category: ");
		result.append(category);
		result.append(", transitionPath: ");
		result.append(transitionPath);
		result.append(", trlMin: ");
		result.append(trlMin);
		result.append(", trlMax: ");
		result.append(trlMax);
		result.append(')');
		return result.toString();
	}

} //TechnologyImpl
