/**
 * Helix
 */
package org.helix.model.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Indicator Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.core.CorePackage#getIndicatorCategory()
 * @model
 * @generated
 */
public enum IndicatorCategory implements Enumerator {
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
	 * The '<em><b>EMISSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMISSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	EMISSIONS(1, "EMISSIONS", "EMISSIONS"),

	/**
	 * The '<em><b>ENERGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(2, "ENERGY", "ENERGY"),

	/**
	 * The '<em><b>PRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION(3, "PRODUCTION", "PRODUCTION"),

	/**
	 * The '<em><b>ECONOMIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_VALUE
	 * @generated
	 * @ordered
	 */
	ECONOMIC(4, "ECONOMIC", "ECONOMIC"),

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT(5, "EMPLOYMENT", "EMPLOYMENT"),

	/**
	 * The '<em><b>TRADE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRADE_VALUE
	 * @generated
	 * @ordered
	 */
	TRADE(6, "TRADE", "TRADE"),

	/**
	 * The '<em><b>INNOVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION(7, "INNOVATION", "INNOVATION"),

	/**
	 * The '<em><b>SCIENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENCE_VALUE
	 * @generated
	 * @ordered
	 */
	SCIENCE(8, "SCIENCE", "SCIENCE"),

	/**
	 * The '<em><b>PROJECT PIPELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_PIPELINE_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_PIPELINE(9, "PROJECT_PIPELINE", "PROJECT_PIPELINE"),

	/**
	 * The '<em><b>FUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING(10, "FUNDING", "FUNDING"),

	/**
	 * The '<em><b>CIRCULARITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCULARITY_VALUE
	 * @generated
	 * @ordered
	 */
	CIRCULARITY(11, "CIRCULARITY", "CIRCULARITY"),

	/**
	 * The '<em><b>SUPPLY SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLY_SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPLY_SECURITY(12, "SUPPLY_SECURITY", "SUPPLY_SECURITY"),

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNANCE(13, "GOVERNANCE", "GOVERNANCE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(14, "OTHER", "OTHER");

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
	 * The '<em><b>EMISSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMISSIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMISSIONS_VALUE = 1;

	/**
	 * The '<em><b>ENERGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 2;

	/**
	 * The '<em><b>PRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_VALUE = 3;

	/**
	 * The '<em><b>ECONOMIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECONOMIC_VALUE = 4;

	/**
	 * The '<em><b>EMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_VALUE = 5;

	/**
	 * The '<em><b>TRADE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRADE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRADE_VALUE = 6;

	/**
	 * The '<em><b>INNOVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_VALUE = 7;

	/**
	 * The '<em><b>SCIENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCIENCE_VALUE = 8;

	/**
	 * The '<em><b>PROJECT PIPELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_PIPELINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_PIPELINE_VALUE = 9;

	/**
	 * The '<em><b>FUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_VALUE = 10;

	/**
	 * The '<em><b>CIRCULARITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIRCULARITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIRCULARITY_VALUE = 11;

	/**
	 * The '<em><b>SUPPLY SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPLY_SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPLY_SECURITY_VALUE = 12;

	/**
	 * The '<em><b>GOVERNANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNANCE_VALUE = 13;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 14;

	/**
	 * An array of all the '<em><b>Indicator Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IndicatorCategory[] VALUES_ARRAY =
		new IndicatorCategory[] {
			UNSPECIFIED,
			EMISSIONS,
			ENERGY,
			PRODUCTION,
			ECONOMIC,
			EMPLOYMENT,
			TRADE,
			INNOVATION,
			SCIENCE,
			PROJECT_PIPELINE,
			FUNDING,
			CIRCULARITY,
			SUPPLY_SECURITY,
			GOVERNANCE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Indicator Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IndicatorCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Indicator Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorCategory get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case EMISSIONS_VALUE: return EMISSIONS;
			case ENERGY_VALUE: return ENERGY;
			case PRODUCTION_VALUE: return PRODUCTION;
			case ECONOMIC_VALUE: return ECONOMIC;
			case EMPLOYMENT_VALUE: return EMPLOYMENT;
			case TRADE_VALUE: return TRADE;
			case INNOVATION_VALUE: return INNOVATION;
			case SCIENCE_VALUE: return SCIENCE;
			case PROJECT_PIPELINE_VALUE: return PROJECT_PIPELINE;
			case FUNDING_VALUE: return FUNDING;
			case CIRCULARITY_VALUE: return CIRCULARITY;
			case SUPPLY_SECURITY_VALUE: return SUPPLY_SECURITY;
			case GOVERNANCE_VALUE: return GOVERNANCE;
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
	private IndicatorCategory(int value, String name, String literal) {
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
	
} //IndicatorCategory
