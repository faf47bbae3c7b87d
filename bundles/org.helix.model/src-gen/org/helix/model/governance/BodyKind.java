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
 * A representation of the literals of the enumeration '<em><b>Body Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage#getBodyKind()
 * @model
 * @generated
 */
public enum BodyKind implements Enumerator {
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
	 * The '<em><b>PERMANENT COUNCIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMANENT_COUNCIL_VALUE
	 * @generated
	 * @ordered
	 */
	PERMANENT_COUNCIL(1, "PERMANENT_COUNCIL", "PERMANENT_COUNCIL"),

	/**
	 * The '<em><b>SOUNDING BOARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOUNDING_BOARD_VALUE
	 * @generated
	 * @ordered
	 */
	SOUNDING_BOARD(2, "SOUNDING_BOARD", "SOUNDING_BOARD"),

	/**
	 * The '<em><b>WORKING GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	WORKING_GROUP(3, "WORKING_GROUP", "WORKING_GROUP"),

	/**
	 * The '<em><b>PROJECT GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_GROUP(4, "PROJECT_GROUP", "PROJECT_GROUP"),

	/**
	 * The '<em><b>STEERING GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	STEERING_GROUP(5, "STEERING_GROUP", "STEERING_GROUP"),

	/**
	 * The '<em><b>COORDINATION TEAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION_TEAM_VALUE
	 * @generated
	 * @ordered
	 */
	COORDINATION_TEAM(6, "COORDINATION_TEAM", "COORDINATION_TEAM"),

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT(7, "GOVERNMENT", "GOVERNMENT"),

	/**
	 * The '<em><b>PARLIAMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARLIAMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PARLIAMENT(8, "PARLIAMENT", "PARLIAMENT"),

	/**
	 * The '<em><b>ADVISORY COUNCIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_COUNCIL_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_COUNCIL(9, "ADVISORY_COUNCIL", "ADVISORY_COUNCIL"),

	/**
	 * The '<em><b>ADVISORY COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_COMMITTEE(10, "ADVISORY_COMMITTEE", "ADVISORY_COMMITTEE"),

	/**
	 * The '<em><b>BOARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD_VALUE
	 * @generated
	 * @ordered
	 */
	BOARD(11, "BOARD", "BOARD"),

	/**
	 * The '<em><b>FORUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORUM_VALUE
	 * @generated
	 * @ordered
	 */
	FORUM(12, "FORUM", "FORUM"),

	/**
	 * The '<em><b>EXTERNAL PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL_PLATFORM(13, "EXTERNAL_PLATFORM", "EXTERNAL_PLATFORM"),

	/**
	 * The '<em><b>ANNUAL ASSEMBLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_ASSEMBLY_VALUE
	 * @generated
	 * @ordered
	 */
	ANNUAL_ASSEMBLY(14, "ANNUAL_ASSEMBLY", "ANNUAL_ASSEMBLY"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(15, "OTHER", "OTHER");

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
	 * The '<em><b>PERMANENT COUNCIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMANENT_COUNCIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERMANENT_COUNCIL_VALUE = 1;

	/**
	 * The '<em><b>SOUNDING BOARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOUNDING_BOARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOUNDING_BOARD_VALUE = 2;

	/**
	 * The '<em><b>WORKING GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKING_GROUP_VALUE = 3;

	/**
	 * The '<em><b>PROJECT GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_GROUP_VALUE = 4;

	/**
	 * The '<em><b>STEERING GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STEERING_GROUP_VALUE = 5;

	/**
	 * The '<em><b>COORDINATION TEAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COORDINATION_TEAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COORDINATION_TEAM_VALUE = 6;

	/**
	 * The '<em><b>GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_VALUE = 7;

	/**
	 * The '<em><b>PARLIAMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARLIAMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARLIAMENT_VALUE = 8;

	/**
	 * The '<em><b>ADVISORY COUNCIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_COUNCIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_COUNCIL_VALUE = 9;

	/**
	 * The '<em><b>ADVISORY COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_COMMITTEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_COMMITTEE_VALUE = 10;

	/**
	 * The '<em><b>BOARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOARD_VALUE = 11;

	/**
	 * The '<em><b>FORUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORUM_VALUE = 12;

	/**
	 * The '<em><b>EXTERNAL PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_PLATFORM_VALUE = 13;

	/**
	 * The '<em><b>ANNUAL ASSEMBLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_ASSEMBLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNUAL_ASSEMBLY_VALUE = 14;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 15;

	/**
	 * An array of all the '<em><b>Body Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BodyKind[] VALUES_ARRAY =
		new BodyKind[] {
			UNSPECIFIED,
			PERMANENT_COUNCIL,
			SOUNDING_BOARD,
			WORKING_GROUP,
			PROJECT_GROUP,
			STEERING_GROUP,
			COORDINATION_TEAM,
			GOVERNMENT,
			PARLIAMENT,
			ADVISORY_COUNCIL,
			ADVISORY_COMMITTEE,
			BOARD,
			FORUM,
			EXTERNAL_PLATFORM,
			ANNUAL_ASSEMBLY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Body Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BodyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BodyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Body Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BodyKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PERMANENT_COUNCIL_VALUE: return PERMANENT_COUNCIL;
			case SOUNDING_BOARD_VALUE: return SOUNDING_BOARD;
			case WORKING_GROUP_VALUE: return WORKING_GROUP;
			case PROJECT_GROUP_VALUE: return PROJECT_GROUP;
			case STEERING_GROUP_VALUE: return STEERING_GROUP;
			case COORDINATION_TEAM_VALUE: return COORDINATION_TEAM;
			case GOVERNMENT_VALUE: return GOVERNMENT;
			case PARLIAMENT_VALUE: return PARLIAMENT;
			case ADVISORY_COUNCIL_VALUE: return ADVISORY_COUNCIL;
			case ADVISORY_COMMITTEE_VALUE: return ADVISORY_COMMITTEE;
			case BOARD_VALUE: return BOARD;
			case FORUM_VALUE: return FORUM;
			case EXTERNAL_PLATFORM_VALUE: return EXTERNAL_PLATFORM;
			case ANNUAL_ASSEMBLY_VALUE: return ANNUAL_ASSEMBLY;
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
	private BodyKind(int value, String name, String literal) {
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
	
} //BodyKind
