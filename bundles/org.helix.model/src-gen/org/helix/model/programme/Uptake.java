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
 * A representation of the literals of the enumeration '<em><b>Uptake</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.programme.ProgrammePackage#getUptake()
 * @model
 * @generated
 */
public enum Uptake implements Enumerator {
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
	 * The '<em><b>ADVISORY NOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_NOTE(1, "ADVISORY_NOTE", "ADVISORY_NOTE"),

	/**
	 * The '<em><b>ADVISORY NOTE OR PROJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_NOTE_OR_PROJECT_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_NOTE_OR_PROJECT(2, "ADVISORY_NOTE_OR_PROJECT", "ADVISORY_NOTE_OR_PROJECT"),

	/**
	 * The '<em><b>PROJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT(3, "PROJECT", "PROJECT"),

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(4, "FOLLOW_UP", "FOLLOW_UP"),

	/**
	 * The '<em><b>FOLLOW UP AND CONSULTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_AND_CONSULTED_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP_AND_CONSULTED(5, "FOLLOW_UP_AND_CONSULTED", "FOLLOW_UP_AND_CONSULTED"),

	/**
	 * The '<em><b>CONSULTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTED_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTED(6, "CONSULTED", "CONSULTED"),

	/**
	 * The '<em><b>ADVISORY ROLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_ROLE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_ROLE(7, "ADVISORY_ROLE", "ADVISORY_ROLE"),

	/**
	 * The '<em><b>SOUNDING BOARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOUNDING_BOARD_VALUE
	 * @generated
	 * @ordered
	 */
	SOUNDING_BOARD(8, "SOUNDING_BOARD", "SOUNDING_BOARD"),

	/**
	 * The '<em><b>BUILD ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUILD_ON_VALUE
	 * @generated
	 * @ordered
	 */
	BUILD_ON(9, "BUILD_ON", "BUILD_ON"),

	/**
	 * The '<em><b>LATER PHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATER_PHASE_VALUE
	 * @generated
	 * @ordered
	 */
	LATER_PHASE(10, "LATER_PHASE", "LATER_PHASE"),

	/**
	 * The '<em><b>NEXT PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEXT_PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	NEXT_PROGRAMME(11, "NEXT_PROGRAMME", "NEXT_PROGRAMME"),

	/**
	 * The '<em><b>OUT OF SCOPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_SCOPE_VALUE
	 * @generated
	 * @ordered
	 */
	OUT_OF_SCOPE(12, "OUT_OF_SCOPE", "OUT_OF_SCOPE"),

	/**
	 * The '<em><b>NOT RETAINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RETAINED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RETAINED(13, "NOT_RETAINED", "NOT_RETAINED");

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
	 * The '<em><b>ADVISORY NOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_NOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_NOTE_VALUE = 1;

	/**
	 * The '<em><b>ADVISORY NOTE OR PROJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_NOTE_OR_PROJECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_NOTE_OR_PROJECT_VALUE = 2;

	/**
	 * The '<em><b>PROJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_VALUE = 3;

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 4;

	/**
	 * The '<em><b>FOLLOW UP AND CONSULTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_AND_CONSULTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_AND_CONSULTED_VALUE = 5;

	/**
	 * The '<em><b>CONSULTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTED_VALUE = 6;

	/**
	 * The '<em><b>ADVISORY ROLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_ROLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_ROLE_VALUE = 7;

	/**
	 * The '<em><b>SOUNDING BOARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOUNDING_BOARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOUNDING_BOARD_VALUE = 8;

	/**
	 * The '<em><b>BUILD ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUILD_ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUILD_ON_VALUE = 9;

	/**
	 * The '<em><b>LATER PHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATER_PHASE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LATER_PHASE_VALUE = 10;

	/**
	 * The '<em><b>NEXT PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEXT_PROGRAMME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEXT_PROGRAMME_VALUE = 11;

	/**
	 * The '<em><b>OUT OF SCOPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_SCOPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUT_OF_SCOPE_VALUE = 12;

	/**
	 * The '<em><b>NOT RETAINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RETAINED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RETAINED_VALUE = 13;

	/**
	 * An array of all the '<em><b>Uptake</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Uptake[] VALUES_ARRAY =
		new Uptake[] {
			UNSPECIFIED,
			ADVISORY_NOTE,
			ADVISORY_NOTE_OR_PROJECT,
			PROJECT,
			FOLLOW_UP,
			FOLLOW_UP_AND_CONSULTED,
			CONSULTED,
			ADVISORY_ROLE,
			SOUNDING_BOARD,
			BUILD_ON,
			LATER_PHASE,
			NEXT_PROGRAMME,
			OUT_OF_SCOPE,
			NOT_RETAINED,
		};

	/**
	 * A public read-only list of all the '<em><b>Uptake</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Uptake> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Uptake</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uptake get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Uptake result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uptake</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uptake getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Uptake result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Uptake</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Uptake get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ADVISORY_NOTE_VALUE: return ADVISORY_NOTE;
			case ADVISORY_NOTE_OR_PROJECT_VALUE: return ADVISORY_NOTE_OR_PROJECT;
			case PROJECT_VALUE: return PROJECT;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
			case FOLLOW_UP_AND_CONSULTED_VALUE: return FOLLOW_UP_AND_CONSULTED;
			case CONSULTED_VALUE: return CONSULTED;
			case ADVISORY_ROLE_VALUE: return ADVISORY_ROLE;
			case SOUNDING_BOARD_VALUE: return SOUNDING_BOARD;
			case BUILD_ON_VALUE: return BUILD_ON;
			case LATER_PHASE_VALUE: return LATER_PHASE;
			case NEXT_PROGRAMME_VALUE: return NEXT_PROGRAMME;
			case OUT_OF_SCOPE_VALUE: return OUT_OF_SCOPE;
			case NOT_RETAINED_VALUE: return NOT_RETAINED;
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
	private Uptake(int value, String name, String literal) {
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
	
} //Uptake
