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
 * A representation of the literals of the enumeration '<em><b>Reporting Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.governance.GovernancePackage#getReportingKind()
 * @model
 * @generated
 */
public enum ReportingKind implements Enumerator {
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
	 * The '<em><b>REPORTS TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTS_TO_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTS_TO(1, "REPORTS_TO", "REPORTS_TO"),

	/**
	 * The '<em><b>ADVISES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISES(2, "ADVISES", "ADVISES"),

	/**
	 * The '<em><b>PROGRESS REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRESS_REPORT(3, "PROGRESS_REPORT", "PROGRESS_REPORT"),

	/**
	 * The '<em><b>STATUS REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATUS_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	STATUS_REPORT(4, "STATUS_REPORT", "STATUS_REPORT"),

	/**
	 * The '<em><b>FEEDBACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK(5, "FEEDBACK", "FEEDBACK"),

	/**
	 * The '<em><b>FEEDBACK LOOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_LOOP_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_LOOP(6, "FEEDBACK_LOOP", "FEEDBACK_LOOP");

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
	 * The '<em><b>REPORTS TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTS_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTS_TO_VALUE = 1;

	/**
	 * The '<em><b>ADVISES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISES_VALUE = 2;

	/**
	 * The '<em><b>PROGRESS REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRESS_REPORT_VALUE = 3;

	/**
	 * The '<em><b>STATUS REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATUS_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATUS_REPORT_VALUE = 4;

	/**
	 * The '<em><b>FEEDBACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_VALUE = 5;

	/**
	 * The '<em><b>FEEDBACK LOOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_LOOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_LOOP_VALUE = 6;

	/**
	 * An array of all the '<em><b>Reporting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReportingKind[] VALUES_ARRAY =
		new ReportingKind[] {
			UNSPECIFIED,
			REPORTS_TO,
			ADVISES,
			PROGRESS_REPORT,
			STATUS_REPORT,
			FEEDBACK,
			FEEDBACK_LOOP,
		};

	/**
	 * A public read-only list of all the '<em><b>Reporting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReportingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reporting Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reporting Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reporting Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportingKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case REPORTS_TO_VALUE: return REPORTS_TO;
			case ADVISES_VALUE: return ADVISES;
			case PROGRESS_REPORT_VALUE: return PROGRESS_REPORT;
			case STATUS_REPORT_VALUE: return STATUS_REPORT;
			case FEEDBACK_VALUE: return FEEDBACK;
			case FEEDBACK_LOOP_VALUE: return FEEDBACK_LOOP;
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
	private ReportingKind(int value, String name, String literal) {
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
	
} //ReportingKind
