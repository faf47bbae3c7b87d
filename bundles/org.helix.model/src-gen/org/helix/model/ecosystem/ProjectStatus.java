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
 * A representation of the literals of the enumeration '<em><b>Project Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getProjectStatus()
 * @model
 * @generated
 */
public enum ProjectStatus implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "UNKNOWN"),

	/**
	 * The '<em><b>CONCEPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCEPT_VALUE
	 * @generated
	 * @ordered
	 */
	CONCEPT(1, "CONCEPT", "CONCEPT"),

	/**
	 * The '<em><b>ANNOUNCED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNOUNCED_VALUE
	 * @generated
	 * @ordered
	 */
	ANNOUNCED(2, "ANNOUNCED", "ANNOUNCED"),

	/**
	 * The '<em><b>PLANNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNED_VALUE
	 * @generated
	 * @ordered
	 */
	PLANNED(3, "PLANNED", "PLANNED"),

	/**
	 * The '<em><b>FID PENDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FID_PENDING_VALUE
	 * @generated
	 * @ordered
	 */
	FID_PENDING(4, "FID_PENDING", "FID_PENDING"),

	/**
	 * The '<em><b>FID TAKEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FID_TAKEN_VALUE
	 * @generated
	 * @ordered
	 */
	FID_TAKEN(5, "FID_TAKEN", "FID_TAKEN"),

	/**
	 * The '<em><b>IN EXECUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_EXECUTION_VALUE
	 * @generated
	 * @ordered
	 */
	IN_EXECUTION(6, "IN_EXECUTION", "IN_EXECUTION"),

	/**
	 * The '<em><b>UNDER CONSTRUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_CONSTRUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_CONSTRUCTION(7, "UNDER_CONSTRUCTION", "UNDER_CONSTRUCTION"),

	/**
	 * The '<em><b>STARTUP PLANNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTUP_PLANNED_VALUE
	 * @generated
	 * @ordered
	 */
	STARTUP_PLANNED(8, "STARTUP_PLANNED", "STARTUP_PLANNED"),

	/**
	 * The '<em><b>OPERATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	OPERATIONAL(9, "OPERATIONAL", "OPERATIONAL"),

	/**
	 * The '<em><b>PILOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PILOT_VALUE
	 * @generated
	 * @ordered
	 */
	PILOT(10, "PILOT", "PILOT"),

	/**
	 * The '<em><b>POSTPONED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTPONED_VALUE
	 * @generated
	 * @ordered
	 */
	POSTPONED(11, "POSTPONED", "POSTPONED"),

	/**
	 * The '<em><b>CANCELLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLED_VALUE
	 * @generated
	 * @ordered
	 */
	CANCELLED(12, "CANCELLED", "CANCELLED");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>CONCEPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCEPT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONCEPT_VALUE = 1;

	/**
	 * The '<em><b>ANNOUNCED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNOUNCED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNOUNCED_VALUE = 2;

	/**
	 * The '<em><b>PLANNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLANNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLANNED_VALUE = 3;

	/**
	 * The '<em><b>FID PENDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FID_PENDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FID_PENDING_VALUE = 4;

	/**
	 * The '<em><b>FID TAKEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FID_TAKEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FID_TAKEN_VALUE = 5;

	/**
	 * The '<em><b>IN EXECUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_EXECUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_EXECUTION_VALUE = 6;

	/**
	 * The '<em><b>UNDER CONSTRUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_CONSTRUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_CONSTRUCTION_VALUE = 7;

	/**
	 * The '<em><b>STARTUP PLANNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTUP_PLANNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STARTUP_PLANNED_VALUE = 8;

	/**
	 * The '<em><b>OPERATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPERATIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPERATIONAL_VALUE = 9;

	/**
	 * The '<em><b>PILOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PILOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PILOT_VALUE = 10;

	/**
	 * The '<em><b>POSTPONED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTPONED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSTPONED_VALUE = 11;

	/**
	 * The '<em><b>CANCELLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANCELLED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CANCELLED_VALUE = 12;

	/**
	 * An array of all the '<em><b>Project Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProjectStatus[] VALUES_ARRAY =
		new ProjectStatus[] {
			UNKNOWN,
			CONCEPT,
			ANNOUNCED,
			PLANNED,
			FID_PENDING,
			FID_TAKEN,
			IN_EXECUTION,
			UNDER_CONSTRUCTION,
			STARTUP_PLANNED,
			OPERATIONAL,
			PILOT,
			POSTPONED,
			CANCELLED,
		};

	/**
	 * A public read-only list of all the '<em><b>Project Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProjectStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Project Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProjectStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProjectStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Project Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProjectStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProjectStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Project Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProjectStatus get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case CONCEPT_VALUE: return CONCEPT;
			case ANNOUNCED_VALUE: return ANNOUNCED;
			case PLANNED_VALUE: return PLANNED;
			case FID_PENDING_VALUE: return FID_PENDING;
			case FID_TAKEN_VALUE: return FID_TAKEN;
			case IN_EXECUTION_VALUE: return IN_EXECUTION;
			case UNDER_CONSTRUCTION_VALUE: return UNDER_CONSTRUCTION;
			case STARTUP_PLANNED_VALUE: return STARTUP_PLANNED;
			case OPERATIONAL_VALUE: return OPERATIONAL;
			case PILOT_VALUE: return PILOT;
			case POSTPONED_VALUE: return POSTPONED;
			case CANCELLED_VALUE: return CANCELLED;
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
	private ProjectStatus(int value, String name, String literal) {
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
	
} //ProjectStatus
