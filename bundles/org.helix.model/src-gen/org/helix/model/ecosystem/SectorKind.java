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
 * A representation of the literals of the enumeration '<em><b>Sector Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getSectorKind()
 * @model
 * @generated
 */
public enum SectorKind implements Enumerator {
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
	 * The '<em><b>ECONOMIC SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	ECONOMIC_SECTOR(1, "ECONOMIC_SECTOR", "ECONOMIC_SECTOR"),

	/**
	 * The '<em><b>EMISSION SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMISSION_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	EMISSION_SECTOR(2, "EMISSION_SECTOR", "EMISSION_SECTOR"),

	/**
	 * The '<em><b>INDUSTRY SUBSECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_SUBSECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY_SUBSECTOR(3, "INDUSTRY_SUBSECTOR", "INDUSTRY_SUBSECTOR"),

	/**
	 * The '<em><b>KEY SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_SECTOR(4, "KEY_SECTOR", "KEY_SECTOR");

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
	 * The '<em><b>ECONOMIC SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECONOMIC_SECTOR_VALUE = 1;

	/**
	 * The '<em><b>EMISSION SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMISSION_SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMISSION_SECTOR_VALUE = 2;

	/**
	 * The '<em><b>INDUSTRY SUBSECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_SUBSECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_SUBSECTOR_VALUE = 3;

	/**
	 * The '<em><b>KEY SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_SECTOR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Sector Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SectorKind[] VALUES_ARRAY =
		new SectorKind[] {
			UNSPECIFIED,
			ECONOMIC_SECTOR,
			EMISSION_SECTOR,
			INDUSTRY_SUBSECTOR,
			KEY_SECTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Sector Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SectorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sector Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectorKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ECONOMIC_SECTOR_VALUE: return ECONOMIC_SECTOR;
			case EMISSION_SECTOR_VALUE: return EMISSION_SECTOR;
			case INDUSTRY_SUBSECTOR_VALUE: return INDUSTRY_SUBSECTOR;
			case KEY_SECTOR_VALUE: return KEY_SECTOR;
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
	private SectorKind(int value, String name, String literal) {
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
	
} //SectorKind
