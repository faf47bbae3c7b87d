/**
 * Helix
 */
package org.helix.model.programme;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Actor;

import org.helix.model.governance.StakeholderInput;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A recommendation (policy recommendation of the programme, or one from an advice) and how the programme takes it up (advisory note, project, follow up, out of scope, ...; seed 001 ch. 6.1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Recommendation#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getUptake <em>Uptake</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getUptakeText <em>Uptake Text</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getInGovernmentAgreement <em>In Government Agreement</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getActions <em>Actions</em>}</li>
 *   <li>{@link org.helix.model.programme.Recommendation#getSubRecommendations <em>Sub Recommendations</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getRecommendation()
 * @model
 * @generated
 */
public interface Recommendation extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Uptake</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.Uptake}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uptake</em>' attribute.
	 * @see org.helix.model.programme.Uptake
	 * @see #setUptake(Uptake)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Uptake()
	 * @model
	 * @generated
	 */
	Uptake getUptake();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getUptake <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uptake</em>' attribute.
	 * @see org.helix.model.programme.Uptake
	 * @see #getUptake()
	 * @generated
	 */
	void setUptake(Uptake value);

	/**
	 * Returns the value of the '<em><b>Uptake Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uptake Text</em>' attribute.
	 * @see #setUptakeText(String)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_UptakeText()
	 * @model
	 * @generated
	 */
	String getUptakeText();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getUptakeText <em>Uptake Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uptake Text</em>' attribute.
	 * @see #getUptakeText()
	 * @generated
	 */
	void setUptakeText(String value);

	/**
	 * Returns the value of the '<em><b>In Government Agreement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Government Agreement</em>' attribute.
	 * @see #setInGovernmentAgreement(Boolean)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_InGovernmentAgreement()
	 * @model
	 * @generated
	 */
	Boolean getInGovernmentAgreement();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getInGovernmentAgreement <em>In Government Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Government Agreement</em>' attribute.
	 * @see #getInGovernmentAgreement()
	 * @generated
	 */
	void setInGovernmentAgreement(Boolean value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(Dimension)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Dimension()
	 * @model
	 * @generated
	 */
	Dimension getDimension();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(Dimension value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' reference.
	 * @see #setTheme(Theme)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Theme()
	 * @model
	 * @generated
	 */
	Theme getTheme();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getTheme <em>Theme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' reference.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(Theme value);

	/**
	 * Returns the value of the '<em><b>Addressees</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressees</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Addressees()
	 * @model
	 * @generated
	 */
	EList<Actor> getAddressees();

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' reference.
	 * @see #setOrigin(StakeholderInput)
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Origin()
	 * @model
	 * @generated
	 */
	StakeholderInput getOrigin();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Recommendation#getOrigin <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' reference.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(StakeholderInput value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.PriorityAction}.
	 * It is bidirectional and its opposite is '{@link org.helix.model.programme.PriorityAction#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_Actions()
	 * @see org.helix.model.programme.PriorityAction#getRecommendations
	 * @model opposite="recommendations"
	 * @generated
	 */
	EList<PriorityAction> getActions();

	/**
	 * Returns the value of the '<em><b>Sub Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Recommendations</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getRecommendation_SubRecommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getSubRecommendations();

} // Recommendation
