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

import org.helix.diagram.model.description.CellEditor;
import org.helix.diagram.model.description.CellStyle;
import org.helix.diagram.model.description.ColumnMapping;
import org.helix.diagram.model.description.DescriptionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getSortExpression <em>Sort Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#isVisibleByDefault <em>Visible By Default</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#isAlignRight <em>Align Right</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getForegroundColor <em>Foreground Color</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ColumnMappingImpl#getCellEditor <em>Cell Editor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ColumnMappingImpl extends IdentifiedElementImpl implements ColumnMapping {
	/**
	 * The default value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String labelExpression = LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSortExpression() <em>Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String SORT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSortExpression() <em>Sort Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSortExpression()
	 * @generated
	 * @ordered
	 */
	protected String sortExpression = SORT_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisibleByDefault() <em>Visible By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleByDefault()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_BY_DEFAULT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisibleByDefault() <em>Visible By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisibleByDefault()
	 * @generated
	 * @ordered
	 */
	protected boolean visibleByDefault = VISIBLE_BY_DEFAULT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlignRight() <em>Align Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlignRight()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALIGN_RIGHT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAlignRight() <em>Align Right</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlignRight()
	 * @generated
	 * @ordered
	 */
	protected boolean alignRight = ALIGN_RIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackgroundColor() <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKGROUND_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackgroundColor() <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundColor()
	 * @generated
	 * @ordered
	 */
	protected String backgroundColor = BACKGROUND_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getForegroundColor() <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundColor()
	 * @generated
	 * @ordered
	 */
	protected static final String FOREGROUND_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForegroundColor() <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundColor()
	 * @generated
	 * @ordered
	 */
	protected String foregroundColor = FOREGROUND_COLOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<CellStyle> conditionalStyles;

	/**
	 * The cached value of the '{@link #getCellEditor() <em>Cell Editor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellEditor()
	 * @generated
	 * @ordered
	 */
	protected CellEditor cellEditor;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ColumnMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.COLUMN_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelExpression() {
		return labelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelExpression(String newLabelExpression) {
		String oldLabelExpression = labelExpression;
		labelExpression = newLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSortExpression() {
		return sortExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSortExpression(String newSortExpression) {
		String oldSortExpression = sortExpression;
		sortExpression = newSortExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__SORT_EXPRESSION, oldSortExpression, sortExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisibleByDefault() {
		return visibleByDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibleByDefault(boolean newVisibleByDefault) {
		boolean oldVisibleByDefault = visibleByDefault;
		visibleByDefault = newVisibleByDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__VISIBLE_BY_DEFAULT, oldVisibleByDefault, visibleByDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlignRight() {
		return alignRight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlignRight(boolean newAlignRight) {
		boolean oldAlignRight = alignRight;
		alignRight = newAlignRight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__ALIGN_RIGHT, oldAlignRight, alignRight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackgroundColor() {
		return backgroundColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackgroundColor(String newBackgroundColor) {
		String oldBackgroundColor = backgroundColor;
		backgroundColor = newBackgroundColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__BACKGROUND_COLOR, oldBackgroundColor, backgroundColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForegroundColor() {
		return foregroundColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForegroundColor(String newForegroundColor) {
		String oldForegroundColor = foregroundColor;
		foregroundColor = newForegroundColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__FOREGROUND_COLOR, oldForegroundColor, foregroundColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CellStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<CellStyle>(CellStyle.class, this, DescriptionPackage.COLUMN_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellEditor getCellEditor() {
		return cellEditor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCellEditor(CellEditor newCellEditor, NotificationChain msgs) {
		CellEditor oldCellEditor = cellEditor;
		cellEditor = newCellEditor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR, oldCellEditor, newCellEditor);
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
	public void setCellEditor(CellEditor newCellEditor) {
		if (newCellEditor != cellEditor) {
			NotificationChain msgs = null;
			if (cellEditor != null)
				msgs = ((InternalEObject)cellEditor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR, null, msgs);
			if (newCellEditor != null)
				msgs = ((InternalEObject)newCellEditor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR, null, msgs);
			msgs = basicSetCellEditor(newCellEditor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR, newCellEditor, newCellEditor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.COLUMN_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR:
				return basicSetCellEditor(null, msgs);
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
			case DescriptionPackage.COLUMN_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case DescriptionPackage.COLUMN_MAPPING__SORT_EXPRESSION:
				return getSortExpression();
			case DescriptionPackage.COLUMN_MAPPING__WIDTH:
				return getWidth();
			case DescriptionPackage.COLUMN_MAPPING__VISIBLE_BY_DEFAULT:
				return isVisibleByDefault();
			case DescriptionPackage.COLUMN_MAPPING__ALIGN_RIGHT:
				return isAlignRight();
			case DescriptionPackage.COLUMN_MAPPING__BACKGROUND_COLOR:
				return getBackgroundColor();
			case DescriptionPackage.COLUMN_MAPPING__FOREGROUND_COLOR:
				return getForegroundColor();
			case DescriptionPackage.COLUMN_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
			case DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR:
				return getCellEditor();
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
			case DescriptionPackage.COLUMN_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__SORT_EXPRESSION:
				setSortExpression((String)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__WIDTH:
				setWidth((Integer)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__VISIBLE_BY_DEFAULT:
				setVisibleByDefault((Boolean)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__ALIGN_RIGHT:
				setAlignRight((Boolean)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__BACKGROUND_COLOR:
				setBackgroundColor((String)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__FOREGROUND_COLOR:
				setForegroundColor((String)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends CellStyle>)newValue);
				return;
			case DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR:
				setCellEditor((CellEditor)newValue);
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
			case DescriptionPackage.COLUMN_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__SORT_EXPRESSION:
				setSortExpression(SORT_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__VISIBLE_BY_DEFAULT:
				setVisibleByDefault(VISIBLE_BY_DEFAULT_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__ALIGN_RIGHT:
				setAlignRight(ALIGN_RIGHT_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__BACKGROUND_COLOR:
				setBackgroundColor(BACKGROUND_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__FOREGROUND_COLOR:
				setForegroundColor(FOREGROUND_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.COLUMN_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
			case DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR:
				setCellEditor((CellEditor)null);
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
			case DescriptionPackage.COLUMN_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case DescriptionPackage.COLUMN_MAPPING__SORT_EXPRESSION:
				return SORT_EXPRESSION_EDEFAULT == null ? sortExpression != null : !SORT_EXPRESSION_EDEFAULT.equals(sortExpression);
			case DescriptionPackage.COLUMN_MAPPING__WIDTH:
				return width != WIDTH_EDEFAULT;
			case DescriptionPackage.COLUMN_MAPPING__VISIBLE_BY_DEFAULT:
				return visibleByDefault != VISIBLE_BY_DEFAULT_EDEFAULT;
			case DescriptionPackage.COLUMN_MAPPING__ALIGN_RIGHT:
				return alignRight != ALIGN_RIGHT_EDEFAULT;
			case DescriptionPackage.COLUMN_MAPPING__BACKGROUND_COLOR:
				return BACKGROUND_COLOR_EDEFAULT == null ? backgroundColor != null : !BACKGROUND_COLOR_EDEFAULT.equals(backgroundColor);
			case DescriptionPackage.COLUMN_MAPPING__FOREGROUND_COLOR:
				return FOREGROUND_COLOR_EDEFAULT == null ? foregroundColor != null : !FOREGROUND_COLOR_EDEFAULT.equals(foregroundColor);
			case DescriptionPackage.COLUMN_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
			case DescriptionPackage.COLUMN_MAPPING__CELL_EDITOR:
				return cellEditor != null;
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
		result.append(" (labelExpression: ");
		result.append(labelExpression);
		result.append(", sortExpression: ");
		result.append(sortExpression);
		result.append(", width: ");
		result.append(width);
		result.append(", visibleByDefault: ");
		result.append(visibleByDefault);
		result.append(", alignRight: ");
		result.append(alignRight);
		result.append(", backgroundColor: ");
		result.append(backgroundColor);
		result.append(", foregroundColor: ");
		result.append(foregroundColor);
		result.append(')');
		return result.toString();
	}

} //ColumnMappingImpl
