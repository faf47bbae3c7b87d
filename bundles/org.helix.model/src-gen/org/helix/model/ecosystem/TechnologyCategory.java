/**
 * Helix
 */
package org.helix.model.ecosystem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Technology Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getTechnologyCategory()
 * @model
 * @generated
 */
public enum TechnologyCategory implements Enumerator {
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
	 * The '<em><b>LIFE SCIENCES BIOTECH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIFE_SCIENCES_BIOTECH_VALUE
	 * @generated
	 * @ordered
	 */
	LIFE_SCIENCES_BIOTECH(1, "LIFE_SCIENCES_BIOTECH", "LIFE_SCIENCES_BIOTECH"),

	/**
	 * The '<em><b>DIGITAL AI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_AI_VALUE
	 * @generated
	 * @ordered
	 */
	DIGITAL_AI(2, "DIGITAL_AI", "DIGITAL_AI"),

	/**
	 * The '<em><b>ADVANCED INDUSTRY MATERIALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVANCED_INDUSTRY_MATERIALS_VALUE
	 * @generated
	 * @ordered
	 */
	ADVANCED_INDUSTRY_MATERIALS(3, "ADVANCED_INDUSTRY_MATERIALS", "ADVANCED_INDUSTRY_MATERIALS"),

	/**
	 * The '<em><b>SECURITY SPACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_SPACE_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_SPACE(4, "SECURITY_SPACE", "SECURITY_SPACE"),

	/**
	 * The '<em><b>ENERGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(5, "ENERGY", "ENERGY"),

	/**
	 * The '<em><b>INDUSTRIAL PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL_PROCESS(6, "INDUSTRIAL_PROCESS", "INDUSTRIAL_PROCESS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

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
	 * The '<em><b>LIFE SCIENCES BIOTECH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIFE_SCIENCES_BIOTECH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIFE_SCIENCES_BIOTECH_VALUE = 1;

	/**
	 * The '<em><b>DIGITAL AI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIGITAL_AI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIGITAL_AI_VALUE = 2;

	/**
	 * The '<em><b>ADVANCED INDUSTRY MATERIALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVANCED_INDUSTRY_MATERIALS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVANCED_INDUSTRY_MATERIALS_VALUE = 3;

	/**
	 * The '<em><b>SECURITY SPACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURITY_SPACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_SPACE_VALUE = 4;

	/**
	 * The '<em><b>ENERGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 5;

	/**
	 * The '<em><b>INDUSTRIAL PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_PROCESS_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Technology Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TechnologyCategory[] VALUES_ARRAY =
		new TechnologyCategory[] {
			UNSPECIFIED,
			LIFE_SCIENCES_BIOTECH,
			DIGITAL_AI,
			ADVANCED_INDUSTRY_MATERIALS,
			SECURITY_SPACE,
			ENERGY,
			INDUSTRIAL_PROCESS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Technology Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TechnologyCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Technology Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TechnologyCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TechnologyCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Technology Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TechnologyCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TechnologyCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Technology Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TechnologyCategory get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case LIFE_SCIENCES_BIOTECH_VALUE: return LIFE_SCIENCES_BIOTECH;
			case DIGITAL_AI_VALUE: return DIGITAL_AI;
			case ADVANCED_INDUSTRY_MATERIALS_VALUE: return ADVANCED_INDUSTRY_MATERIALS;
			case SECURITY_SPACE_VALUE: return SECURITY_SPACE;
			case ENERGY_VALUE: return ENERGY;
			case INDUSTRIAL_PROCESS_VALUE: return INDUSTRIAL_PROCESS;
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
	private TechnologyCategory(int value, String name, String literal) {
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
	
} //TechnologyCategory
