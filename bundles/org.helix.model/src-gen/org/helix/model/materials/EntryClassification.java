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
 * A representation of the literals of the enumeration '<em><b>Entry Classification</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.materials.MaterialsPackage#getEntryClassification()
 * @model
 * @generated
 */
public enum EntryClassification implements Enumerator {
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
	 * The '<em><b>CRITICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_VALUE
	 * @generated
	 * @ordered
	 */
	CRITICAL(1, "CRITICAL", "CRITICAL"),

	/**
	 * The '<em><b>STRATEGIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC(2, "STRATEGIC", "STRATEGIC"),

	/**
	 * The '<em><b>CRITICAL AND STRATEGIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_AND_STRATEGIC_VALUE
	 * @generated
	 * @ordered
	 */
	CRITICAL_AND_STRATEGIC(3, "CRITICAL_AND_STRATEGIC", "CRITICAL_AND_STRATEGIC"),

	/**
	 * The '<em><b>STRATEGIC ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC_ONLY(4, "STRATEGIC_ONLY", "STRATEGIC_ONLY"),

	/**
	 * The '<em><b>PROPOSED ADDITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPOSED_ADDITION_VALUE
	 * @generated
	 * @ordered
	 */
	PROPOSED_ADDITION(5, "PROPOSED_ADDITION", "PROPOSED_ADDITION"),

	/**
	 * The '<em><b>BORDERLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDERLINE_VALUE
	 * @generated
	 * @ordered
	 */
	BORDERLINE(6, "BORDERLINE", "BORDERLINE"),

	/**
	 * The '<em><b>EXCLUDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDED_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUDED(7, "EXCLUDED", "EXCLUDED"),

	/**
	 * The '<em><b>ASSESSED NOT CRITICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSED_NOT_CRITICAL_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSED_NOT_CRITICAL(8, "ASSESSED_NOT_CRITICAL", "ASSESSED_NOT_CRITICAL");

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
	 * The '<em><b>CRITICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRITICAL_VALUE = 1;

	/**
	 * The '<em><b>STRATEGIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_VALUE = 2;

	/**
	 * The '<em><b>CRITICAL AND STRATEGIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_AND_STRATEGIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRITICAL_AND_STRATEGIC_VALUE = 3;

	/**
	 * The '<em><b>STRATEGIC ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_ONLY_VALUE = 4;

	/**
	 * The '<em><b>PROPOSED ADDITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROPOSED_ADDITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROPOSED_ADDITION_VALUE = 5;

	/**
	 * The '<em><b>BORDERLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDERLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BORDERLINE_VALUE = 6;

	/**
	 * The '<em><b>EXCLUDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUDED_VALUE = 7;

	/**
	 * The '<em><b>ASSESSED NOT CRITICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSED_NOT_CRITICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSED_NOT_CRITICAL_VALUE = 8;

	/**
	 * An array of all the '<em><b>Entry Classification</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EntryClassification[] VALUES_ARRAY =
		new EntryClassification[] {
			UNSPECIFIED,
			CRITICAL,
			STRATEGIC,
			CRITICAL_AND_STRATEGIC,
			STRATEGIC_ONLY,
			PROPOSED_ADDITION,
			BORDERLINE,
			EXCLUDED,
			ASSESSED_NOT_CRITICAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Entry Classification</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EntryClassification> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Entry Classification</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntryClassification get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EntryClassification result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Entry Classification</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntryClassification getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EntryClassification result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Entry Classification</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EntryClassification get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case CRITICAL_VALUE: return CRITICAL;
			case STRATEGIC_VALUE: return STRATEGIC;
			case CRITICAL_AND_STRATEGIC_VALUE: return CRITICAL_AND_STRATEGIC;
			case STRATEGIC_ONLY_VALUE: return STRATEGIC_ONLY;
			case PROPOSED_ADDITION_VALUE: return PROPOSED_ADDITION;
			case BORDERLINE_VALUE: return BORDERLINE;
			case EXCLUDED_VALUE: return EXCLUDED;
			case ASSESSED_NOT_CRITICAL_VALUE: return ASSESSED_NOT_CRITICAL;
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
	private EntryClassification(int value, String name, String literal) {
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
	
} //EntryClassification
