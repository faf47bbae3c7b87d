/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.helix.model.core.HelixElement;
import org.helix.model.core.Indicator;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rating</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rating of a domain on a dimension, sub-criterion or indicator, e.g. '++' for export of the pharmaceutical sector in Table 1 of seed 004 (L738-749).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.Rating#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getValue <em>Value</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getTrend <em>Trend</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getDimension <em>Dimension</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getSubCriterion <em>Sub Criterion</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.Rating#getIndicator <em>Indicator</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getRating()
 * @model
 * @generated
 */
public interface Rating extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.RatingLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.ecosystem.RatingLevel
	 * @see #setLevel(RatingLevel)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Level()
	 * @model
	 * @generated
	 */
	RatingLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.ecosystem.RatingLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(RatingLevel value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Trend</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.Trend}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trend</em>' attribute.
	 * @see org.helix.model.ecosystem.Trend
	 * @see #setTrend(Trend)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Trend()
	 * @model
	 * @generated
	 */
	Trend getTrend();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getTrend <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trend</em>' attribute.
	 * @see org.helix.model.ecosystem.Trend
	 * @see #getTrend()
	 * @generated
	 */
	void setTrend(Trend value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(AssessmentDimension)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Dimension()
	 * @model
	 * @generated
	 */
	AssessmentDimension getDimension();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(AssessmentDimension value);

	/**
	 * Returns the value of the '<em><b>Sub Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Criterion</em>' reference.
	 * @see #setSubCriterion(SubCriterion)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_SubCriterion()
	 * @model
	 * @generated
	 */
	SubCriterion getSubCriterion();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getSubCriterion <em>Sub Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sub Criterion</em>' reference.
	 * @see #getSubCriterion()
	 * @generated
	 */
	void setSubCriterion(SubCriterion value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getRating_Indicator()
	 * @model
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.Rating#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

} // Rating
