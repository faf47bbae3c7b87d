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
 * A representation of the literals of the enumeration '<em><b>Meeting Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage#getMeetingKind()
 * @model
 * @generated
 */
public enum MeetingKind implements Enumerator {
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
	 * The '<em><b>REGULAR MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR_MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	REGULAR_MEETING(1, "REGULAR_MEETING", "REGULAR_MEETING"),

	/**
	 * The '<em><b>WORKSHOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSHOP(2, "WORKSHOP", "WORKSHOP"),

	/**
	 * The '<em><b>EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	EVALUATION(3, "EVALUATION", "EVALUATION"),

	/**
	 * The '<em><b>ANNUAL EVENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_EVENT_VALUE
	 * @generated
	 * @ordered
	 */
	ANNUAL_EVENT(4, "ANNUAL_EVENT", "ANNUAL_EVENT"),

	/**
	 * The '<em><b>REFLECTION MOMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECTION_MOMENT_VALUE
	 * @generated
	 * @ordered
	 */
	REFLECTION_MOMENT(5, "REFLECTION_MOMENT", "REFLECTION_MOMENT"),

	/**
	 * The '<em><b>INFO SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFO_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	INFO_SESSION(6, "INFO_SESSION", "INFO_SESSION"),

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
	 * The '<em><b>REGULAR MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR_MEETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULAR_MEETING_VALUE = 1;

	/**
	 * The '<em><b>WORKSHOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSHOP_VALUE = 2;

	/**
	 * The '<em><b>EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVALUATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVALUATION_VALUE = 3;

	/**
	 * The '<em><b>ANNUAL EVENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_EVENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNUAL_EVENT_VALUE = 4;

	/**
	 * The '<em><b>REFLECTION MOMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFLECTION_MOMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFLECTION_MOMENT_VALUE = 5;

	/**
	 * The '<em><b>INFO SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFO_SESSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFO_SESSION_VALUE = 6;

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
	 * An array of all the '<em><b>Meeting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeetingKind[] VALUES_ARRAY =
		new MeetingKind[] {
			UNSPECIFIED,
			REGULAR_MEETING,
			WORKSHOP,
			EVALUATION,
			ANNUAL_EVENT,
			REFLECTION_MOMENT,
			INFO_SESSION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Meeting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeetingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case REGULAR_MEETING_VALUE: return REGULAR_MEETING;
			case WORKSHOP_VALUE: return WORKSHOP;
			case EVALUATION_VALUE: return EVALUATION;
			case ANNUAL_EVENT_VALUE: return ANNUAL_EVENT;
			case REFLECTION_MOMENT_VALUE: return REFLECTION_MOMENT;
			case INFO_SESSION_VALUE: return INFO_SESSION;
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
	private MeetingKind(int value, String name, String literal) {
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
	
} //MeetingKind
