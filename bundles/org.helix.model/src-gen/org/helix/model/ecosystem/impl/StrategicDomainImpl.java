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

import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TransitionOnlyAction;
import org.helix.model.ecosystem.TransitionPriority;
import org.helix.model.ecosystem.ValueChainPosition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategic Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getTransitionOnlyAction <em>Transition Only Action</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getExpertValidated <em>Expert Validated</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getClusters <em>Clusters</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getValueChainPositions <em>Value Chain Positions</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.StrategicDomainImpl#getRatings <em>Ratings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategicDomainImpl extends NamedElementImpl implements StrategicDomain {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DomainCategory CATEGORY_EDEFAULT = DomainCategory.UNCLASSIFIED;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected DomainCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransitionOnlyAction() <em>Transition Only Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitionOnlyAction()
	 * @generated
	 * @ordered
	 */
	protected static final TransitionOnlyAction TRANSITION_ONLY_ACTION_EDEFAULT = TransitionOnlyAction.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getTransitionOnlyAction() <em>Transition Only Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitionOnlyAction()
	 * @generated
	 * @ordered
	 */
	protected TransitionOnlyAction transitionOnlyAction = TRANSITION_ONLY_ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpertValidated() <em>Expert Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpertValidated()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EXPERT_VALIDATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpertValidated() <em>Expert Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpertValidated()
	 * @generated
	 * @ordered
	 */
	protected Boolean expertValidated = EXPERT_VALIDATED_EDEFAULT;

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
	 * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologies()
	 * @generated
	 * @ordered
	 */
	protected EList<Technology> technologies;

	/**
	 * The cached value of the '{@link #getClusters() <em>Clusters</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusters()
	 * @generated
	 * @ordered
	 */
	protected EList<Cluster> clusters;

	/**
	 * The cached value of the '{@link #getContributesTo() <em>Contributes To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<TransitionPriority> contributesTo;

	/**
	 * The cached value of the '{@link #getValueChainPositions() <em>Value Chain Positions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueChainPositions()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueChainPosition> valueChainPositions;

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
	protected StrategicDomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.STRATEGIC_DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(DomainCategory newCategory) {
		DomainCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGIC_DOMAIN__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransitionOnlyAction getTransitionOnlyAction() {
		return transitionOnlyAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransitionOnlyAction(TransitionOnlyAction newTransitionOnlyAction) {
		TransitionOnlyAction oldTransitionOnlyAction = transitionOnlyAction;
		transitionOnlyAction = newTransitionOnlyAction == null ? TRANSITION_ONLY_ACTION_EDEFAULT : newTransitionOnlyAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION, oldTransitionOnlyAction, transitionOnlyAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getExpertValidated() {
		return expertValidated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpertValidated(Boolean newExpertValidated) {
		Boolean oldExpertValidated = expertValidated;
		expertValidated = newExpertValidated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.STRATEGIC_DOMAIN__EXPERT_VALIDATED, oldExpertValidated, expertValidated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, EcosystemPackage.STRATEGIC_DOMAIN__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Technology> getTechnologies() {
		if (technologies == null) {
			technologies = new EObjectResolvingEList<Technology>(Technology.class, this, EcosystemPackage.STRATEGIC_DOMAIN__TECHNOLOGIES);
		}
		return technologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cluster> getClusters() {
		if (clusters == null) {
			clusters = new EObjectResolvingEList<Cluster>(Cluster.class, this, EcosystemPackage.STRATEGIC_DOMAIN__CLUSTERS);
		}
		return clusters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TransitionPriority> getContributesTo() {
		if (contributesTo == null) {
			contributesTo = new EObjectResolvingEList<TransitionPriority>(TransitionPriority.class, this, EcosystemPackage.STRATEGIC_DOMAIN__CONTRIBUTES_TO);
		}
		return contributesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueChainPosition> getValueChainPositions() {
		if (valueChainPositions == null) {
			valueChainPositions = new EObjectContainmentEList<ValueChainPosition>(ValueChainPosition.class, this, EcosystemPackage.STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS);
		}
		return valueChainPositions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rating> getRatings() {
		if (ratings == null) {
			ratings = new EObjectContainmentEList<Rating>(Rating.class, this, EcosystemPackage.STRATEGIC_DOMAIN__RATINGS);
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
			case EcosystemPackage.STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS:
				return ((InternalEList<?>)getValueChainPositions()).basicRemove(otherEnd, msgs);
			case EcosystemPackage.STRATEGIC_DOMAIN__RATINGS:
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
			case EcosystemPackage.STRATEGIC_DOMAIN__CATEGORY:
				return getCategory();
			case EcosystemPackage.STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION:
				return getTransitionOnlyAction();
			case EcosystemPackage.STRATEGIC_DOMAIN__EXPERT_VALIDATED:
				return getExpertValidated();
			case EcosystemPackage.STRATEGIC_DOMAIN__SECTORS:
				return getSectors();
			case EcosystemPackage.STRATEGIC_DOMAIN__TECHNOLOGIES:
				return getTechnologies();
			case EcosystemPackage.STRATEGIC_DOMAIN__CLUSTERS:
				return getClusters();
			case EcosystemPackage.STRATEGIC_DOMAIN__CONTRIBUTES_TO:
				return getContributesTo();
			case EcosystemPackage.STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS:
				return getValueChainPositions();
			case EcosystemPackage.STRATEGIC_DOMAIN__RATINGS:
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
			case EcosystemPackage.STRATEGIC_DOMAIN__CATEGORY:
				setCategory((DomainCategory)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION:
				setTransitionOnlyAction((TransitionOnlyAction)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__EXPERT_VALIDATED:
				setExpertValidated((Boolean)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__TECHNOLOGIES:
				getTechnologies().clear();
				getTechnologies().addAll((Collection<? extends Technology>)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__CLUSTERS:
				getClusters().clear();
				getClusters().addAll((Collection<? extends Cluster>)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__CONTRIBUTES_TO:
				getContributesTo().clear();
				getContributesTo().addAll((Collection<? extends TransitionPriority>)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS:
				getValueChainPositions().clear();
				getValueChainPositions().addAll((Collection<? extends ValueChainPosition>)newValue);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__RATINGS:
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
			case EcosystemPackage.STRATEGIC_DOMAIN__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION:
				setTransitionOnlyAction(TRANSITION_ONLY_ACTION_EDEFAULT);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__EXPERT_VALIDATED:
				setExpertValidated(EXPERT_VALIDATED_EDEFAULT);
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__SECTORS:
				getSectors().clear();
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__TECHNOLOGIES:
				getTechnologies().clear();
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__CLUSTERS:
				getClusters().clear();
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__CONTRIBUTES_TO:
				getContributesTo().clear();
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS:
				getValueChainPositions().clear();
				return;
			case EcosystemPackage.STRATEGIC_DOMAIN__RATINGS:
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
			case EcosystemPackage.STRATEGIC_DOMAIN__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case EcosystemPackage.STRATEGIC_DOMAIN__TRANSITION_ONLY_ACTION:
				return transitionOnlyAction != TRANSITION_ONLY_ACTION_EDEFAULT;
			case EcosystemPackage.STRATEGIC_DOMAIN__EXPERT_VALIDATED:
				return EXPERT_VALIDATED_EDEFAULT == null ? expertValidated != null : !EXPERT_VALIDATED_EDEFAULT.equals(expertValidated);
			case EcosystemPackage.STRATEGIC_DOMAIN__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case EcosystemPackage.STRATEGIC_DOMAIN__TECHNOLOGIES:
				return technologies != null && !technologies.isEmpty();
			case EcosystemPackage.STRATEGIC_DOMAIN__CLUSTERS:
				return clusters != null && !clusters.isEmpty();
			case EcosystemPackage.STRATEGIC_DOMAIN__CONTRIBUTES_TO:
				return contributesTo != null && !contributesTo.isEmpty();
			case EcosystemPackage.STRATEGIC_DOMAIN__VALUE_CHAIN_POSITIONS:
				return valueChainPositions != null && !valueChainPositions.isEmpty();
			case EcosystemPackage.STRATEGIC_DOMAIN__RATINGS:
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
		result.append(", transitionOnlyAction: ");
		result.append(transitionOnlyAction);
		result.append(", expertValidated: ");
		result.append(expertValidated);
		result.append(')');
		return result.toString();
	}

} //StrategicDomainImpl
