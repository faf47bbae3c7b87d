/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.DimensionKind;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.SubCriterion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment Dimension</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.AssessmentDimensionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.AssessmentDimensionImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.AssessmentDimensionImpl#getSubCriteria <em>Sub Criteria</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentDimensionImpl extends NamedElementImpl implements AssessmentDimension {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DimensionKind KIND_EDEFAULT = DimensionKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DimensionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected String question = QUESTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubCriteria() <em>Sub Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<SubCriterion> subCriteria;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentDimensionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.ASSESSMENT_DIMENSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimensionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DimensionKind newKind) {
		DimensionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.ASSESSMENT_DIMENSION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(String newQuestion) {
		String oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.ASSESSMENT_DIMENSION__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubCriterion> getSubCriteria() {
		if (subCriteria == null) {
			subCriteria = new EObjectContainmentEList<SubCriterion>(SubCriterion.class, this, EcosystemPackage.ASSESSMENT_DIMENSION__SUB_CRITERIA);
		}
		return subCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.ASSESSMENT_DIMENSION__SUB_CRITERIA:
				return ((InternalEList<?>)getSubCriteria()).basicRemove(otherEnd, msgs);
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
			case EcosystemPackage.ASSESSMENT_DIMENSION__KIND:
				return getKind();
			case EcosystemPackage.ASSESSMENT_DIMENSION__QUESTION:
				return getQuestion();
			case EcosystemPackage.ASSESSMENT_DIMENSION__SUB_CRITERIA:
				return getSubCriteria();
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
			case EcosystemPackage.ASSESSMENT_DIMENSION__KIND:
				setKind((DimensionKind)newValue);
				return;
			case EcosystemPackage.ASSESSMENT_DIMENSION__QUESTION:
				setQuestion((String)newValue);
				return;
			case EcosystemPackage.ASSESSMENT_DIMENSION__SUB_CRITERIA:
				getSubCriteria().clear();
				getSubCriteria().addAll((Collection<? extends SubCriterion>)newValue);
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
			case EcosystemPackage.ASSESSMENT_DIMENSION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.ASSESSMENT_DIMENSION__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case EcosystemPackage.ASSESSMENT_DIMENSION__SUB_CRITERIA:
				getSubCriteria().clear();
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
			case EcosystemPackage.ASSESSMENT_DIMENSION__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.ASSESSMENT_DIMENSION__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case EcosystemPackage.ASSESSMENT_DIMENSION__SUB_CRITERIA:
				return subCriteria != null && !subCriteria.isEmpty();
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
		result.append(", question: ");
		result.append(question);
		result.append(')');
		return result.toString();
	}

} //AssessmentDimensionImpl
