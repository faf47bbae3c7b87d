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
 * A representation of the literals of the enumeration '<em><b>Data Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getDataSourceKind()
 * @model
 * @generated
 */
public enum DataSourceKind implements Enumerator {
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
	 * The '<em><b>PUBLICATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLICATIONS(1, "PUBLICATIONS", "PUBLICATIONS"),

	/**
	 * The '<em><b>PATENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATENTS_VALUE
	 * @generated
	 * @ordered
	 */
	PATENTS(2, "PATENTS", "PATENTS"),

	/**
	 * The '<em><b>STARTUP INVESTMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTUP_INVESTMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	STARTUP_INVESTMENTS(3, "STARTUP_INVESTMENTS", "STARTUP_INVESTMENTS"),

	/**
	 * The '<em><b>INDICATOR BOOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDICATOR_BOOK_VALUE
	 * @generated
	 * @ordered
	 */
	INDICATOR_BOOK(4, "INDICATOR_BOOK", "INDICATOR_BOOK"),

	/**
	 * The '<em><b>STATISTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATISTICS_VALUE
	 * @generated
	 * @ordered
	 */
	STATISTICS(5, "STATISTICS", "STATISTICS"),

	/**
	 * The '<em><b>SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(6, "SURVEY", "SURVEY"),

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
	 * The '<em><b>PUBLICATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLICATIONS_VALUE = 1;

	/**
	 * The '<em><b>PATENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PATENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PATENTS_VALUE = 2;

	/**
	 * The '<em><b>STARTUP INVESTMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STARTUP_INVESTMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STARTUP_INVESTMENTS_VALUE = 3;

	/**
	 * The '<em><b>INDICATOR BOOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDICATOR_BOOK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDICATOR_BOOK_VALUE = 4;

	/**
	 * The '<em><b>STATISTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATISTICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATISTICS_VALUE = 5;

	/**
	 * The '<em><b>SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 6;

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
	 * An array of all the '<em><b>Data Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataSourceKind[] VALUES_ARRAY =
		new DataSourceKind[] {
			UNSPECIFIED,
			PUBLICATIONS,
			PATENTS,
			STARTUP_INVESTMENTS,
			INDICATOR_BOOK,
			STATISTICS,
			SURVEY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataSourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PUBLICATIONS_VALUE: return PUBLICATIONS;
			case PATENTS_VALUE: return PATENTS;
			case STARTUP_INVESTMENTS_VALUE: return STARTUP_INVESTMENTS;
			case INDICATOR_BOOK_VALUE: return INDICATOR_BOOK;
			case STATISTICS_VALUE: return STATISTICS;
			case SURVEY_VALUE: return SURVEY;
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
	private DataSourceKind(int value, String name, String literal) {
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
	
} //DataSourceKind
