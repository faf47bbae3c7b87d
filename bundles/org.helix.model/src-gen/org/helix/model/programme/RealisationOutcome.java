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
 * A representation of the literals of the enumeration '<em><b>Realisation Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.programme.ProgrammePackage#getRealisationOutcome()
 * @model
 * @generated
 */
public enum RealisationOutcome implements Enumerator {
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
	 * The '<em><b>REALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REALISED_VALUE
	 * @generated
	 * @ordered
	 */
	REALISED(1, "REALISED", "REALISED"),

	/**
	 * The '<em><b>PARTLY REALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTLY_REALISED_VALUE
	 * @generated
	 * @ordered
	 */
	PARTLY_REALISED(2, "PARTLY_REALISED", "PARTLY_REALISED"),

	/**
	 * The '<em><b>NOT REALISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REALISED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REALISED(3, "NOT_REALISED", "NOT_REALISED"),

	/**
	 * The '<em><b>NOT STARTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_STARTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_STARTED(4, "NOT_STARTED", "NOT_STARTED"),

	/**
	 * The '<em><b>INSUFFICIENT SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSUFFICIENT_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	INSUFFICIENT_SUPPORT(5, "INSUFFICIENT_SUPPORT", "INSUFFICIENT_SUPPORT"),

	/**
	 * The '<em><b>NOT PICKED UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PICKED_UP_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_PICKED_UP(6, "NOT_PICKED_UP", "NOT_PICKED_UP");

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
	 * The '<em><b>REALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REALISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REALISED_VALUE = 1;

	/**
	 * The '<em><b>PARTLY REALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTLY_REALISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTLY_REALISED_VALUE = 2;

	/**
	 * The '<em><b>NOT REALISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REALISED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REALISED_VALUE = 3;

	/**
	 * The '<em><b>NOT STARTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_STARTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_STARTED_VALUE = 4;

	/**
	 * The '<em><b>INSUFFICIENT SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSUFFICIENT_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSUFFICIENT_SUPPORT_VALUE = 5;

	/**
	 * The '<em><b>NOT PICKED UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_PICKED_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_PICKED_UP_VALUE = 6;

	/**
	 * An array of all the '<em><b>Realisation Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RealisationOutcome[] VALUES_ARRAY =
		new RealisationOutcome[] {
			UNSPECIFIED,
			REALISED,
			PARTLY_REALISED,
			NOT_REALISED,
			NOT_STARTED,
			INSUFFICIENT_SUPPORT,
			NOT_PICKED_UP,
		};

	/**
	 * A public read-only list of all the '<em><b>Realisation Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RealisationOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Realisation Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RealisationOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RealisationOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Realisation Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RealisationOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RealisationOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Realisation Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RealisationOutcome get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case REALISED_VALUE: return REALISED;
			case PARTLY_REALISED_VALUE: return PARTLY_REALISED;
			case NOT_REALISED_VALUE: return NOT_REALISED;
			case NOT_STARTED_VALUE: return NOT_STARTED;
			case INSUFFICIENT_SUPPORT_VALUE: return INSUFFICIENT_SUPPORT;
			case NOT_PICKED_UP_VALUE: return NOT_PICKED_UP;
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
	private RealisationOutcome(int value, String name, String literal) {
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
	
} //RealisationOutcome
