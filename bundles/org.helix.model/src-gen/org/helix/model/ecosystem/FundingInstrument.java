/**
 * Helix
 */
package org.helix.model.ecosystem;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.MonetaryAmount;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funding Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A funding instrument with amounts, periods and conditions (CfD 70 MEUR over 10 years, ETS innovation fund, IPCEI, ...; seed 001 L192-210, L1867-1900).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getCallOpens <em>Call Opens</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getCallCloses <em>Call Closes</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getTrlMin <em>Trl Min</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getTrlMax <em>Trl Max</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getSupportsCapex <em>Supports Capex</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getSupportsOpex <em>Supports Opex</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getParentFund <em>Parent Fund</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getTechnologies <em>Technologies</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.FundingInstrument#getAmounts <em>Amounts</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument()
 * @model
 * @generated
 */
public interface FundingInstrument extends PolicyInstrument {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' attribute.
	 * @see #setConditions(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_Conditions()
	 * @model
	 * @generated
	 */
	String getConditions();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getConditions <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditions</em>' attribute.
	 * @see #getConditions()
	 * @generated
	 */
	void setConditions(String value);

	/**
	 * Returns the value of the '<em><b>Call Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Opens</em>' attribute.
	 * @see #setCallOpens(LocalDate)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_CallOpens()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getCallOpens();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getCallOpens <em>Call Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Opens</em>' attribute.
	 * @see #getCallOpens()
	 * @generated
	 */
	void setCallOpens(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Call Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Closes</em>' attribute.
	 * @see #setCallCloses(LocalDate)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_CallCloses()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getCallCloses();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getCallCloses <em>Call Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Closes</em>' attribute.
	 * @see #getCallCloses()
	 * @generated
	 */
	void setCallCloses(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Trl Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trl Min</em>' attribute.
	 * @see #setTrlMin(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_TrlMin()
	 * @model
	 * @generated
	 */
	Integer getTrlMin();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getTrlMin <em>Trl Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trl Min</em>' attribute.
	 * @see #getTrlMin()
	 * @generated
	 */
	void setTrlMin(Integer value);

	/**
	 * Returns the value of the '<em><b>Trl Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trl Max</em>' attribute.
	 * @see #setTrlMax(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_TrlMax()
	 * @model
	 * @generated
	 */
	Integer getTrlMax();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getTrlMax <em>Trl Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trl Max</em>' attribute.
	 * @see #getTrlMax()
	 * @generated
	 */
	void setTrlMax(Integer value);

	/**
	 * Returns the value of the '<em><b>Supports Capex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supports Capex</em>' attribute.
	 * @see #setSupportsCapex(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_SupportsCapex()
	 * @model
	 * @generated
	 */
	Boolean getSupportsCapex();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getSupportsCapex <em>Supports Capex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports Capex</em>' attribute.
	 * @see #getSupportsCapex()
	 * @generated
	 */
	void setSupportsCapex(Boolean value);

	/**
	 * Returns the value of the '<em><b>Supports Opex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supports Opex</em>' attribute.
	 * @see #setSupportsOpex(Boolean)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_SupportsOpex()
	 * @model
	 * @generated
	 */
	Boolean getSupportsOpex();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getSupportsOpex <em>Supports Opex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports Opex</em>' attribute.
	 * @see #getSupportsOpex()
	 * @generated
	 */
	void setSupportsOpex(Boolean value);

	/**
	 * Returns the value of the '<em><b>Funding Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding Source</em>' reference.
	 * @see #setFundingSource(Actor)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_FundingSource()
	 * @model
	 * @generated
	 */
	Actor getFundingSource();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getFundingSource <em>Funding Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Source</em>' reference.
	 * @see #getFundingSource()
	 * @generated
	 */
	void setFundingSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Parent Fund</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Fund</em>' reference.
	 * @see #setParentFund(FundingInstrument)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_ParentFund()
	 * @model
	 * @generated
	 */
	FundingInstrument getParentFund();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.FundingInstrument#getParentFund <em>Parent Fund</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Fund</em>' reference.
	 * @see #getParentFund()
	 * @generated
	 */
	void setParentFund(FundingInstrument value);

	/**
	 * Returns the value of the '<em><b>Technologies</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Technology}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Technologies</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_Technologies()
	 * @model
	 * @generated
	 */
	EList<Technology> getTechnologies();

	/**
	 * Returns the value of the '<em><b>Amounts</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.core.MonetaryAmount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amounts</em>' containment reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getFundingInstrument_Amounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonetaryAmount> getAmounts();

} // FundingInstrument
