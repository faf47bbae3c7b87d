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
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.CellEditor;
import org.helix.diagram.model.description.CellEditorKind;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.ModelOperation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell Editor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.CellEditorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CellEditorImpl#getChoicesExpression <em>Choices Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.CellEditorImpl#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CellEditorImpl extends EObjectImpl implements CellEditor {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CellEditorKind KIND_EDEFAULT = CellEditorKind.TEXT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CellEditorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getChoicesExpression() <em>Choices Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoicesExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CHOICES_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChoicesExpression() <em>Choices Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoicesExpression()
	 * @generated
	 * @ordered
	 */
	protected String choicesExpression = CHOICES_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelOperation> operations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellEditorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CELL_EDITOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellEditorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CellEditorKind newKind) {
		CellEditorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CELL_EDITOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChoicesExpression() {
		return choicesExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChoicesExpression(String newChoicesExpression) {
		String oldChoicesExpression = choicesExpression;
		choicesExpression = newChoicesExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CELL_EDITOR__CHOICES_EXPRESSION, oldChoicesExpression, choicesExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelOperation> getOperations() {
		if (operations == null) {
			operations = new EObjectContainmentEList<ModelOperation>(ModelOperation.class, this, DescriptionPackage.CELL_EDITOR__OPERATIONS);
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.CELL_EDITOR__OPERATIONS:
				return ((InternalEList<?>)getOperations()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.CELL_EDITOR__KIND:
				return getKind();
			case DescriptionPackage.CELL_EDITOR__CHOICES_EXPRESSION:
				return getChoicesExpression();
			case DescriptionPackage.CELL_EDITOR__OPERATIONS:
				return getOperations();
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
			case DescriptionPackage.CELL_EDITOR__KIND:
				setKind((CellEditorKind)newValue);
				return;
			case DescriptionPackage.CELL_EDITOR__CHOICES_EXPRESSION:
				setChoicesExpression((String)newValue);
				return;
			case DescriptionPackage.CELL_EDITOR__OPERATIONS:
				getOperations().clear();
				getOperations().addAll((Collection<? extends ModelOperation>)newValue);
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
			case DescriptionPackage.CELL_EDITOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DescriptionPackage.CELL_EDITOR__CHOICES_EXPRESSION:
				setChoicesExpression(CHOICES_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.CELL_EDITOR__OPERATIONS:
				getOperations().clear();
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
			case DescriptionPackage.CELL_EDITOR__KIND:
				return kind != KIND_EDEFAULT;
			case DescriptionPackage.CELL_EDITOR__CHOICES_EXPRESSION:
				return CHOICES_EXPRESSION_EDEFAULT == null ? choicesExpression != null : !CHOICES_EXPRESSION_EDEFAULT.equals(choicesExpression);
			case DescriptionPackage.CELL_EDITOR__OPERATIONS:
				return operations != null && !operations.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", choicesExpression: ");
		result.append(choicesExpression);
		result.append(')');
		return result.toString();
	}

} //CellEditorImpl
