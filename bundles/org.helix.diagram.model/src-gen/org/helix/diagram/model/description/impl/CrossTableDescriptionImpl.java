/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.CellStyle;
import org.helix.diagram.model.description.CellTool;
import org.helix.diagram.model.description.CrossTableDescription;
import org.helix.diagram.model.description.DescriptionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cross Table Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getColumnDomainClass <em>Column Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getColumnCandidates <em>Column Candidates</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getColumnPrecondition <em>Column Precondition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getColumnLabelExpression <em>Column Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getColumnHeaderExpression <em>Column Header Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getColumnSortExpression <em>Column Sort Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getCellLabelExpression <em>Cell Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getCellExportExpression <em>Cell Export Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getCellStyles <em>Cell Styles</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CrossTableDescriptionImpl#getCellTool <em>Cell Tool</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrossTableDescriptionImpl extends AbstractTableDescriptionImpl implements CrossTableDescription {
	/**
	 * The default value of the '{@link #getColumnDomainClass() <em>Column Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnDomainClass() <em>Column Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String columnDomainClass = COLUMN_DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnCandidates() <em>Column Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnCandidates()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_CANDIDATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnCandidates() <em>Column Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnCandidates()
	 * @generated
	 * @ordered
	 */
	protected String columnCandidates = COLUMN_CANDIDATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnPrecondition() <em>Column Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnPrecondition()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_PRECONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnPrecondition() <em>Column Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnPrecondition()
	 * @generated
	 * @ordered
	 */
	protected String columnPrecondition = COLUMN_PRECONDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnLabelExpression() <em>Column Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnLabelExpression() <em>Column Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String columnLabelExpression = COLUMN_LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnHeaderExpression() <em>Column Header Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnHeaderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_HEADER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnHeaderExpression() <em>Column Header Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnHeaderExpression()
	 * @generated
	 * @ordered
	 */
	protected String columnHeaderExpression = COLUMN_HEADER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnSortExpression() <em>Column Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnSortExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_SORT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnSortExpression() <em>Column Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnSortExpression()
	 * @generated
	 * @ordered
	 */
	protected String columnSortExpression = COLUMN_SORT_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCellLabelExpression() <em>Cell Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CELL_LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCellLabelExpression() <em>Cell Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String cellLabelExpression = CELL_LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCellExportExpression() <em>Cell Export Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellExportExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CELL_EXPORT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCellExportExpression() <em>Cell Export Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellExportExpression()
	 * @generated
	 * @ordered
	 */
	protected String cellExportExpression = CELL_EXPORT_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCellStyles() <em>Cell Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<CellStyle> cellStyles;

	/**
	 * The cached value of the '{@link #getCellTool() <em>Cell Tool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellTool()
	 * @generated
	 * @ordered
	 */
	protected CellTool cellTool;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrossTableDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CROSS_TABLE_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnDomainClass() {
		return columnDomainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnDomainClass(String newColumnDomainClass) {
		String oldColumnDomainClass = columnDomainClass;
		columnDomainClass = newColumnDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS, oldColumnDomainClass, columnDomainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnCandidates() {
		return columnCandidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnCandidates(String newColumnCandidates) {
		String oldColumnCandidates = columnCandidates;
		columnCandidates = newColumnCandidates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES, oldColumnCandidates, columnCandidates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnPrecondition() {
		return columnPrecondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnPrecondition(String newColumnPrecondition) {
		String oldColumnPrecondition = columnPrecondition;
		columnPrecondition = newColumnPrecondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION, oldColumnPrecondition, columnPrecondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnLabelExpression() {
		return columnLabelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnLabelExpression(String newColumnLabelExpression) {
		String oldColumnLabelExpression = columnLabelExpression;
		columnLabelExpression = newColumnLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION, oldColumnLabelExpression, columnLabelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnHeaderExpression() {
		return columnHeaderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnHeaderExpression(String newColumnHeaderExpression) {
		String oldColumnHeaderExpression = columnHeaderExpression;
		columnHeaderExpression = newColumnHeaderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION, oldColumnHeaderExpression, columnHeaderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnSortExpression() {
		return columnSortExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnSortExpression(String newColumnSortExpression) {
		String oldColumnSortExpression = columnSortExpression;
		columnSortExpression = newColumnSortExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION, oldColumnSortExpression, columnSortExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCellLabelExpression() {
		return cellLabelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCellLabelExpression(String newCellLabelExpression) {
		String oldCellLabelExpression = cellLabelExpression;
		cellLabelExpression = newCellLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION, oldCellLabelExpression, cellLabelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCellExportExpression() {
		return cellExportExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCellExportExpression(String newCellExportExpression) {
		String oldCellExportExpression = cellExportExpression;
		cellExportExpression = newCellExportExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION, oldCellExportExpression, cellExportExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CellStyle> getCellStyles() {
		if (cellStyles == null) {
			cellStyles = new EObjectContainmentEList<CellStyle>(CellStyle.class, this, DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_STYLES);
		}
		return cellStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellTool getCellTool() {
		return cellTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCellTool(CellTool newCellTool, NotificationChain msgs) {
		CellTool oldCellTool = cellTool;
		cellTool = newCellTool;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL, oldCellTool, newCellTool);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCellTool(CellTool newCellTool) {
		if (newCellTool != cellTool) {
			NotificationChain msgs = null;
			if (cellTool != null)
				msgs = ((InternalEObject)cellTool).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL, null, msgs);
			if (newCellTool != null)
				msgs = ((InternalEObject)newCellTool).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL, null, msgs);
			msgs = basicSetCellTool(newCellTool, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL, newCellTool, newCellTool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_STYLES:
				return ((InternalEList<?>)getCellStyles()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL:
				return basicSetCellTool(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS:
				return getColumnDomainClass();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES:
				return getColumnCandidates();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION:
				return getColumnPrecondition();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION:
				return getColumnLabelExpression();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION:
				return getColumnHeaderExpression();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION:
				return getColumnSortExpression();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION:
				return getCellLabelExpression();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION:
				return getCellExportExpression();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_STYLES:
				return getCellStyles();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL:
				return getCellTool();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS:
				setColumnDomainClass((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES:
				setColumnCandidates((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION:
				setColumnPrecondition((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION:
				setColumnLabelExpression((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION:
				setColumnHeaderExpression((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION:
				setColumnSortExpression((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION:
				setCellLabelExpression((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION:
				setCellExportExpression((String)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_STYLES:
				getCellStyles().clear();
				getCellStyles().addAll((Collection<? extends CellStyle>)newValue);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL:
				setCellTool((CellTool)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS:
				setColumnDomainClass(COLUMN_DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES:
				setColumnCandidates(COLUMN_CANDIDATES_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION:
				setColumnPrecondition(COLUMN_PRECONDITION_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION:
				setColumnLabelExpression(COLUMN_LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION:
				setColumnHeaderExpression(COLUMN_HEADER_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION:
				setColumnSortExpression(COLUMN_SORT_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION:
				setCellLabelExpression(CELL_LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION:
				setCellExportExpression(CELL_EXPORT_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_STYLES:
				getCellStyles().clear();
				return;
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL:
				setCellTool((CellTool)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_DOMAIN_CLASS:
				return COLUMN_DOMAIN_CLASS_EDEFAULT == null ? columnDomainClass != null : !COLUMN_DOMAIN_CLASS_EDEFAULT.equals(columnDomainClass);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_CANDIDATES:
				return COLUMN_CANDIDATES_EDEFAULT == null ? columnCandidates != null : !COLUMN_CANDIDATES_EDEFAULT.equals(columnCandidates);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_PRECONDITION:
				return COLUMN_PRECONDITION_EDEFAULT == null ? columnPrecondition != null : !COLUMN_PRECONDITION_EDEFAULT.equals(columnPrecondition);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_LABEL_EXPRESSION:
				return COLUMN_LABEL_EXPRESSION_EDEFAULT == null ? columnLabelExpression != null : !COLUMN_LABEL_EXPRESSION_EDEFAULT.equals(columnLabelExpression);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_HEADER_EXPRESSION:
				return COLUMN_HEADER_EXPRESSION_EDEFAULT == null ? columnHeaderExpression != null : !COLUMN_HEADER_EXPRESSION_EDEFAULT.equals(columnHeaderExpression);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__COLUMN_SORT_EXPRESSION:
				return COLUMN_SORT_EXPRESSION_EDEFAULT == null ? columnSortExpression != null : !COLUMN_SORT_EXPRESSION_EDEFAULT.equals(columnSortExpression);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_LABEL_EXPRESSION:
				return CELL_LABEL_EXPRESSION_EDEFAULT == null ? cellLabelExpression != null : !CELL_LABEL_EXPRESSION_EDEFAULT.equals(cellLabelExpression);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_EXPORT_EXPRESSION:
				return CELL_EXPORT_EXPRESSION_EDEFAULT == null ? cellExportExpression != null : !CELL_EXPORT_EXPRESSION_EDEFAULT.equals(cellExportExpression);
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_STYLES:
				return cellStyles != null && !cellStyles.isEmpty();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION__CELL_TOOL:
				return cellTool != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (columnDomainClass: ");
		result.append(columnDomainClass);
		result.append(", columnCandidates: ");
		result.append(columnCandidates);
		result.append(", columnPrecondition: ");
		result.append(columnPrecondition);
		result.append(", columnLabelExpression: ");
		result.append(columnLabelExpression);
		result.append(", columnHeaderExpression: ");
		result.append(columnHeaderExpression);
		result.append(", columnSortExpression: ");
		result.append(columnSortExpression);
		result.append(", cellLabelExpression: ");
		result.append(cellLabelExpression);
		result.append(", cellExportExpression: ");
		result.append(cellExportExpression);
		result.append(')');
		return result.toString();
	}

} //CrossTableDescriptionImpl
