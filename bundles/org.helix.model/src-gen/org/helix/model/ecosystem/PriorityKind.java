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
 * A representation of the literals of the enumeration '<em><b>Priority Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.helix.model.ecosystem.EcosystemPackage#getPriorityKind()
 * @model
 * @generated
 */
public enum PriorityKind implements Enumerator {
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
	 * The '<em><b>MISSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSION_VALUE
	 * @generated
	 * @ordered
	 */
	MISSION(1, "MISSION", "MISSION"),

	/**
	 * The '<em><b>KNOWLEDGE INNOVATION AGENDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_INNOVATION_AGENDA_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE_INNOVATION_AGENDA(2, "KNOWLEDGE_INNOVATION_AGENDA", "KNOWLEDGE_INNOVATION_AGENDA"),

	/**
	 * The '<em><b>TOPSECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPSECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	TOPSECTOR(3, "TOPSECTOR", "TOPSECTOR"),

	/**
	 * The '<em><b>GROWTH MARKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROWTH_MARKET_VALUE
	 * @generated
	 * @ordered
	 */
	GROWTH_MARKET(4, "GROWTH_MARKET", "GROWTH_MARKET"),

	/**
	 * The '<em><b>SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	SECTOR(5, "SECTOR", "SECTOR"),

	/**
	 * The '<em><b>KEY TECHNOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_TECHNOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_TECHNOLOGY(6, "KEY_TECHNOLOGY", "KEY_TECHNOLOGY"),

	/**
	 * The '<em><b>INVESTMENT PROJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_PROJECT_VALUE
	 * @generated
	 * @ordered
	 */
	INVESTMENT_PROJECT(7, "INVESTMENT_PROJECT", "INVESTMENT_PROJECT"),

	/**
	 * The '<em><b>PILLAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PILLAR_VALUE
	 * @generated
	 * @ordered
	 */
	PILLAR(8, "PILLAR", "PILLAR"),

	/**
	 * The '<em><b>ENABLER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENABLER_VALUE
	 * @generated
	 * @ordered
	 */
	ENABLER(9, "ENABLER", "ENABLER"),

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
	 * The '<em><b>MISSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSION_VALUE = 1;

	/**
	 * The '<em><b>KNOWLEDGE INNOVATION AGENDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_INNOVATION_AGENDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_INNOVATION_AGENDA_VALUE = 2;

	/**
	 * The '<em><b>TOPSECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOPSECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TOPSECTOR_VALUE = 3;

	/**
	 * The '<em><b>GROWTH MARKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROWTH_MARKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROWTH_MARKET_VALUE = 4;

	/**
	 * The '<em><b>SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECTOR_VALUE = 5;

	/**
	 * The '<em><b>KEY TECHNOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_TECHNOLOGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_TECHNOLOGY_VALUE = 6;

	/**
	 * The '<em><b>INVESTMENT PROJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INVESTMENT_PROJECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INVESTMENT_PROJECT_VALUE = 7;

	/**
	 * The '<em><b>PILLAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PILLAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PILLAR_VALUE = 8;

	/**
	 * The '<em><b>ENABLER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENABLER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENABLER_VALUE = 9;

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
	 * An array of all the '<em><b>Priority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PriorityKind[] VALUES_ARRAY =
		new PriorityKind[] {
			UNSPECIFIED,
			MISSION,
			KNOWLEDGE_INNOVATION_AGENDA,
			TOPSECTOR,
			GROWTH_MARKET,
			SECTOR,
			KEY_TECHNOLOGY,
			INVESTMENT_PROJECT,
			PILLAR,
			ENABLER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Priority Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PriorityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Priority Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriorityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PriorityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Priority Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriorityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PriorityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Priority Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PriorityKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case MISSION_VALUE: return MISSION;
			case KNOWLEDGE_INNOVATION_AGENDA_VALUE: return KNOWLEDGE_INNOVATION_AGENDA;
			case TOPSECTOR_VALUE: return TOPSECTOR;
			case GROWTH_MARKET_VALUE: return GROWTH_MARKET;
			case SECTOR_VALUE: return SECTOR;
			case KEY_TECHNOLOGY_VALUE: return KEY_TECHNOLOGY;
			case INVESTMENT_PROJECT_VALUE: return INVESTMENT_PROJECT;
			case PILLAR_VALUE: return PILLAR;
			case ENABLER_VALUE: return ENABLER;
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
	private PriorityKind(int value, String name, String literal) {
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
	
} //PriorityKind
