/**
 * Helix
 */
package org.helix.scoring.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criterion: how to read its value from each alternative and how to weigh it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getValuePath <em>Value Path</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getPreferenceFunction <em>Preference Function</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getQ <em>Q</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getP <em>P</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getS <em>S</em>}</li>
 *   <li>{@link org.helix.scoring.model.CriterionDefinition#getScale <em>Scale</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition()
 * @model
 * @generated
 */
public interface CriterionDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * max (more is better) or min.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see #setDirection(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_Direction()
	 * @model
	 * @generated
	 */
	String getDirection();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset on every criterion for equal weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(Double)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_Weight()
	 * @model
	 * @generated
	 */
	Double getWeight();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Value Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value is in the model, from the alternative: feature names separated by dots; a many-valued feature takes filters that must select one element, e.g. ratings[indicator.name=Export][period=huidige status].level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Path</em>' attribute.
	 * @see #setValuePath(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_ValuePath()
	 * @model
	 * @generated
	 */
	String getValuePath();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getValuePath <em>Value Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Path</em>' attribute.
	 * @see #getValuePath()
	 * @generated
	 */
	void setValuePath(String value);

	/**
	 * Returns the value of the '<em><b>Preference Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PROMETHEE: usual, u-shape, v-shape, level, linear or gaussian; unset for usual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preference Function</em>' attribute.
	 * @see #setPreferenceFunction(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_PreferenceFunction()
	 * @model
	 * @generated
	 */
	String getPreferenceFunction();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getPreferenceFunction <em>Preference Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preference Function</em>' attribute.
	 * @see #getPreferenceFunction()
	 * @generated
	 */
	void setPreferenceFunction(String value);

	/**
	 * Returns the value of the '<em><b>Q</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Q</em>' attribute.
	 * @see #setQ(Double)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_Q()
	 * @model
	 * @generated
	 */
	Double getQ();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getQ <em>Q</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Q</em>' attribute.
	 * @see #getQ()
	 * @generated
	 */
	void setQ(Double value);

	/**
	 * Returns the value of the '<em><b>P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>P</em>' attribute.
	 * @see #setP(Double)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_P()
	 * @model
	 * @generated
	 */
	Double getP();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getP <em>P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P</em>' attribute.
	 * @see #getP()
	 * @generated
	 */
	void setP(Double value);

	/**
	 * Returns the value of the '<em><b>S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>S</em>' attribute.
	 * @see #setS(Double)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_S()
	 * @model
	 * @generated
	 */
	Double getS();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getS <em>S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>S</em>' attribute.
	 * @see #getS()
	 * @generated
	 */
	void setS(Double value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maps what the path reads (an enumeration literal or a text) to a number; unset when the path ends in a number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(Scale)
	 * @see org.helix.scoring.model.ScoringsPackage#getCriterionDefinition_Scale()
	 * @model
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.CriterionDefinition#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

} // CriterionDefinition
