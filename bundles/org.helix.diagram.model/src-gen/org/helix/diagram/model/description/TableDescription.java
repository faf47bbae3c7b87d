/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An editable table: one line per candidate, one column per column mapping (as a Sirius edition table).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.TableDescription#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getTableDescription()
 * @model
 * @generated
 */
public interface TableDescription extends AbstractTableDescription {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ColumnMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getTableDescription_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnMapping> getColumns();

} // TableDescription
