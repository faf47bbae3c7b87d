/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cross Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cross-table: lines × columns; each cell an expression over ($line, $column), optionally a tool run when the cell is clicked.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getColumnDomainClass <em>Column Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getColumnCandidates <em>Column Candidates</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getColumnPrecondition <em>Column Precondition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getColumnLabelExpression <em>Column Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getColumnHeaderExpression <em>Column Header Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getColumnSortExpression <em>Column Sort Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getCellLabelExpression <em>Cell Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getCellExportExpression <em>Cell Export Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getCellStyles <em>Cell Styles</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.CrossTableDescription#getCellTool <em>Cell Tool</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription()
 * @model
 * @generated
 */
public interface CrossTableDescription extends AbstractTableDescription {
	/**
	 * Returns the value of the '<em><b>Column Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Domain Class</em>' attribute.
	 * @see #setColumnDomainClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_ColumnDomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getColumnDomainClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnDomainClass <em>Column Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Domain Class</em>' attribute.
	 * @see #getColumnDomainClass()
	 * @generated
	 */
	void setColumnDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Column Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns, evaluated on the root with $lines = the lines; default: every element of columnDomainClass in the root's resource.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Candidates</em>' attribute.
	 * @see #setColumnCandidates(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_ColumnCandidates()
	 * @model
	 * @generated
	 */
	String getColumnCandidates();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnCandidates <em>Column Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Candidates</em>' attribute.
	 * @see #getColumnCandidates()
	 * @generated
	 */
	void setColumnCandidates(String value);

	/**
	 * Returns the value of the '<em><b>Column Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Precondition</em>' attribute.
	 * @see #setColumnPrecondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_ColumnPrecondition()
	 * @model
	 * @generated
	 */
	String getColumnPrecondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnPrecondition <em>Column Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Precondition</em>' attribute.
	 * @see #getColumnPrecondition()
	 * @generated
	 */
	void setColumnPrecondition(String value);

	/**
	 * Returns the value of the '<em><b>Column Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The full name of a column (tooltip, CSV header); default name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Label Expression</em>' attribute.
	 * @see #setColumnLabelExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_ColumnLabelExpression()
	 * @model
	 * @generated
	 */
	String getColumnLabelExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnLabelExpression <em>Column Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Label Expression</em>' attribute.
	 * @see #getColumnLabelExpression()
	 * @generated
	 */
	void setColumnLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Column Header Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The short header of a column; default: the column label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Header Expression</em>' attribute.
	 * @see #setColumnHeaderExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_ColumnHeaderExpression()
	 * @model
	 * @generated
	 */
	String getColumnHeaderExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnHeaderExpression <em>Column Header Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Header Expression</em>' attribute.
	 * @see #getColumnHeaderExpression()
	 * @generated
	 */
	void setColumnHeaderExpression(String value);

	/**
	 * Returns the value of the '<em><b>Column Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key columns are ordered by; default: candidate order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Sort Expression</em>' attribute.
	 * @see #setColumnSortExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_ColumnSortExpression()
	 * @model
	 * @generated
	 */
	String getColumnSortExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getColumnSortExpression <em>Column Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Sort Expression</em>' attribute.
	 * @see #getColumnSortExpression()
	 * @generated
	 */
	void setColumnSortExpression(String value);

	/**
	 * Returns the value of the '<em><b>Cell Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of a cell, evaluated on the line element with $line and $column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Label Expression</em>' attribute.
	 * @see #setCellLabelExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_CellLabelExpression()
	 * @model required="true"
	 * @generated
	 */
	String getCellLabelExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getCellLabelExpression <em>Cell Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Label Expression</em>' attribute.
	 * @see #getCellLabelExpression()
	 * @generated
	 */
	void setCellLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Cell Export Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of a cell in CSV exports; default: the cell text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Export Expression</em>' attribute.
	 * @see #setCellExportExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_CellExportExpression()
	 * @model
	 * @generated
	 */
	String getCellExportExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getCellExportExpression <em>Cell Export Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Export Expression</em>' attribute.
	 * @see #getCellExportExpression()
	 * @generated
	 */
	void setCellExportExpression(String value);

	/**
	 * Returns the value of the '<em><b>Cell Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.CellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Styles</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_CellStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellStyle> getCellStyles();

	/**
	 * Returns the value of the '<em><b>Cell Tool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Tool</em>' containment reference.
	 * @see #setCellTool(CellTool)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getCrossTableDescription_CellTool()
	 * @model containment="true"
	 * @generated
	 */
	CellTool getCellTool();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.CrossTableDescription#getCellTool <em>Cell Tool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Tool</em>' containment reference.
	 * @see #getCellTool()
	 * @generated
	 */
	void setCellTool(CellTool value);

} // CrossTableDescription
