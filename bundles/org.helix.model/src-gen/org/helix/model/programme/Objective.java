/**
 * Helix
 */
package org.helix.model.programme;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.Indicator;
import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An objective with horizon (long-term, medium-term, operational short-term) and the objectives it contributes to (seed 001 L94-131).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Objective#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getHorizon <em>Horizon</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getChangedFromPrevious <em>Changed From Previous</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getRealised <em>Realised</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getSupportedBy <em>Supported By</em>}</li>
 *   <li>{@link org.helix.model.programme.Objective#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Objective#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Horizon</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.ObjectiveHorizon}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Horizon</em>' attribute.
	 * @see org.helix.model.programme.ObjectiveHorizon
	 * @see #setHorizon(ObjectiveHorizon)
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_Horizon()
	 * @model
	 * @generated
	 */
	ObjectiveHorizon getHorizon();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Objective#getHorizon <em>Horizon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizon</em>' attribute.
	 * @see org.helix.model.programme.ObjectiveHorizon
	 * @see #getHorizon()
	 * @generated
	 */
	void setHorizon(ObjectiveHorizon value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Objective#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Changed From Previous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changed From Previous</em>' attribute.
	 * @see #setChangedFromPrevious(Boolean)
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_ChangedFromPrevious()
	 * @model
	 * @generated
	 */
	Boolean getChangedFromPrevious();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Objective#getChangedFromPrevious <em>Changed From Previous</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed From Previous</em>' attribute.
	 * @see #getChangedFromPrevious()
	 * @generated
	 */
	void setChangedFromPrevious(Boolean value);

	/**
	 * Returns the value of the '<em><b>Realised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Realised</em>' attribute.
	 * @see #setRealised(Boolean)
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_Realised()
	 * @model
	 * @generated
	 */
	Boolean getRealised();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Objective#getRealised <em>Realised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Realised</em>' attribute.
	 * @see #getRealised()
	 * @generated
	 */
	void setRealised(Boolean value);

	/**
	 * Returns the value of the '<em><b>Contributes To</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.Objective}.
	 * It is bidirectional and its opposite is '{@link org.helix.model.programme.Objective#getSupportedBy <em>Supported By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contributes To</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_ContributesTo()
	 * @see org.helix.model.programme.Objective#getSupportedBy
	 * @model opposite="supportedBy"
	 * @generated
	 */
	EList<Objective> getContributesTo();

	/**
	 * Returns the value of the '<em><b>Supported By</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.Objective}.
	 * It is bidirectional and its opposite is '{@link org.helix.model.programme.Objective#getContributesTo <em>Contributes To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supported By</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_SupportedBy()
	 * @see org.helix.model.programme.Objective#getContributesTo
	 * @model opposite="contributesTo"
	 * @generated
	 */
	EList<Objective> getSupportedBy();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.core.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getObjective_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Objective
