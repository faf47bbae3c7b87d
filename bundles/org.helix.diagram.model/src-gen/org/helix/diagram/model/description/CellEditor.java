/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Editor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Editing a cell: the operations run on the line element with $value = the edited value, as ONE command.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.CellEditor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CellEditor#getChoicesExpression <em>Choices Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CellEditor#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getCellEditor()
 * @model
 * @generated
 */
public interface CellEditor extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.CellEditorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.CellEditorKind
	 * @see #setKind(CellEditorKind)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCellEditor_Kind()
	 * @model
	 * @generated
	 */
	CellEditorKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CellEditor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.diagram.model.description.CellEditorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CellEditorKind value);

	/**
	 * Returns the value of the '<em><b>Choices Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CHOICE: the values offered, evaluated on the line element; default: the literals of the enum feature the first SetValue sets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choices Expression</em>' attribute.
	 * @see #setChoicesExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCellEditor_ChoicesExpression()
	 * @model
	 * @generated
	 */
	String getChoicesExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CellEditor#getChoicesExpression <em>Choices Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choices Expression</em>' attribute.
	 * @see #getChoicesExpression()
	 * @generated
	 */
	void setChoicesExpression(String value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCellEditor_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // CellEditor
