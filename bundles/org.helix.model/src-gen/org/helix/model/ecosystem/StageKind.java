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
 * A representation of the literals of the enumeration '<em><b>Stage Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getStageKind()
 * @model
 * @generated
 */
public enum StageKind implements Enumerator {
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
	 * The '<em><b>EXPLORATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLORATION_VALUE
	 * @generated
	 * @ordered
	 */
	EXPLORATION(1, "EXPLORATION", "EXPLORATION"),

	/**
	 * The '<em><b>EXTRACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTRACTION_VALUE
	 * @generated
	 * @ordered
	 */
	EXTRACTION(2, "EXTRACTION", "EXTRACTION"),

	/**
	 * The '<em><b>PROCESSING REFINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSING_REFINING_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESSING_REFINING(3, "PROCESSING_REFINING", "PROCESSING_REFINING"),

	/**
	 * The '<em><b>SEMI FINISHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEMI_FINISHED_VALUE
	 * @generated
	 * @ordered
	 */
	SEMI_FINISHED(4, "SEMI_FINISHED", "SEMI_FINISHED"),

	/**
	 * The '<em><b>PRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION(5, "PRODUCTION", "PRODUCTION"),

	/**
	 * The '<em><b>USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE_VALUE
	 * @generated
	 * @ordered
	 */
	USE(6, "USE", "USE"),

	/**
	 * The '<em><b>WASTE RECYCLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASTE_RECYCLING_VALUE
	 * @generated
	 * @ordered
	 */
	WASTE_RECYCLING(7, "WASTE_RECYCLING", "WASTE_RECYCLING"),

	/**
	 * The '<em><b>SUBSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSTITUTION(8, "SUBSTITUTION", "SUBSTITUTION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

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
	 * The '<em><b>EXPLORATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLORATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPLORATION_VALUE = 1;

	/**
	 * The '<em><b>EXTRACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTRACTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTRACTION_VALUE = 2;

	/**
	 * The '<em><b>PROCESSING REFINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSING_REFINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCESSING_REFINING_VALUE = 3;

	/**
	 * The '<em><b>SEMI FINISHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEMI_FINISHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEMI_FINISHED_VALUE = 4;

	/**
	 * The '<em><b>PRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_VALUE = 5;

	/**
	 * The '<em><b>USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USE_VALUE = 6;

	/**
	 * The '<em><b>WASTE RECYCLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WASTE_RECYCLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WASTE_RECYCLING_VALUE = 7;

	/**
	 * The '<em><b>SUBSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSTITUTION_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StageKind[] VALUES_ARRAY =
		new StageKind[] {
			UNSPECIFIED,
			EXPLORATION,
			EXTRACTION,
			PROCESSING_REFINING,
			SEMI_FINISHED,
			PRODUCTION,
			USE,
			WASTE_RECYCLING,
			SUBSTITUTION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case EXPLORATION_VALUE: return EXPLORATION;
			case EXTRACTION_VALUE: return EXTRACTION;
			case PROCESSING_REFINING_VALUE: return PROCESSING_REFINING;
			case SEMI_FINISHED_VALUE: return SEMI_FINISHED;
			case PRODUCTION_VALUE: return PRODUCTION;
			case USE_VALUE: return USE;
			case WASTE_RECYCLING_VALUE: return WASTE_RECYCLING;
			case SUBSTITUTION_VALUE: return SUBSTITUTION;
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
	private StageKind(int value, String name, String literal) {
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
	
} //StageKind
