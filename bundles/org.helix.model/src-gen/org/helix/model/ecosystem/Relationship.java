/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.HelixElement;
import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed, directed relationship between two named elements (e.g. customer-supplier, research collaboration, feedback loop between programmes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Relationship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Relationship#getLabel <em>Label</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Relationship#getBidirectional <em>Bidirectional</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Relationship#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Relationship#getSource <em>Source</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Relationship#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship()
 * @model
 * @generated
 */
public interface Relationship extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.RelationshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.RelationshipKind
	 * @see #setKind(RelationshipKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship_Kind()
	 * @model
	 * @generated
	 */
	RelationshipKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Relationship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.RelationshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationshipKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Relationship#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Bidirectional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bidirectional</em>' attribute.
	 * @see #setBidirectional(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship_Bidirectional()
	 * @model
	 * @generated
	 */
	Boolean getBidirectional();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Relationship#getBidirectional <em>Bidirectional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bidirectional</em>' attribute.
	 * @see #getBidirectional()
	 * @generated
	 */
	void setBidirectional(Boolean value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Relationship#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(NamedElement)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship_Source()
	 * @model required="true"
	 * @generated
	 */
	NamedElement getSource();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Relationship#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(NamedElement value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(NamedElement)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRelationship_Target()
	 * @model required="true"
	 * @generated
	 */
	NamedElement getTarget();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Relationship#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(NamedElement value);

} // Relationship
