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
 * A representation of the literals of the enumeration '<em><b>Deliverable Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.programme.ProgrammePackage#getDeliverableKind()
 * @model
 * @generated
 */
public enum DeliverableKind implements Enumerator {
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
	 * The '<em><b>POLICY ADVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ADVICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_ADVICE(1, "POLICY_ADVICE", "POLICY_ADVICE"),

	/**
	 * The '<em><b>ADVISORY NOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_NOTE(2, "ADVISORY_NOTE", "ADVISORY_NOTE"),

	/**
	 * The '<em><b>STUDY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDY_VALUE
	 * @generated
	 * @ordered
	 */
	STUDY(3, "STUDY", "STUDY"),

	/**
	 * The '<em><b>WORK PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_PLAN(4, "WORK_PLAN", "WORK_PLAN"),

	/**
	 * The '<em><b>PROGRESS REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRESS_REPORT(5, "PROGRESS_REPORT", "PROGRESS_REPORT"),

	/**
	 * The '<em><b>INVENTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVENTORY_VALUE
	 * @generated
	 * @ordered
	 */
	INVENTORY(6, "INVENTORY", "INVENTORY"),

	/**
	 * The '<em><b>INSTRUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INSTRUMENT(7, "INSTRUMENT", "INSTRUMENT"),

	/**
	 * The '<em><b>ROADMAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROADMAP_VALUE
	 * @generated
	 * @ordered
	 */
	ROADMAP(8, "ROADMAP", "ROADMAP"),

	/**
	 * The '<em><b>EVENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENT_VALUE
	 * @generated
	 * @ordered
	 */
	EVENT(9, "EVENT", "EVENT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER");

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
	 * The '<em><b>POLICY ADVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_ADVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_ADVICE_VALUE = 1;

	/**
	 * The '<em><b>ADVISORY NOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_NOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_NOTE_VALUE = 2;

	/**
	 * The '<em><b>STUDY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDY_VALUE = 3;

	/**
	 * The '<em><b>WORK PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORK_PLAN_VALUE = 4;

	/**
	 * The '<em><b>PROGRESS REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRESS_REPORT_VALUE = 5;

	/**
	 * The '<em><b>INVENTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVENTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVENTORY_VALUE = 6;

	/**
	 * The '<em><b>INSTRUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTRUMENT_VALUE = 7;

	/**
	 * The '<em><b>ROADMAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROADMAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROADMAP_VALUE = 8;

	/**
	 * The '<em><b>EVENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENT_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Deliverable Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeliverableKind[] VALUES_ARRAY =
		new DeliverableKind[] {
			UNSPECIFIED,
			POLICY_ADVICE,
			ADVISORY_NOTE,
			STUDY,
			WORK_PLAN,
			PROGRESS_REPORT,
			INVENTORY,
			INSTRUMENT,
			ROADMAP,
			EVENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Deliverable Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeliverableKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Deliverable Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeliverableKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeliverableKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Deliverable Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeliverableKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeliverableKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Deliverable Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeliverableKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case POLICY_ADVICE_VALUE: return POLICY_ADVICE;
			case ADVISORY_NOTE_VALUE: return ADVISORY_NOTE;
			case STUDY_VALUE: return STUDY;
			case WORK_PLAN_VALUE: return WORK_PLAN;
			case PROGRESS_REPORT_VALUE: return PROGRESS_REPORT;
			case INVENTORY_VALUE: return INVENTORY;
			case INSTRUMENT_VALUE: return INSTRUMENT;
			case ROADMAP_VALUE: return ROADMAP;
			case EVENT_VALUE: return EVENT;
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
	private DeliverableKind(int value, String name, String literal) {
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
	
} //DeliverableKind
