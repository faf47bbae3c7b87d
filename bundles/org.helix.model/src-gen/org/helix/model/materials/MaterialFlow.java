/**
 * Helix
 */
package org.helix.model.materials;

import java.math.BigDecimal;

import org.helix.model.core.HelixElement;

import org.helix.model.ecosystem.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Material Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A flow of the material between organisations (industrial symbiosis, e.g. germanium from Nyrstar Balen to Umicore Olen; seed 003 B:1273-1311).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.MaterialFlow#getShareOfRecipientInput <em>Share Of Recipient Input</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialFlow#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialFlow#getFrom <em>From</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialFlow#getTo <em>To</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getMaterialFlow()
 * @model
 * @generated
 */
public interface MaterialFlow extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Share Of Recipient Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share Of Recipient Input</em>' attribute.
	 * @see #setShareOfRecipientInput(BigDecimal)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialFlow_ShareOfRecipientInput()
	 * @model
	 * @generated
	 */
	BigDecimal getShareOfRecipientInput();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialFlow#getShareOfRecipientInput <em>Share Of Recipient Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share Of Recipient Input</em>' attribute.
	 * @see #getShareOfRecipientInput()
	 * @generated
	 */
	void setShareOfRecipientInput(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialFlow_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialFlow#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Organisation)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialFlow_From()
	 * @model required="true"
	 * @generated
	 */
	Organisation getFrom();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialFlow#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Organisation value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Organisation)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialFlow_To()
	 * @model required="true"
	 * @generated
	 */
	Organisation getTo();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialFlow#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Organisation value);

} // MaterialFlow
