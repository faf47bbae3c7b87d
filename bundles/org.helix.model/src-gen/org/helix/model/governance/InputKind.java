/**
 * Helix
 */
package org.helix.model.governance;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Input Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage#getInputKind()
 * @model
 * @generated
 */
public enum InputKind implements Enumerator {
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
	 * The '<em><b>ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVICE(1, "ADVICE", "ADVICE"),

	/**
	 * The '<em><b>LETTER ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LETTER_ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	LETTER_ADVICE(2, "LETTER_ADVICE", "LETTER_ADVICE"),

	/**
	 * The '<em><b>POLICY ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_ADVICE(3, "POLICY_ADVICE", "POLICY_ADVICE"),

	/**
	 * The '<em><b>POSITION PAPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSITION_PAPER_VALUE
	 * @generated
	 * @ordered
	 */
	POSITION_PAPER(4, "POSITION_PAPER", "POSITION_PAPER"),

	/**
	 * The '<em><b>CONSULTATION RESPONSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTATION_RESPONSE_VALUE
	 * @generated
	 * @ordered
	 */
	CONSULTATION_RESPONSE(5, "CONSULTATION_RESPONSE", "CONSULTATION_RESPONSE"),

	/**
	 * The '<em><b>WORKSHOP INPUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_INPUT_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSHOP_INPUT(6, "WORKSHOP_INPUT", "WORKSHOP_INPUT"),

	/**
	 * The '<em><b>FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK(7, "FEEDBACK", "FEEDBACK"),

	/**
	 * The '<em><b>REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	REQUEST(8, "REQUEST", "REQUEST");

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
	 * The '<em><b>ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVICE_VALUE = 1;

	/**
	 * The '<em><b>LETTER ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LETTER_ADVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LETTER_ADVICE_VALUE = 2;

	/**
	 * The '<em><b>POLICY ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ADVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_ADVICE_VALUE = 3;

	/**
	 * The '<em><b>POSITION PAPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSITION_PAPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSITION_PAPER_VALUE = 4;

	/**
	 * The '<em><b>CONSULTATION RESPONSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSULTATION_RESPONSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSULTATION_RESPONSE_VALUE = 5;

	/**
	 * The '<em><b>WORKSHOP INPUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_INPUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSHOP_INPUT_VALUE = 6;

	/**
	 * The '<em><b>FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_VALUE = 7;

	/**
	 * The '<em><b>REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUEST_VALUE = 8;

	/**
	 * An array of all the '<em><b>Input Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InputKind[] VALUES_ARRAY =
		new InputKind[] {
			UNSPECIFIED,
			ADVICE,
			LETTER_ADVICE,
			POLICY_ADVICE,
			POSITION_PAPER,
			CONSULTATION_RESPONSE,
			WORKSHOP_INPUT,
			FEEDBACK,
			REQUEST,
		};

	/**
	 * A public read-only list of all the '<em><b>Input Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InputKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Input Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InputKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Input Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InputKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Input Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ADVICE_VALUE: return ADVICE;
			case LETTER_ADVICE_VALUE: return LETTER_ADVICE;
			case POLICY_ADVICE_VALUE: return POLICY_ADVICE;
			case POSITION_PAPER_VALUE: return POSITION_PAPER;
			case CONSULTATION_RESPONSE_VALUE: return CONSULTATION_RESPONSE;
			case WORKSHOP_INPUT_VALUE: return WORKSHOP_INPUT;
			case FEEDBACK_VALUE: return FEEDBACK;
			case REQUEST_VALUE: return REQUEST;
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
	private InputKind(int value, String name, String literal) {
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
	
} //InputKind
