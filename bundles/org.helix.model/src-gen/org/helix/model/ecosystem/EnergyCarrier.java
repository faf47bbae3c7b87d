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
 * A representation of the literals of the enumeration '<em><b>Energy Carrier</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getEnergyCarrier()
 * @model
 * @generated
 */
public enum EnergyCarrier implements Enumerator {
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
	 * The '<em><b>ELECTRICITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRICITY_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRICITY(1, "ELECTRICITY", "ELECTRICITY"),

	/**
	 * The '<em><b>HYDROGEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HYDROGEN_VALUE
	 * @generated
	 * @ordered
	 */
	HYDROGEN(2, "HYDROGEN", "HYDROGEN"),

	/**
	 * The '<em><b>CO2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO2_VALUE
	 * @generated
	 * @ordered
	 */
	CO2(3, "CO2", "CO2"),

	/**
	 * The '<em><b>HEAT STEAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_STEAM_VALUE
	 * @generated
	 * @ordered
	 */
	HEAT_STEAM(4, "HEAT_STEAM", "HEAT_STEAM"),

	/**
	 * The '<em><b>AMMONIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMMONIA_VALUE
	 * @generated
	 * @ordered
	 */
	AMMONIA(5, "AMMONIA", "AMMONIA"),

	/**
	 * The '<em><b>METHANOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METHANOL_VALUE
	 * @generated
	 * @ordered
	 */
	METHANOL(6, "METHANOL", "METHANOL"),

	/**
	 * The '<em><b>NATURAL GAS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATURAL_GAS_VALUE
	 * @generated
	 * @ordered
	 */
	NATURAL_GAS(7, "NATURAL_GAS", "NATURAL_GAS"),

	/**
	 * The '<em><b>BIOMASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIOMASS_VALUE
	 * @generated
	 * @ordered
	 */
	BIOMASS(8, "BIOMASS", "BIOMASS"),

	/**
	 * The '<em><b>WASTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASTE_VALUE
	 * @generated
	 * @ordered
	 */
	WASTE(9, "WASTE", "WASTE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER");

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
	 * The '<em><b>ELECTRICITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRICITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRICITY_VALUE = 1;

	/**
	 * The '<em><b>HYDROGEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HYDROGEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HYDROGEN_VALUE = 2;

	/**
	 * The '<em><b>CO2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CO2
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CO2_VALUE = 3;

	/**
	 * The '<em><b>HEAT STEAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAT_STEAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEAT_STEAM_VALUE = 4;

	/**
	 * The '<em><b>AMMONIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMMONIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AMMONIA_VALUE = 5;

	/**
	 * The '<em><b>METHANOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METHANOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METHANOL_VALUE = 6;

	/**
	 * The '<em><b>NATURAL GAS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATURAL_GAS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATURAL_GAS_VALUE = 7;

	/**
	 * The '<em><b>BIOMASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIOMASS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIOMASS_VALUE = 8;

	/**
	 * The '<em><b>WASTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WASTE_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Energy Carrier</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EnergyCarrier[] VALUES_ARRAY =
		new EnergyCarrier[] {
			UNSPECIFIED,
			ELECTRICITY,
			HYDROGEN,
			CO2,
			HEAT_STEAM,
			AMMONIA,
			METHANOL,
			NATURAL_GAS,
			BIOMASS,
			WASTE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Energy Carrier</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EnergyCarrier> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Energy Carrier</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnergyCarrier get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnergyCarrier result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Energy Carrier</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnergyCarrier getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnergyCarrier result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Energy Carrier</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnergyCarrier get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ELECTRICITY_VALUE: return ELECTRICITY;
			case HYDROGEN_VALUE: return HYDROGEN;
			case CO2_VALUE: return CO2;
			case HEAT_STEAM_VALUE: return HEAT_STEAM;
			case AMMONIA_VALUE: return AMMONIA;
			case METHANOL_VALUE: return METHANOL;
			case NATURAL_GAS_VALUE: return NATURAL_GAS;
			case BIOMASS_VALUE: return BIOMASS;
			case WASTE_VALUE: return WASTE;
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
	private EnergyCarrier(int value, String name, String literal) {
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
	
} //EnergyCarrier
