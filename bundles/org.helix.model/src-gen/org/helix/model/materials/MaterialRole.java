/**
 * Helix
 */
package org.helix.model.materials;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Material Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage#getMaterialRole()
 * @model
 * @generated
 */
public enum MaterialRole implements Enumerator {
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
	 * The '<em><b>USES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USES_VALUE
	 * @generated
	 * @ordered
	 */
	USES(1, "USES", "USES"),

	/**
	 * The '<em><b>PRODUCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCES_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCES(2, "PRODUCES", "PRODUCES"),

	/**
	 * The '<em><b>PROCESSES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSES_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESSES(3, "PROCESSES", "PROCESSES"),

	/**
	 * The '<em><b>RECYCLES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECYCLES_VALUE
	 * @generated
	 * @ordered
	 */
	RECYCLES(4, "RECYCLES", "RECYCLES"),

	/**
	 * The '<em><b>EXTRACTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTRACTS_VALUE
	 * @generated
	 * @ordered
	 */
	EXTRACTS(5, "EXTRACTS", "EXTRACTS"),

	/**
	 * The '<em><b>SUBSTITUTES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTITUTES_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSTITUTES(6, "SUBSTITUTES", "SUBSTITUTES");

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
	 * The '<em><b>USES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USES_VALUE = 1;

	/**
	 * The '<em><b>PRODUCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCES_VALUE = 2;

	/**
	 * The '<em><b>PROCESSES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCESSES_VALUE = 3;

	/**
	 * The '<em><b>RECYCLES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECYCLES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECYCLES_VALUE = 4;

	/**
	 * The '<em><b>EXTRACTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTRACTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTRACTS_VALUE = 5;

	/**
	 * The '<em><b>SUBSTITUTES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTITUTES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSTITUTES_VALUE = 6;

	/**
	 * An array of all the '<em><b>Material Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MaterialRole[] VALUES_ARRAY =
		new MaterialRole[] {
			UNSPECIFIED,
			USES,
			PRODUCES,
			PROCESSES,
			RECYCLES,
			EXTRACTS,
			SUBSTITUTES,
		};

	/**
	 * A public read-only list of all the '<em><b>Material Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MaterialRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Material Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaterialRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Material Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaterialRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Material Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaterialRole get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case USES_VALUE: return USES;
			case PRODUCES_VALUE: return PRODUCES;
			case PROCESSES_VALUE: return PROCESSES;
			case RECYCLES_VALUE: return RECYCLES;
			case EXTRACTS_VALUE: return EXTRACTS;
			case SUBSTITUTES_VALUE: return SUBSTITUTES;
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
	private MaterialRole(int value, String name, String literal) {
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
	
} //MaterialRole
