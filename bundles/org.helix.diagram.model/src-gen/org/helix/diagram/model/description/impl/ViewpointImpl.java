/**
 * Helix
 */
package org.helix.diagram.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.ValidationRule;
import org.helix.diagram.model.description.Viewpoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Viewpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.impl.ViewpointImpl#getDiagrams <em>Diagrams</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ViewpointImpl#getTables <em>Tables</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.impl.ViewpointImpl#getValidationRules <em>Validation Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ViewpointImpl extends IdentifiedElementImpl implements Viewpoint {
	/**
	 * The cached value of the '{@link #getDiagrams() <em>Diagrams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagrams()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramDescription> diagrams;

	/**
	 * The cached value of the '{@link #getTables() <em>Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTables()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractTableDescription> tables;

	/**
	 * The cached value of the '{@link #getValidationRules() <em>Validation Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ValidationRule> validationRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViewpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.VIEWPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramDescription> getDiagrams() {
		if (diagrams == null) {
			diagrams = new EObjectContainmentEList<DiagramDescription>(DiagramDescription.class, this, DescriptionPackage.VIEWPOINT__DIAGRAMS);
		}
		return diagrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractTableDescription> getTables() {
		if (tables == null) {
			tables = new EObjectContainmentEList<AbstractTableDescription>(AbstractTableDescription.class, this, DescriptionPackage.VIEWPOINT__TABLES);
		}
		return tables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValidationRule> getValidationRules() {
		if (validationRules == null) {
			validationRules = new EObjectContainmentEList<ValidationRule>(ValidationRule.class, this, DescriptionPackage.VIEWPOINT__VALIDATION_RULES);
		}
		return validationRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.VIEWPOINT__DIAGRAMS:
				return ((InternalEList<?>)getDiagrams()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.VIEWPOINT__TABLES:
				return ((InternalEList<?>)getTables()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.VIEWPOINT__VALIDATION_RULES:
				return ((InternalEList<?>)getValidationRules()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.VIEWPOINT__DIAGRAMS:
				return getDiagrams();
			case DescriptionPackage.VIEWPOINT__TABLES:
				return getTables();
			case DescriptionPackage.VIEWPOINT__VALIDATION_RULES:
				return getValidationRules();
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
			case DescriptionPackage.VIEWPOINT__DIAGRAMS:
				getDiagrams().clear();
				getDiagrams().addAll((Collection<? extends DiagramDescription>)newValue);
				return;
			case DescriptionPackage.VIEWPOINT__TABLES:
				getTables().clear();
				getTables().addAll((Collection<? extends AbstractTableDescription>)newValue);
				return;
			case DescriptionPackage.VIEWPOINT__VALIDATION_RULES:
				getValidationRules().clear();
				getValidationRules().addAll((Collection<? extends ValidationRule>)newValue);
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
			case DescriptionPackage.VIEWPOINT__DIAGRAMS:
				getDiagrams().clear();
				return;
			case DescriptionPackage.VIEWPOINT__TABLES:
				getTables().clear();
				return;
			case DescriptionPackage.VIEWPOINT__VALIDATION_RULES:
				getValidationRules().clear();
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
			case DescriptionPackage.VIEWPOINT__DIAGRAMS:
				return diagrams != null && !diagrams.isEmpty();
			case DescriptionPackage.VIEWPOINT__TABLES:
				return tables != null && !tables.isEmpty();
			case DescriptionPackage.VIEWPOINT__VALIDATION_RULES:
				return validationRules != null && !validationRules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ViewpointImpl
