/**
 * Helix
 */
package org.helix.model.materials.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.model.core.GovernanceLevel;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.PolicyInstrument;

import org.helix.model.materials.MaterialsPackage;
import org.helix.model.materials.RStrategy;
import org.helix.model.materials.TrackAction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Track Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.impl.TrackActionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.TrackActionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.TrackActionImpl#getRStrategies <em>RStrategies</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.TrackActionImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.helix.model.materials.impl.TrackActionImpl#getInstruments <em>Instruments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrackActionImpl extends HelixElementImpl implements TrackAction {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final GovernanceLevel LEVEL_EDEFAULT = GovernanceLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected GovernanceLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRStrategies() <em>RStrategies</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<RStrategy> rStrategies;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyInstrument> instruments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrackActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MaterialsPackage.Literals.TRACK_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.TRACK_ACTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(GovernanceLevel newLevel) {
		GovernanceLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaterialsPackage.TRACK_ACTION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RStrategy> getRStrategies() {
		if (rStrategies == null) {
			rStrategies = new EDataTypeUniqueEList<RStrategy>(RStrategy.class, this, MaterialsPackage.TRACK_ACTION__RSTRATEGIES);
		}
		return rStrategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectResolvingEList<Actor>(Actor.class, this, MaterialsPackage.TRACK_ACTION__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyInstrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectResolvingEList<PolicyInstrument>(PolicyInstrument.class, this, MaterialsPackage.TRACK_ACTION__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MaterialsPackage.TRACK_ACTION__TEXT:
				return getText();
			case MaterialsPackage.TRACK_ACTION__LEVEL:
				return getLevel();
			case MaterialsPackage.TRACK_ACTION__RSTRATEGIES:
				return getRStrategies();
			case MaterialsPackage.TRACK_ACTION__ACTORS:
				return getActors();
			case MaterialsPackage.TRACK_ACTION__INSTRUMENTS:
				return getInstruments();
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
			case MaterialsPackage.TRACK_ACTION__TEXT:
				setText((String)newValue);
				return;
			case MaterialsPackage.TRACK_ACTION__LEVEL:
				setLevel((GovernanceLevel)newValue);
				return;
			case MaterialsPackage.TRACK_ACTION__RSTRATEGIES:
				getRStrategies().clear();
				getRStrategies().addAll((Collection<? extends RStrategy>)newValue);
				return;
			case MaterialsPackage.TRACK_ACTION__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case MaterialsPackage.TRACK_ACTION__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends PolicyInstrument>)newValue);
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
			case MaterialsPackage.TRACK_ACTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MaterialsPackage.TRACK_ACTION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case MaterialsPackage.TRACK_ACTION__RSTRATEGIES:
				getRStrategies().clear();
				return;
			case MaterialsPackage.TRACK_ACTION__ACTORS:
				getActors().clear();
				return;
			case MaterialsPackage.TRACK_ACTION__INSTRUMENTS:
				getInstruments().clear();
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
			case MaterialsPackage.TRACK_ACTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MaterialsPackage.TRACK_ACTION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case MaterialsPackage.TRACK_ACTION__RSTRATEGIES:
				return rStrategies != null && !rStrategies.isEmpty();
			case MaterialsPackage.TRACK_ACTION__ACTORS:
				return actors != null && !actors.isEmpty();
			case MaterialsPackage.TRACK_ACTION__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
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
		result.append(" (text: ");
		result.append(text);
		result.append(", level: ");
		result.append(level);
		result.append(", rStrategies: ");
		result.append(rStrategies);
		result.append(')');
		return result.toString();
	}

} //TrackActionImpl
