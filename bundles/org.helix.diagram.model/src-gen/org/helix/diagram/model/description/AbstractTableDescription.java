/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What tables and cross-tables share: a root class and the lines (rows) computed from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getLineDomainClass <em>Line Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getLinePrecondition <em>Line Precondition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getLineLabelExpression <em>Line Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getLineHeader <em>Line Header</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getLineSortExpression <em>Line Sort Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AbstractTableDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription()
 * @model abstract="true"
 * @generated
 */
public interface AbstractTableDescription extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class of the element the table is opened on (its root), e.g. Programme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Line Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class of the elements shown as lines (rows).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Domain Class</em>' attribute.
	 * @see #setLineDomainClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_LineDomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getLineDomainClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineDomainClass <em>Line Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Domain Class</em>' attribute.
	 * @see #getLineDomainClass()
	 * @generated
	 */
	void setLineDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lines, evaluated on the root; default: every element of lineDomainClass in the root's resource, in model order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #setSemanticCandidates(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_SemanticCandidates()
	 * @model
	 * @generated
	 */
	String getSemanticCandidates();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getSemanticCandidates <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #getSemanticCandidates()
	 * @generated
	 */
	void setSemanticCandidates(String value);

	/**
	 * Returns the value of the '<em><b>Line Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A condition on a candidate: only those for which it holds become lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Precondition</em>' attribute.
	 * @see #setLinePrecondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_LinePrecondition()
	 * @model
	 * @generated
	 */
	String getLinePrecondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getLinePrecondition <em>Line Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Precondition</em>' attribute.
	 * @see #getLinePrecondition()
	 * @generated
	 */
	void setLinePrecondition(String value);

	/**
	 * Returns the value of the '<em><b>Line Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of the line header (the first column of a cross-table, CSV and filter); default name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Label Expression</em>' attribute.
	 * @see #setLineLabelExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_LineLabelExpression()
	 * @model
	 * @generated
	 */
	String getLineLabelExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineLabelExpression <em>Line Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Label Expression</em>' attribute.
	 * @see #getLineLabelExpression()
	 * @generated
	 */
	void setLineLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Line Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the line header column (cross-tables).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Header</em>' attribute.
	 * @see #setLineHeader(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_LineHeader()
	 * @model
	 * @generated
	 */
	String getLineHeader();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineHeader <em>Line Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Header</em>' attribute.
	 * @see #getLineHeader()
	 * @generated
	 */
	void setLineHeader(String value);

	/**
	 * Returns the value of the '<em><b>Line Sort Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key lines are ordered by at first (numbers, text, dates, enums); default: candidate order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Sort Expression</em>' attribute.
	 * @see #setLineSortExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_LineSortExpression()
	 * @model
	 * @generated
	 */
	String getLineSortExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AbstractTableDescription#getLineSortExpression <em>Line Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Sort Expression</em>' attribute.
	 * @see #getLineSortExpression()
	 * @generated
	 */
	void setLineSortExpression(String value);

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.TableFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAbstractTableDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<TableFilter> getFilters();

} // AbstractTableDescription
