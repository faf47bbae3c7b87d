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
 * A representation of the literals of the enumeration '<em><b>Strategy Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getStrategyKind()
 * @model
 * @generated
 */
public enum StrategyKind implements Enumerator {
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
	 * The '<em><b>TECHNOLOGY STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY_STRATEGY(1, "TECHNOLOGY_STRATEGY", "TECHNOLOGY_STRATEGY"),

	/**
	 * The '<em><b>SECTOR POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	SECTOR_POLICY(2, "SECTOR_POLICY", "SECTOR_POLICY"),

	/**
	 * The '<em><b>MISSION POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSION_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	MISSION_POLICY(3, "MISSION_POLICY", "MISSION_POLICY"),

	/**
	 * The '<em><b>INDUSTRIAL STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRIAL_STRATEGY(4, "INDUSTRIAL_STRATEGY", "INDUSTRIAL_STRATEGY"),

	/**
	 * The '<em><b>AGENDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENDA_VALUE
	 * @generated
	 * @ordered
	 */
	AGENDA(5, "AGENDA", "AGENDA"),

	/**
	 * The '<em><b>COMPETITIVENESS AGENDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETITIVENESS_AGENDA_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETITIVENESS_AGENDA(6, "COMPETITIVENESS_AGENDA", "COMPETITIVENESS_AGENDA"),

	/**
	 * The '<em><b>ADVISORY FRAMEWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_FRAMEWORK_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISORY_FRAMEWORK(7, "ADVISORY_FRAMEWORK", "ADVISORY_FRAMEWORK"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

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
	 * The '<em><b>TECHNOLOGY STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_STRATEGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_STRATEGY_VALUE = 1;

	/**
	 * The '<em><b>SECTOR POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECTOR_POLICY_VALUE = 2;

	/**
	 * The '<em><b>MISSION POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSION_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSION_POLICY_VALUE = 3;

	/**
	 * The '<em><b>INDUSTRIAL STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRIAL_STRATEGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRIAL_STRATEGY_VALUE = 4;

	/**
	 * The '<em><b>AGENDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGENDA_VALUE = 5;

	/**
	 * The '<em><b>COMPETITIVENESS AGENDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETITIVENESS_AGENDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPETITIVENESS_AGENDA_VALUE = 6;

	/**
	 * The '<em><b>ADVISORY FRAMEWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISORY_FRAMEWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISORY_FRAMEWORK_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Strategy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StrategyKind[] VALUES_ARRAY =
		new StrategyKind[] {
			UNSPECIFIED,
			TECHNOLOGY_STRATEGY,
			SECTOR_POLICY,
			MISSION_POLICY,
			INDUSTRIAL_STRATEGY,
			AGENDA,
			COMPETITIVENESS_AGENDA,
			ADVISORY_FRAMEWORK,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Strategy Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StrategyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Strategy Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StrategyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategy Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StrategyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategy Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StrategyKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case TECHNOLOGY_STRATEGY_VALUE: return TECHNOLOGY_STRATEGY;
			case SECTOR_POLICY_VALUE: return SECTOR_POLICY;
			case MISSION_POLICY_VALUE: return MISSION_POLICY;
			case INDUSTRIAL_STRATEGY_VALUE: return INDUSTRIAL_STRATEGY;
			case AGENDA_VALUE: return AGENDA;
			case COMPETITIVENESS_AGENDA_VALUE: return COMPETITIVENESS_AGENDA;
			case ADVISORY_FRAMEWORK_VALUE: return ADVISORY_FRAMEWORK;
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
	private StrategyKind(int value, String name, String literal) {
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
	
} //StrategyKind
