/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Chain Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One stage of a value chain; order is the position in ValueChain.stages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.ValueChainStage#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainStage()
 * @model
 * @generated
 */
public interface ValueChainStage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see #setKind(StageKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainStage_Kind()
	 * @model
	 * @generated
	 */
	StageKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.ValueChainStage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.StageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StageKind value);

} // ValueChainStage
