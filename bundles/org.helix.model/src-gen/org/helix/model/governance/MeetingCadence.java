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
 * A representation of the literals of the enumeration '<em><b>Meeting Cadence</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage#getMeetingCadence()
 * @model
 * @generated
 */
public enum MeetingCadence implements Enumerator {
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
	 * The '<em><b>WEEKLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEEKLY_VALUE
	 * @generated
	 * @ordered
	 */
	WEEKLY(1, "WEEKLY", "WEEKLY"),

	/**
	 * The '<em><b>MONTHLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_VALUE
	 * @generated
	 * @ordered
	 */
	MONTHLY(2, "MONTHLY", "MONTHLY"),

	/**
	 * The '<em><b>SIX WEEKLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIX_WEEKLY_VALUE
	 * @generated
	 * @ordered
	 */
	SIX_WEEKLY(3, "SIX_WEEKLY", "SIX_WEEKLY"),

	/**
	 * The '<em><b>QUARTERLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTERLY_VALUE
	 * @generated
	 * @ordered
	 */
	QUARTERLY(4, "QUARTERLY", "QUARTERLY"),

	/**
	 * The '<em><b>THREE TIMES AYEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREE_TIMES_AYEAR_VALUE
	 * @generated
	 * @ordered
	 */
	THREE_TIMES_AYEAR(5, "THREE_TIMES_A_YEAR", "THREE_TIMES_A_YEAR"),

	/**
	 * The '<em><b>TWICE AYEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWICE_AYEAR_VALUE
	 * @generated
	 * @ordered
	 */
	TWICE_AYEAR(6, "TWICE_A_YEAR", "TWICE_A_YEAR"),

	/**
	 * The '<em><b>ANNUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_VALUE
	 * @generated
	 * @ordered
	 */
	ANNUAL(7, "ANNUAL", "ANNUAL"),

	/**
	 * The '<em><b>FIVE YEARLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIVE_YEARLY_VALUE
	 * @generated
	 * @ordered
	 */
	FIVE_YEARLY(8, "FIVE_YEARLY", "FIVE_YEARLY"),

	/**
	 * The '<em><b>REGULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULAR(9, "REGULAR", "REGULAR"),

	/**
	 * The '<em><b>AD HOC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AD_HOC_VALUE
	 * @generated
	 * @ordered
	 */
	AD_HOC(10, "AD_HOC", "AD_HOC"),

	/**
	 * The '<em><b>CONTINUOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUOUS_VALUE
	 * @generated
	 * @ordered
	 */
	CONTINUOUS(11, "CONTINUOUS", "CONTINUOUS");

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
	 * The '<em><b>WEEKLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEEKLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEEKLY_VALUE = 1;

	/**
	 * The '<em><b>MONTHLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONTHLY_VALUE = 2;

	/**
	 * The '<em><b>SIX WEEKLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIX_WEEKLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIX_WEEKLY_VALUE = 3;

	/**
	 * The '<em><b>QUARTERLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTERLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUARTERLY_VALUE = 4;

	/**
	 * The '<em><b>THREE TIMES AYEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREE_TIMES_AYEAR
	 * @model name="THREE_TIMES_A_YEAR"
	 * @generated
	 * @ordered
	 */
	public static final int THREE_TIMES_AYEAR_VALUE = 5;

	/**
	 * The '<em><b>TWICE AYEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TWICE_AYEAR
	 * @model name="TWICE_A_YEAR"
	 * @generated
	 * @ordered
	 */
	public static final int TWICE_AYEAR_VALUE = 6;

	/**
	 * The '<em><b>ANNUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNUAL_VALUE = 7;

	/**
	 * The '<em><b>FIVE YEARLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIVE_YEARLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIVE_YEARLY_VALUE = 8;

	/**
	 * The '<em><b>REGULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULAR_VALUE = 9;

	/**
	 * The '<em><b>AD HOC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AD_HOC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AD_HOC_VALUE = 10;

	/**
	 * The '<em><b>CONTINUOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTINUOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTINUOUS_VALUE = 11;

	/**
	 * An array of all the '<em><b>Meeting Cadence</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeetingCadence[] VALUES_ARRAY =
		new MeetingCadence[] {
			UNSPECIFIED,
			WEEKLY,
			MONTHLY,
			SIX_WEEKLY,
			QUARTERLY,
			THREE_TIMES_AYEAR,
			TWICE_AYEAR,
			ANNUAL,
			FIVE_YEARLY,
			REGULAR,
			AD_HOC,
			CONTINUOUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Meeting Cadence</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeetingCadence> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Meeting Cadence</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingCadence get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingCadence result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Cadence</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingCadence getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingCadence result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Cadence</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingCadence get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case WEEKLY_VALUE: return WEEKLY;
			case MONTHLY_VALUE: return MONTHLY;
			case SIX_WEEKLY_VALUE: return SIX_WEEKLY;
			case QUARTERLY_VALUE: return QUARTERLY;
			case THREE_TIMES_AYEAR_VALUE: return THREE_TIMES_AYEAR;
			case TWICE_AYEAR_VALUE: return TWICE_AYEAR;
			case ANNUAL_VALUE: return ANNUAL;
			case FIVE_YEARLY_VALUE: return FIVE_YEARLY;
			case REGULAR_VALUE: return REGULAR;
			case AD_HOC_VALUE: return AD_HOC;
			case CONTINUOUS_VALUE: return CONTINUOUS;
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
	private MeetingCadence(int value, String name, String literal) {
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
	
} //MeetingCadence
