/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.HelixElement;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.PolicyInstrument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Track Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sub-action of a policy track with level, actors, instruments and R-strategies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.TrackAction#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.TrackAction#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.materials.TrackAction#getRStrategies <em>RStrategies</em>}</li>
 *   <li>{@link org.helix.model.materials.TrackAction#getActors <em>Actors</em>}</li>
 *   <li>{@link org.helix.model.materials.TrackAction#getInstruments <em>Instruments</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getTrackAction()
 * @model
 * @generated
 */
public interface TrackAction extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.materials.MaterialsPackage#getTrackAction_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.TrackAction#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setLevel(GovernanceLevel)
	 * @see org.helix.model.materials.MaterialsPackage#getTrackAction_Level()
	 * @model
	 * @generated
	 */
	GovernanceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.TrackAction#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>RStrategies</b></em>' attribute list.
	 * The list contents are of type {@link org.helix.model.materials.RStrategy}.
	 * The literals are from the enumeration {@link org.helix.model.materials.RStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>RStrategies</em>' attribute list.
	 * @see org.helix.model.materials.RStrategy
	 * @see org.helix.model.materials.MaterialsPackage#getTrackAction_RStrategies()
	 * @model
	 * @generated
	 */
	EList<RStrategy> getRStrategies();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getTrackAction_Actors()
	 * @model
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.PolicyInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getTrackAction_Instruments()
	 * @model
	 * @generated
	 */
	EList<PolicyInstrument> getInstruments();

} // TrackAction
