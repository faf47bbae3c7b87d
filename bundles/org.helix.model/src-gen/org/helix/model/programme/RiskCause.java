/**
 * Helix
 */
package org.helix.model.programme;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Risk Cause</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.programme.ProgrammePackage#getRiskCause()
 * @model
 * @generated
 */
public enum RiskCause implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>INVESTMENT COST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_COST_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTMENT_COST(1, "INVESTMENT_COST", "INVESTMENT_COST"),

	/**
	 * The '<em><b>MATERIAL PRICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_PRICES_VALUE
	 * @generated
	 * @ordered
	 */
	MATERIAL_PRICES(2, "MATERIAL_PRICES", "MATERIAL_PRICES"),

	/**
	 * The '<em><b>GEOPOLITICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEOPOLITICAL_VALUE
	 * @generated
	 * @ordered
	 */
	GEOPOLITICAL(3, "GEOPOLITICAL", "GEOPOLITICAL"),

	/**
	 * The '<em><b>ENERGY PRICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_PRICES_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY_PRICES(4, "ENERGY_PRICES", "ENERGY_PRICES"),

	/**
	 * The '<em><b>REVENUE UNCERTAINTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_UNCERTAINTY_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE_UNCERTAINTY(5, "REVENUE_UNCERTAINTY", "REVENUE_UNCERTAINTY"),

	/**
	 * The '<em><b>INFRASTRUCTURE NOT READY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_NOT_READY_VALUE
	 * @generated
	 * @ordered
	 */
	INFRASTRUCTURE_NOT_READY(6, "INFRASTRUCTURE_NOT_READY", "INFRASTRUCTURE_NOT_READY"),

	/**
	 * The '<em><b>PERMITTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMITTING_VALUE
	 * @generated
	 * @ordered
	 */
	PERMITTING(7, "PERMITTING", "PERMITTING"),

	/**
	 * The '<em><b>SKILLS SHORTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLS_SHORTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	SKILLS_SHORTAGE(8, "SKILLS_SHORTAGE", "SKILLS_SHORTAGE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>INVESTMENT COST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_COST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTMENT_COST_VALUE = 1;

	/**
	 * The '<em><b>MATERIAL PRICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATERIAL_PRICES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MATERIAL_PRICES_VALUE = 2;

	/**
	 * The '<em><b>GEOPOLITICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEOPOLITICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GEOPOLITICAL_VALUE = 3;

	/**
	 * The '<em><b>ENERGY PRICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_PRICES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_PRICES_VALUE = 4;

	/**
	 * The '<em><b>REVENUE UNCERTAINTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_UNCERTAINTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_UNCERTAINTY_VALUE = 5;

	/**
	 * The '<em><b>INFRASTRUCTURE NOT READY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_NOT_READY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFRASTRUCTURE_NOT_READY_VALUE = 6;

	/**
	 * The '<em><b>PERMITTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMITTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERMITTING_VALUE = 7;

	/**
	 * The '<em><b>SKILLS SHORTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLS_SHORTAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SKILLS_SHORTAGE_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Risk Cause</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RiskCause[] VALUES_ARRAY =
		new RiskCause[] {
			UNSPECIFIED,
			INVESTMENT_COST,
			MATERIAL_PRICES,
			GEOPOLITICAL,
			ENERGY_PRICES,
			REVENUE_UNCERTAINTY,
			INFRASTRUCTURE_NOT_READY,
			PERMITTING,
			SKILLS_SHORTAGE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Risk Cause</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RiskCause> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Risk Cause</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RiskCause get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RiskCause result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Risk Cause</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RiskCause getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RiskCause result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Risk Cause</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RiskCause get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case INVESTMENT_COST_VALUE: return INVESTMENT_COST;
			case MATERIAL_PRICES_VALUE: return MATERIAL_PRICES;
			case GEOPOLITICAL_VALUE: return GEOPOLITICAL;
			case ENERGY_PRICES_VALUE: return ENERGY_PRICES;
			case REVENUE_UNCERTAINTY_VALUE: return REVENUE_UNCERTAINTY;
			case INFRASTRUCTURE_NOT_READY_VALUE: return INFRASTRUCTURE_NOT_READY;
			case PERMITTING_VALUE: return PERMITTING;
			case SKILLS_SHORTAGE_VALUE: return SKILLS_SHORTAGE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private RiskCause(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //RiskCause
