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
 * A representation of the literals of the enumeration '<em><b>Value Chain Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getValueChainRole()
 * @model
 * @generated
 */
public enum ValueChainRole implements Enumerator {
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
	 * The '<em><b>FULL CHAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CHAIN_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_CHAIN(1, "FULL_CHAIN", "FULL_CHAIN"),

	/**
	 * The '<em><b>INDISPENSABLE LINK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDISPENSABLE_LINK_VALUE
	 * @generated
	 * @ordered
	 */
	INDISPENSABLE_LINK(2, "INDISPENSABLE_LINK", "INDISPENSABLE_LINK"),

	/**
	 * The '<em><b>UNIQUE LINK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIQUE_LINK_VALUE
	 * @generated
	 * @ordered
	 */
	UNIQUE_LINK(3, "UNIQUE_LINK", "UNIQUE_LINK"),

	/**
	 * The '<em><b>NICHE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NICHE_VALUE
	 * @generated
	 * @ordered
	 */
	NICHE(4, "NICHE", "NICHE");

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
	 * The '<em><b>FULL CHAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_CHAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULL_CHAIN_VALUE = 1;

	/**
	 * The '<em><b>INDISPENSABLE LINK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDISPENSABLE_LINK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDISPENSABLE_LINK_VALUE = 2;

	/**
	 * The '<em><b>UNIQUE LINK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIQUE_LINK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIQUE_LINK_VALUE = 3;

	/**
	 * The '<em><b>NICHE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NICHE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NICHE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Value Chain Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ValueChainRole[] VALUES_ARRAY =
		new ValueChainRole[] {
			UNSPECIFIED,
			FULL_CHAIN,
			INDISPENSABLE_LINK,
			UNIQUE_LINK,
			NICHE,
		};

	/**
	 * A public read-only list of all the '<em><b>Value Chain Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ValueChainRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Value Chain Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueChainRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ValueChainRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Value Chain Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueChainRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ValueChainRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Value Chain Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ValueChainRole get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case FULL_CHAIN_VALUE: return FULL_CHAIN;
			case INDISPENSABLE_LINK_VALUE: return INDISPENSABLE_LINK;
			case UNIQUE_LINK_VALUE: return UNIQUE_LINK;
			case NICHE_VALUE: return NICHE;
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
	private ValueChainRole(int value, String name, String literal) {
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
	
} //ValueChainRole
