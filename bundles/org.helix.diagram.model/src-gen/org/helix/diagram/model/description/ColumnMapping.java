/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column: label = header; cell text, sort key, colours and an optional cell editor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getSortExpression <em>Sort Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getWidth <em>Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#isVisibleByDefault <em>Visible By Default</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#isAlignRight <em>Align Right</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getForegroundColor <em>Foreground Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ColumnMapping#getCellEditor <em>Cell Editor</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping()
 * @model
 * @generated
 */
public interface ColumnMapping extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of the cell, evaluated on the line element; default: the feature named by the column id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key the column sorts by (numbers, dates, enums sort by value); default: the cell text, ignoring case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sort Expression</em>' attribute.
	 * @see #setSortExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_SortExpression()
	 * @model
	 * @generated
	 */
	String getSortExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#getSortExpression <em>Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sort Expression</em>' attribute.
	 * @see #getSortExpression()
	 * @generated
	 */
	void setSortExpression(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Visible By Default</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible By Default</em>' attribute.
	 * @see #setVisibleByDefault(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_VisibleByDefault()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisibleByDefault();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#isVisibleByDefault <em>Visible By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible By Default</em>' attribute.
	 * @see #isVisibleByDefault()
	 * @generated
	 */
	void setVisibleByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Align Right</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Align Right</em>' attribute.
	 * @see #setAlignRight(boolean)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_AlignRight()
	 * @model
	 * @generated
	 */
	boolean isAlignRight();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#isAlignRight <em>Align Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Align Right</em>' attribute.
	 * @see #isAlignRight()
	 * @generated
	 */
	void setAlignRight(boolean value);

	/**
	 * Returns the value of the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background Color</em>' attribute.
	 * @see #setBackgroundColor(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_BackgroundColor()
	 * @model
	 * @generated
	 */
	String getBackgroundColor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Color</em>' attribute.
	 * @see #getBackgroundColor()
	 * @generated
	 */
	void setBackgroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Foreground Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreground Color</em>' attribute.
	 * @see #setForegroundColor(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_ForegroundColor()
	 * @model
	 * @generated
	 */
	String getForegroundColor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#getForegroundColor <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground Color</em>' attribute.
	 * @see #getForegroundColor()
	 * @generated
	 */
	void setForegroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.CellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellStyle> getConditionalStyles();

	/**
	 * Returns the value of the '<em><b>Cell Editor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cell Editor</em>' containment reference.
	 * @see #setCellEditor(CellEditor)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getColumnMapping_CellEditor()
	 * @model containment="true"
	 * @generated
	 */
	CellEditor getCellEditor();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ColumnMapping#getCellEditor <em>Cell Editor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Editor</em>' containment reference.
	 * @see #getCellEditor()
	 * @generated
	 */
	void setCellEditor(CellEditor value);

} // ColumnMapping
