/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Chain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value chain with ordered stages (e.g. raw-materials chain exploration..recycling, seed 003 fn 21 B:943-951).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.ValueChain#getGeography <em>Geography</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.ValueChain#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.ValueChain#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChain()
 * @model
 * @generated
 */
public interface ValueChain extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Geography</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Geography</em>' attribute.
	 * @see #setGeography(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChain_Geography()
	 * @model
	 * @generated
	 */
	String getGeography();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.ValueChain#getGeography <em>Geography</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geography</em>' attribute.
	 * @see #getGeography()
	 * @generated
	 */
	void setGeography(String value);

	/**
	 * Returns the value of the '<em><b>Sectors</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sectors</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChain_Sectors()
	 * @model
	 * @generated
	 */
	EList<Sector> getSectors();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.ValueChainStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChain_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueChainStage> getStages();

} // ValueChain
