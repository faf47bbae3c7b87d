/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A raw-materials strategy with its goal and policy tracks (Flemish raw-materials strategy proposed by SERV; seed 003 B:527-552).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.MaterialsStrategy#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialsStrategy#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialsStrategy#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialsStrategy#getFramework <em>Framework</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialsStrategy#getTracks <em>Tracks</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getMaterialsStrategy()
 * @model
 * @generated
 */
public interface MaterialsStrategy extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see #setGoal(String)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialsStrategy_Goal()
	 * @model
	 * @generated
	 */
	String getGoal();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialsStrategy#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(String value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setLevel(GovernanceLevel)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialsStrategy_Level()
	 * @model
	 * @generated
	 */
	GovernanceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialsStrategy#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialsStrategy_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialsStrategy#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Framework</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Framework</em>' reference.
	 * @see #setFramework(PolicyInstrument)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialsStrategy_Framework()
	 * @model
	 * @generated
	 */
	PolicyInstrument getFramework();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialsStrategy#getFramework <em>Framework</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Framework</em>' reference.
	 * @see #getFramework()
	 * @generated
	 */
	void setFramework(PolicyInstrument value);

	/**
	 * Returns the value of the '<em><b>Tracks</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.PolicyTrack}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tracks</em>' containment reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialsStrategy_Tracks()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyTrack> getTracks();

} // MaterialsStrategy
